// The UI bench: 8 then 16 Playground columns streaming 100 chunks/s of markdown each, in the built
// renderer in Chromium (through the UI test harness, loopback only). Prints the numbers and writes them
// to bench-results.json under "ui" (or hands them to the `npm run bench` runner that started it); asserts
// nothing.
// Usage: npm run bench -- --only ui [--quick]   (or node scripts/bench-ui.ts [--quick] [--columns 8,16])
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ensureBuilt, ROOT } from './bench-build.ts';
import { currentLoadAverage, machineInfo, writeBenchResults } from './bench-results-file.ts';
import { formatResult, type UiBenchResults } from './bench-ui-report.ts';
import { runSession } from './bench-ui-session.ts';

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
// --quick keeps `npm run bench -- --quick` under a minute: two runs (the heap growth after the first needs
// a second), 3 s each.
const streamSeconds = quick ? 3 : 20;
const runs = quick ? 2 : 10;

ensureBuilt(['renderer'], 'ui');
const loadAverageBefore = currentLoadAverage();
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
if (process.send) {
  // Started by `npm run bench` (bench-ui-section.ts): the runner merges the numbers into the results file.
  await new Promise<void>((resolve, reject) =>
    process.send?.(results, (error: Error | null) => (error ? reject(error) : resolve())),
  );
  process.disconnect?.();
} else {
  const run = {
    createdAt: results.date,
    quick,
    loadAverage: loadAverageBefore,
    machine: machineInfo(results.browser),
    sections: { ui: results },
  };
  for (const line of writeBenchResults(run)) console.log(line);
}
