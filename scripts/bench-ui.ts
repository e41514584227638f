// The UI bench: 8 then 16 Playground columns streaming 100 chunks/s of markdown each, in the built
// renderer in Chromium (through the UI test harness, loopback only). Prints the numbers and writes them
// to bench-results.json under "ui"; asserts nothing.
// Usage: npm run bench -- --only ui [--quick]   (or node scripts/bench-ui.ts [--quick] [--columns 8,16])
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { formatResult, type UiBenchResults } from './bench-ui-report.ts';
import { runSession } from './bench-ui-session.ts';

const ROOT = join(import.meta.dirname, '..');
const RESULTS_FILE = join(ROOT, 'bench-results.json');
const CHROMIUM = process.env.ARENA_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORT = { width: 1920, height: 1080 };
const CHUNKS_PER_SECOND = 100;

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Builds the renderer when out/renderer is missing or older than its sources. */
function ensureRendererBuilt(): void {
  const index = join(ROOT, 'out/renderer/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(
    newestChange(join(ROOT, 'src-renderer')),
    newestChange(join(ROOT, 'src-shared')),
  );
  if (builtAt >= changedAt) return;
  console.log(
    builtAt === 0
      ? 'ui: out/renderer is missing: building it (electron-vite build)…'
      : 'ui: out/renderer is older than the renderer sources: rebuilding it (electron-vite build)…',
  );
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0)
    throw new Error('ui: electron-vite build failed; fix the build, then run the bench again.');
}

/** bench-results.json with `ui` replaced; other sections' numbers are kept. */
function saveResults(ui: UiBenchResults): void {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // No file yet, or not JSON: start a new one.
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...saved, ui }, null, 2)}\n`);
}

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    columns: { type: 'string', default: '8,16' },
    trace: { type: 'boolean', default: false },
  },
});
const quick = options.quick ?? false;
const columnCounts = (options.columns ?? '8,16').split(',').map(Number);
if (!columnCounts.every((count) => Number.isInteger(count) && count >= 1 && count <= 16)) {
  throw new Error('ui: --columns takes column counts from 1 to 16, e.g. --columns 8,16');
}
const streamSeconds = quick ? 5 : 20;
const runs = quick ? 3 : 10;

ensureRendererBuilt();
const loadAverageBefore = loadavg().map((load) => Math.round(load * 100) / 100);
console.log(
  `ui: ${columnCounts.join(' and ')} columns, ${runs} runs of ${streamSeconds} s each (load average ${loadAverageBefore.join(', ')})`,
);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const results: UiBenchResults = {
  date: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageBefore },
  browser: `Chromium ${browser.version()}`,
  viewport: VIEWPORT,
  layout: 'row',
  chunksPerSecond: CHUNKS_PER_SECOND,
  streamSeconds,
  results: [],
};
try {
  for (const columns of columnCounts) {
    const result = await runSession(browser, {
      columns,
      runs,
      streamSeconds,
      chunksPerSecond: CHUNKS_PER_SECOND,
      viewport: VIEWPORT,
      ...(options.trace ? { tracePath: join(ROOT, `artifacts/bench-ui-trace-${columns}.json`) } : {}),
    });
    results.results.push(result);
    for (const line of formatResult(result)) console.log(line);
  }
} finally {
  await browser.close();
}
saveResults(results);
console.log(`ui: written to ${RESULTS_FILE} (key "ui")`);
