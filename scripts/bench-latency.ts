// Bench section `latency`: 1, 4, 8 and 16 columns at 50 chunks/s each (one numbered mark per 20 ms per
// column) from a loopback server in this process, through the real core (orchestrator + streamColumn +
// the event batcher) to the emit callback standing in for the IPC sender. Measures, per mark, the time
// from the server's write to the emit that carries it ("added latency": p50/p95/p99), messages emitted
// per second, and CPU per column for ours and for a floor at the same pace (bare undici +
// eventsource-parser + JSON.parse per column, same server). CPU counts the whole process, the server's
// writes included, for both.
//
// Usage: node --expose-gc scripts/bench-latency.ts [--quick]   (prints a table, then the JSON)
//        or as a module: `run({ quick })` resolves to { rows: LatencyRow[] }.
// Targets: p95Ms ≤ 2 at 16 columns; cpuRatioVsFloor (ours ÷ floor) ≤ 1.3.
import { setTimeout } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createParser } from 'eventsource-parser';
import { Agent, request } from 'undici';
import { epochNow } from '../e2e/fake-providers/paced-stream.ts';
import { streamColumn } from '../src-main/core/client/stream-column.ts';
import { createCompareOrchestrator } from '../src-main/core/compare/orchestrator.ts';
import { createRateLimiter } from '../src-main/core/http/rate-limiter.ts';
import type { ArenaEvent } from '../src-shared/contract.ts';
import {
  combineRuns,
  type LatencyRow,
  type LatencyRun,
  latencyTable,
  type Measured,
  summarizeRun,
} from './bench-latency-report.ts';
import { type LoopbackServer, startLoopback } from './bench-loopback.ts';
import { forEachMark, INTERVAL_MS, pacedHandler, type WriteTimes } from './bench-paced-stream.ts';
import { collectGarbage } from './bench-stats.ts';
import { openAiChatText } from './bench-transcript.ts';

/** How long and how often; the section's own settings unless a test asks for a tiny run. */
export interface LatencySizes {
  columnCounts: readonly number[];
  /** Marks per column per run (50 a second). */
  chunks: number;
  repeats: number;
  warmUpColumns: number;
  /**
   * Untimed runs of each side before the timed ones. The JIT keeps optimizing the core's functions
   * for thousands of reads (one run of 4 columns left ours still warming in the timed runs, charging
   * it compile time the floor, with far less code, had already paid): measured steady state needs a
   * few full runs at the largest column count.
   */
  warmUpRuns: number;
  /**
   * Idle time after the full garbage collection before each timed run, so the collector's background
   * threads finish sweeping the previous run's garbage before the clock starts: their CPU time would
   * otherwise be charged to whichever side runs next.
   */
  settleMs: number;
}

export const LATENCY_SIZES = {
  // CPU time per run moves ±30 % on a shared VM (timed runs of the same code range 0.9–1.8× the
  // floor), so the ratio's median needs many interleaved pairs to settle.
  full: {
    columnCounts: [1, 4, 8, 16],
    chunks: 150,
    repeats: 11,
    warmUpColumns: 16,
    warmUpRuns: 4,
    settleMs: 100,
  },
  quick: {
    columnCounts: [1, 4, 8, 16],
    chunks: 40,
    repeats: 3,
    warmUpColumns: 16,
    warmUpRuns: 2,
    settleMs: 50,
  },
} as const satisfies Record<string, LatencySizes>;

export interface LatencyResult {
  rows: LatencyRow[];
}

/** One timed run's shape: how many columns, marks per column, and the idle time before the clock starts. */
interface RunShape {
  columns: number;
  chunks: number;
  settleMs: number;
}

/** Runs `body` and returns the wall seconds and the process's CPU % of one core per column it took. */
async function timed({ columns, settleMs }: RunShape, body: () => Promise<void>) {
  collectGarbage();
  await setTimeout(settleMs);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await body();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerColumnPct = ((cpu.user + cpu.system) / 1e6 / seconds / columns) * 100;
  return { seconds, cpuPerColumnPct };
}

/** Records, per mark found in a column's text, the time since the server wrote it. */
function latencyRecorder(writes: WriteTimes, latenciesMs: number[]) {
  return (columnId: string, text: string, at: number) =>
    forEachMark(text, (mark) => {
      const written = writes.get(columnId)?.[mark];
      if (written !== undefined && !Number.isNaN(written)) latenciesMs.push(at - written);
    });
}

function expectAllMarks(side: string, latenciesMs: number[], columns: number, chunks: number): void {
  if (latenciesMs.length !== columns * chunks) {
    throw new Error(
      `latency: ${side} delivered ${latenciesMs.length} marks of ${columns * chunks} sent; a stream broke ` +
        'off or a mark was lost. Run the section alone to see the failing column.',
    );
  }
}

