// The startup section of `npm run bench`: the CLI's cold start (`arena --help` and `arena prices --json`,
// each a new Node process, interleaved, after warm-up runs), and the size of what the app loads: the
// renderer's JavaScript and CSS (raw and gzip), the preload and the main bundle. out/ is built first when
// it is missing or older than its sources.
// Usage: npm run bench -- --only startup [--quick]   (or node scripts/bench-startup.ts [--quick])
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, ROOT } from './bench-build.ts';
import { interleave, spreadOf } from './bench-stats.ts';

const ARENA = join(ROOT, 'bin/arena.js');
const COMMANDS = { help: ['--help'], prices: ['prices', '--json'] } as const;

/** Milliseconds, over repeated runs. */
export interface MsSpread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface StartupResult {
  cliHelpMs: MsSpread;
  cliPricesMs: MsSpread;
  /** Bytes of out/renderer's .js files, as built and each gzipped (level 6) as a server would send it. */
  rendererJsBytes: number;
  rendererJsGzipBytes: number;
  rendererCssBytes: number;
  rendererCssGzipBytes: number;
  preloadBytes: number;
  mainBytes: number;
}

/** Every file under `folder` (source maps aside: the app never loads them). */
function builtFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function sizes(files: readonly string[]): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 6 }).length;
  }
  return { bytes, gzipBytes };
}

const totalBytes = (files: readonly string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

/** One untimed run of each command, checked: a fast failing CLI proves nothing. */
function checkCommands(): void {
  const help = spawnSync(process.execPath, [ARENA, ...COMMANDS.help], { encoding: 'utf8' });
  if (help.status !== 0 || !help.stdout.includes('prices'))
    throw new Error(`startup: arena --help failed (exit ${help.status}): ${help.stderr.slice(0, 500)}`);
  const prices = spawnSync(process.execPath, [ARENA, ...COMMANDS.prices], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const rows: unknown = prices.status === 0 ? JSON.parse(prices.stdout) : null;
  if (!Array.isArray(rows) || rows.length === 0)
    throw new Error(
      `startup: arena prices --json failed (exit ${prices.status}): ${prices.stderr.slice(0, 500)}`,
    );
}

/** A new Node process running the CLI, output discarded; resolves when it exits, rejects unless it succeeded. */
function runCli(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ARENA, ...args], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`startup: arena ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const rounded = (spread: MsSpread): MsSpread => ({
  median: Math.round(spread.median * 10) / 10,
  min: Math.round(spread.min * 10) / 10,
  max: Math.round(spread.max * 10) / 10,
  runs: spread.runs,
});

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export async function run(options: { quick: boolean }): Promise<StartupResult> {
  ensureBuilt(['main', 'preload', 'renderer'], 'startup');
  checkCommands();
  const durations = await interleave(
    { help: () => runCli(COMMANDS.help), prices: () => runCli(COMMANDS.prices) },
    { warmups: options.quick ? 1 : 2, runs: options.quick ? 3 : 10 },
  );
  const renderer = builtFiles('out/renderer');
  const js = sizes(renderer.filter((file) => file.endsWith('.js')));
  const css = sizes(renderer.filter((file) => file.endsWith('.css')));
  const result: StartupResult = {
    cliHelpMs: rounded(spreadOf(durations.help)),
    cliPricesMs: rounded(spreadOf(durations.prices)),
    rendererJsBytes: js.bytes,
    rendererJsGzipBytes: js.gzipBytes,
    rendererCssBytes: css.bytes,
    rendererCssGzipBytes: css.gzipBytes,
    preloadBytes: totalBytes(builtFiles('out/preload')),
    mainBytes: totalBytes(builtFiles('out/main')),
  };
  const ms = ({ median, min, max, runs }: MsSpread) =>
    `median ${median.toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)}; ${runs} runs)`;
  console.log(`startup arena --help: ${ms(result.cliHelpMs)}`);
  console.log(`startup arena prices --json: ${ms(result.cliPricesMs)}`);
  console.log(
    `startup renderer JS ${kB(js.bytes)} (gzip ${kB(js.gzipBytes)}), CSS ${kB(css.bytes)} (gzip ${kB(css.gzipBytes)}); preload ${kB(result.preloadBytes)}; main ${kB(result.mainBytes)}`,
  );
  return result;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  console.log(JSON.stringify(await run({ quick: values.quick ?? false }), null, 2));
}
