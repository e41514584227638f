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

/** `arena compare --prompt hi` of one "provider/model", its provider's base URL at `fakeUrl`/v1, then `extra`. */
export function compareOneArgs(model: `${string}/${string}`, fakeUrl: string, ...extra: string[]): string[] {
  const provider = model.slice(0, model.indexOf('/'));
  return ['compare', '--prompt', 'hi', '--model', model, '--base-url', `${provider}=${fakeUrl}/v1`, ...extra];
}
