import { runCli } from './run-cli.ts';

/** Runs the CLI in-process and returns its exit code and everything it printed. For tests. */
export async function runCliCaptured(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
  });
  return { code, out, err };
}
