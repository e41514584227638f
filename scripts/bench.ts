// Benchmarks for the streaming core and the Playground: prints numbers, asserts nothing. Loopback only.
// Usage: npm run bench [-- --only decode,compare,delivery,history,ui] [-- --quick]
// The ui section runs in its own process (scripts/bench-ui.ts) and writes bench-results.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createParser } from 'eventsource-parser';
import { startFakeProvider } from '../e2e/fake-providers/fake-provider-server.ts';
import { sse, textChunk } from '../src-main/core/client/client-test-support.ts';
import { streamColumn } from '../src-main/core/client/stream-column.ts';
import { codecFor } from '../src-main/core/client/wire-codec.ts';
import { createCompareOrchestrator } from '../src-main/core/compare/orchestrator.ts';
import { createRateLimiter } from '../src-main/core/http/rate-limiter.ts';
import { PROVIDERS } from '../src-main/core/providers/registry.ts';
import type { ArenaEvent } from '../src-shared/contract.ts';
import { historyBench } from './bench-history.ts';

const FIXTURES = join(import.meta.dirname, '../e2e/fixtures');

function decodeBench(file: string, providerId: 'deepseek' | 'minimax' | 'anthropic', rounds: number): void {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const provider = PROVIDERS[providerId];
  let frames = 0;
  let events = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const decoder = codecFor(provider, provider.defaultWire, 'bench').createDecoder();
    const parser = createParser({
      onEvent: (frame) => {
        frames++;
        events += decoder.push({ event: frame.event, data: frame.data }).length;
      },
    });
    parser.feed(text);
    parser.feed('\n\n');
    events += decoder.end().length;
  }
  const seconds = (performance.now() - started) / 1000;
  const megabytes = (text.length * rounds) / 1e6;
  console.log(
    `decode ${file}: ${(megabytes / seconds).toFixed(1)} MB/s, ${Math.round(frames / seconds).toLocaleString()} frames/s, ${Math.round(events / seconds).toLocaleString()} events/s (${rounds} rounds)`,
  );
}

async function compareBench(columns: number): Promise<void> {
  const fake = await startFakeProvider();
  fake.setHandler({
    file: join(FIXTURES, 'deepseek/stream-reasoner-include-usage-01.sse'),
    chunkSize: 256,
    chunkDelayMs: 1,
  });
  const messages: ArenaEvent[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  const orchestrator = createCompareOrchestrator({
    emit: (event) => messages.push(event),
    streamColumn: (column, request, signal) =>
      streamColumn(column, request, signal, {
        keys: { keyFor: () => 'sk-bench-placeholder' },
        rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1000, burst: 1000 } }),
      }),
  });
  const started = performance.now();
  const results = await orchestrator.start({
    prompt: 'bench',
    params: {},
    columns: Array.from({ length: columns }, (_, index) => ({
      columnId: `c${index}`,
      provider: 'deepseek' as const,
      model: 'deepseek-reasoner',
      baseUrl: fake.url,
    })),
  }).done;
  const wallMs = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  await fake.close();
  const failed = [...results.values()].filter((result) => result.error).length;
  const ttfts = [...results.values()]
    .map((result) => result.timing.ttftMs ?? Number.NaN)
    .sort((a, b) => a - b);
  const batches = messages.flatMap((event) => (event.type === 'compare.batch' ? [event.items] : []));
  const streamEvents = batches.flat().reduce((sum, item) => sum + item.events.length, 0);
  console.log(
    `compare ${columns} columns × 67 KB DeepSeek stream (256-byte chunks, 1 ms apart) on loopback: ${wallMs.toFixed(0)} ms wall, TTFT median ${ttfts[Math.floor(ttfts.length / 2)]?.toFixed(1)} ms, ${batches.length} batch messages carrying ${streamEvents} events, heap +${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB, ${failed} failed`,
  );
}

/**
 * The event path to the window at a steady provider pace: `columns` streams of 50 chunks/s each
 * (one SSE frame every 20 ms, each carrying a numbered mark). Counts the stream messages emitted
 * per second and times each mark from its arrival at the orchestrator to the emit that carries it.
 */