/** The real core: orchestrator + streamColumn, emit standing in for the IPC sender. */
async function measureOurs(server: LoopbackServer, writes: WriteTimes, shape: RunShape) {
  const { columns, chunks } = shape;
  const latenciesMs: number[] = [];
  const record = latencyRecorder(writes, latenciesMs);
  let messages = 0;
  const emit = (event: ArenaEvent) => {
    const at = epochNow();
    messages++;
    if (event.type !== 'compare.batch') return;
    for (const item of event.items) {
      for (const streamed of item.events)
        if (streamed.type === 'text') record(item.columnId, streamed.delta, at);
    }
  };
  const deps = {
    keys: { keyFor: () => 'sk-bench-placeholder' },
    rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1_000_000, burst: 1_000_000 } }),
  };
  const orchestrator = createCompareOrchestrator({
    emit,
    streamColumn: (column, compareRequest, signal, hooks) =>
      streamColumn(column, compareRequest, signal, deps, hooks),
  });
  const columnSpecs = Array.from({ length: columns }, (_, index) => ({
    columnId: `c${index}`,
    provider: 'custom' as const,
    model: 'gpt-4o-mini',
    baseUrl: `${server.url}/c${index}/v1`,
  }));
  const { seconds, cpuPerColumnPct } = await timed(shape, async () => {
    const results = await orchestrator.start({ prompt: 'bench', params: {}, columns: columnSpecs }).done;
    const failed = [...results.values()].find((result) => result.error);
    if (failed?.error) throw new Error(`latency: a column of ours failed: ${failed.error.message}`);
  });
  expectAllMarks('ours', latenciesMs, columns, chunks);
  return { latenciesMs, messages, seconds, cpuPerColumnPct } satisfies Measured;
}

/** The floor: per column, bare undici + eventsource-parser + JSON.parse of each frame and its text. */
async function measureFloor(server: LoopbackServer, writes: WriteTimes, shape: RunShape, dispatcher: Agent) {
  const { columns, chunks } = shape;
  const latenciesMs: number[] = [];
  const record = latencyRecorder(writes, latenciesMs);
  const readColumn = async (columnId: string) => {
    const parser = createParser({
      onEvent: (event) => {
        if (event.data === '[DONE]') return;
        const text = openAiChatText(JSON.parse(event.data));
        if (text) record(columnId, text, epochNow());
      },
    });
    const decoder = new TextDecoder();
    const response = await request(`${server.url}/${columnId}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({
        model: 'gpt-4o-mini',
        stream: true,
        messages: [{ role: 'user', content: 'bench' }],
      }),
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      dispatcher,
    });
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
    }
  };
  const { seconds, cpuPerColumnPct } = await timed(shape, async () => {
    await Promise.all(Array.from({ length: columns }, (_, index) => readColumn(`f${index}`)));
  });
  expectAllMarks('the floor', latenciesMs, columns, chunks);
  return { latenciesMs, messages: 0, seconds, cpuPerColumnPct } satisfies Measured;
}

export async function run(options: { quick: boolean; sizes?: LatencySizes }): Promise<LatencyResult> {
  const { columnCounts, chunks, repeats, warmUpColumns, warmUpRuns, settleMs } =
    options.sizes ?? (options.quick ? LATENCY_SIZES.quick : LATENCY_SIZES.full);
  const writes: WriteTimes = new Map();
  const server = await startLoopback(pacedHandler(chunks, writes));
  const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
  const rows: LatencyRow[] = [];
  try {
    // Untimed: JIT warm-up and kept-alive connections for both sides.
    const warmUp = { columns: warmUpColumns, chunks, settleMs };
    for (let run = 0; run < warmUpRuns; run++) {
      await measureOurs(server, writes, warmUp);
      await measureFloor(server, writes, warmUp, dispatcher);
    }
    for (const columns of columnCounts) {
      const runs: LatencyRun[] = [];
      const shape = { columns, chunks, settleMs };
      for (let repeat = 0; repeat < repeats; repeat++) {
        // Alternate which side goes first, so neither always runs on a just-warmed (or just-littered) process.
        const oursFirst = repeat % 2 === 0;
        const first = oursFirst
          ? await measureOurs(server, writes, shape)
          : await measureFloor(server, writes, shape, dispatcher);
        const second = oursFirst
          ? await measureFloor(server, writes, shape, dispatcher)
          : await measureOurs(server, writes, shape);
        runs.push(oursFirst ? summarizeRun(first, second) : summarizeRun(second, first));
      }
      const row = combineRuns(columns, runs);
      console.log(
        `latency ${columns} columns: added p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms, ` +
          `CPU ÷ floor ${row.cpuRatioVsFloor}× (${row.runs} runs)`,
      );
      rows.push(row);
    }
  } finally {
    await dispatcher.close();
    await server.close();
  }
  console.log(
    `latency, ${1000 / INTERVAL_MS} chunks/s per column, server write → emit (median, min–max over ${repeats} runs):\n${latencyTable(rows)}`,
  );
  return { rows };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const result = await run({ quick: values.quick ?? false });
  console.log(JSON.stringify(result, null, 2));
}
