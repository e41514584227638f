// Streaming markdown cost per update: prints numbers, asserts nothing.
// Usage: node scripts/bench-markdown.ts
// Streams long answers in 4-character deltas and times each update's parse, and parse + render to static
// markup (react-dom/server), for a full re-parse, the common "memoized blocks" pattern and our incremental
// lexer. The renderer's modules are TSX, so they are loaded through Vite.
import type { Plugin } from 'vite';
import { runnerImport } from 'vite';
import type { CaseResult, Stats } from '../src-renderer/src/lib/markdown/markdown-bench-results.ts';

/** Stylesheets mean nothing here: import them as empty modules. */
const noStylesheets: Plugin = {
  name: 'bench:no-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0bench-empty-css' : null),
  load: (id) => (id === '\0bench-empty-css' ? 'export {}' : null),
};

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function row(label: string, stats: Stats): string {
  const sampled = stats.sampled < stats.updates ? ` (${stats.sampled} sampled)` : '';
  return `    ${label.padEnd(16)} mean ${ms(stats.meanMs).padStart(7)} ms   p95 ${ms(stats.p95Ms).padStart(7)} ms   max ${ms(stats.maxMs).padStart(7)} ms   whole stream ${ms(stats.totalMs).padStart(7)} ms${sampled}`;
}

const { module } = await runnerImport<{ runMarkdownBench: () => CaseResult[] }>(
  new URL('../src-renderer/src/lib/markdown/markdown-bench.ts', import.meta.url).pathname,
  { configFile: false, logLevel: 'warn', plugins: [noStylesheets] },
);

for (const result of module.runMarkdownBench()) {
  const updates = Object.values(result.strategies)[0]!.parse.updates;
  console.log(`${result.name}: ${result.bytes.toLocaleString()} chars, ${updates.toLocaleString()} updates`);
  for (const [strategy, { parse, parseAndRender }] of Object.entries(result.strategies)) {
    console.log(`  ${strategy}`);
    console.log(row('parse', parse));
    console.log(row('parse + render', parseAndRender));
  }
}