async function deliveryBench(columns: number): Promise<void> {
  const CHUNKS = 150;
  const INTERVAL_MS = 20;
  const fake = await startFakeProvider();
  fake.setHandler({
    handle: (_request, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        if (sent < CHUNKS) {
          res.write(sse(textChunk(`[${sent++}] `)));
          return;
        }
        clearInterval(timer);
        res.end(sse({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }, '[DONE]'));
      }, INTERVAL_MS);
    },
  });
  const MARK = /\[(\d+)\]/g;
  const arrivals = new Map<string, number>();
  const latencies: number[] = [];
  let messages = 0;
  const deps = {
    keys: { keyFor: () => 'sk-bench-placeholder' },
    rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1000, burst: 1000 } }),
  };
  const orchestrator = createCompareOrchestrator({
    emit: (event) => {
      const at = performance.now();
      if (event.type !== 'compare.batch') return;
      messages++;
      const { items } = event;
      for (const item of items) {
        for (const streamed of item.events) {
          if (streamed.type !== 'text') continue;
          for (const mark of streamed.delta.matchAll(MARK)) {
            const arrived = arrivals.get(`${item.columnId}:${mark[1]}`);
            if (arrived !== undefined) latencies.push(at - arrived);
          }
        }
      }
    },
    streamColumn: async function* (column, request, signal, hooks) {
      for await (const batch of streamColumn(column, request, signal, deps, hooks)) {
        const at = performance.now();
        for (const event of batch) {
          if (event.type !== 'text') continue;
          for (const mark of event.delta.matchAll(MARK)) arrivals.set(`${column.columnId}:${mark[1]}`, at);
        }
        yield batch;
      }
    },
  });
  const started = performance.now();
  const results = await orchestrator.start({
    prompt: 'bench',
    params: {},
    columns: Array.from({ length: columns }, (_, index) => ({
      columnId: `c${index}`,
      provider: 'custom' as const,
      model: 'bench',
      baseUrl: `${fake.url}/v1`,
    })),
  }).done;
  const seconds = (performance.now() - started) / 1000;
  await fake.close();
  const failed = [...results.values()].filter((result) => result.error).length;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => latencies[Math.floor(quantile * (latencies.length - 1))] ?? Number.NaN;
  console.log(
    `delivery ${columns} × 50 chunks/s: ${(messages / seconds).toFixed(0)} messages/s, arrival → emit p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms over ${latencies.length} chunks, ${failed} failed`,
  );
}

/** The Playground in Chromium (see scripts/bench-ui.ts); `--quick` makes its runs fewer and shorter. */
function uiBench(quick: boolean): void {
  const ui = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'bench-ui.ts'), ...(quick ? ['--quick'] : [])],
    {
      stdio: 'inherit',
    },
  );
  if (ui.status !== 0) process.exitCode = ui.status ?? 1;
}

const SECTIONS = ['decode', 'compare', 'delivery', 'history', 'ui'] as const;
const { values: options } = parseArgs({
  options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const chosen = new Set(options.only?.split(',').map((name) => name.trim()) ?? SECTIONS);
const unknown = [...chosen].filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) {
  throw new Error(`bench: no section named ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
}

if (chosen.has('decode')) {
  decodeBench('deepseek/stream-reasoner-include-usage-01.sse', 'deepseek', 300);
  decodeBench('minimax-openai/stream-m27-think-tags-01.sse', 'minimax', 3000);
  decodeBench('anthropic/stream-thinking-signature-01.sse', 'anthropic', 1000);
}
if (chosen.has('compare')) {
  await compareBench(1);
  await compareBench(16);
}
if (chosen.has('delivery')) for (const columns of [1, 4, 16]) await deliveryBench(columns);
if (chosen.has('history')) historyBench(options.quick ?? false);
if (chosen.has('ui')) uiBench(options.quick ?? false);
