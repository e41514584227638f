// The UI bench's results: their shape (what bench-results.json holds under "ui"), the targets, and the
// lines printed for them.
import type { Quantiles } from './bench-ui-stats.ts';

export interface UiTargets {
  /** Chunk to paint, milliseconds. */
  p95Ms: number;
  p99Ms: number | null;
  /** Tasks over 50 ms while streaming. */
  longTasks: number;
  /** Growth of the page's JS heap over all runs, after a forced GC, megabytes (10^6 bytes). */
  heapGrowthMb: number;
}

/** Issue 10: p95 ≤ 16 ms and p99 ≤ 33 ms at 8 columns, p95 ≤ 33 ms at 16; no long task; heap under 50 MB. */
export function targetsFor(columns: number): UiTargets {
  return columns <= 8
    ? { p95Ms: 16, p99Ms: 33, longTasks: 0, heapGrowthMb: 50 }
    : { p95Ms: 33, p99Ms: null, longTasks: 0, heapGrowthMb: 50 };
}

/** One column count, every run pooled. Times in milliseconds. */
export interface UiColumnsResult {
  columns: number;
  runs: number;
  /** Chunks each column streamed per run (deltas of about 4 characters). */
  chunksPerColumn: number;
  /** Server write of a chunk → end of the rendering of the first frame showing it. */
  chunkToPaintMs: Quantiles;
  /**
   * Main holds back the end of streamed text that could be the start of one of the user's keys until the
   * next chunk shows whether a key follows (README, Security): the share of chunks it held, and chunk to
   * paint of all the others.
   */
  keyHoldBack: { share: number; othersChunkToPaintMs: Quantiles };
  /** The same path in four legs (each chunk's legs add up to its chunk-to-paint time). */
  segmentsMs: {
    /** Provider write → main hands the batch carrying it to the bridge. */
    writeToBridge: Quantiles;
    /** → the page receives it (the harness's transport; Electron's IPC in the app). */
    bridgeToPage: Quantiles;
    /** → the start of the frame that shows it (a 60 Hz frame begins every 16.7 ms). */
    pageToFrame: Quantiles;
    /** → that frame rendered: the app applies the frame's events, React commits, style, layout, paint. */
    frameToPaint: Quantiles;
  };
  /** Each long task: which run (1 = first), when it began (ms after the run was armed), how long. */
  longTasks: { count: number; maxMs: number | null; list: { run: number; atMs: number; ms: number }[] };
  /**
   * The page's JS heap after a forced GC, before the first run and after each: growth over all runs
   * (lazily loaded code and tables included), and after the first run (what a leak would show as).
   */
  heap: {
    beforeMb: number;
    afterMb: number;
    growthMb: number;
    growthAfterFirstRunMb: number;
    afterEachRunMb: number[];
  };
  /** Messages main sent the window while streaming, per second, and stream events per message. */
  bridge: { messagesPerSecond: number; eventsPerMessage: number };
  frames: { perSecond: number; longestGapMs: number };
  /**
   * The page's main thread per second of streaming (CDP Performance.getMetrics): CPU time, and the wall
   * time of its tasks, scripts, layout and style recalculation. Paint is the rest of the task time.
   */
  mainThreadMsPerSecond: { cpu: number; tasks: number; script: number; layout: number; style: number };
  /** Time the in-page probe spent counting, per second of streaming (what the measurement costs). */
  probeMsPerSecond: number;
  /** Largest half round trip when reading the page's clock: how far its times may be off. */
  clockUncertaintyMs: number;
  /** Chunks that added letters but were never seen on screen, and any other doubt about the numbers. */
  unseenChunks: number;
  problems: string[];
  targets: UiTargets;
  met: { p95: boolean; p99: boolean; longTasks: boolean; heap: boolean; all: boolean };
}

export interface UiBenchResults {
  /** ISO date and time the bench ran. */
  date: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; loadAverageBefore: number[] };
  browser: string;
  viewport: { width: number; height: number };
  layout: 'row' | 'grid';
  chunksPerSecond: number;
  streamSeconds: number;
  results: UiColumnsResult[];
}

type Measured = Omit<UiColumnsResult, 'targets' | 'met'>;

export function withTargets(measured: Measured): UiColumnsResult {
  const targets = targetsFor(measured.columns);
  const { p95, p99 } = measured.chunkToPaintMs;
  const met = {
    p95: p95 !== null && p95 <= targets.p95Ms,
    p99: targets.p99Ms === null || (p99 !== null && p99 <= targets.p99Ms),
    longTasks: measured.longTasks.count <= targets.longTasks,
    heap: measured.heap.growthMb < targets.heapGrowthMb,
  };
  return { ...measured, targets, met: { ...met, all: Object.values(met).every(Boolean) } };
}

const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} ms`);
const leg = (q: Quantiles) => `${q.p50?.toFixed(1) ?? '—'}/${q.p95?.toFixed(1) ?? '—'} ms`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** " — run 1 at 0.2 s: 64 ms, …" (the first few). */
function longTaskList(result: UiColumnsResult): string {
  const shown = result.longTasks.list
    .slice(0, 6)
    .map((task) => `run ${task.run} at ${(task.atMs / 1000).toFixed(1)} s: ${task.ms} ms`);
  const more = result.longTasks.list.length - shown.length;
  return shown.length === 0 ? '' : ` — ${shown.join(', ')}${more > 0 ? `, ${more} more` : ''}`;
}

export function formatResult(result: UiColumnsResult): string[] {
  const { chunkToPaintMs: paint, targets, met, mainThreadMsPerSecond: main } = result;
  const p99Target = targets.p99Ms === null ? '' : ` (≤ ${targets.p99Ms}: ${mark(met.p99)})`;
  return [
    `ui ${result.columns} columns × 100 chunks/s, ${result.runs} runs of ${result.chunksPerColumn} chunks:`,
    `  chunk → paint p50 ${ms(paint.p50)}, p95 ${ms(paint.p95)} (≤ ${targets.p95Ms}: ${mark(met.p95)}), p99 ${ms(paint.p99)}${p99Target}, max ${ms(paint.max)} over ${paint.count} chunks`,
    `    key guard held ${(result.keyHoldBack.share * 100).toFixed(1)}% of chunks one chunk longer; the others: p95 ${ms(result.keyHoldBack.othersChunkToPaintMs.p95)}, p99 ${ms(result.keyHoldBack.othersChunkToPaintMs.p99)}`,
    `    legs p50/p95: write → bridge ${leg(result.segmentsMs.writeToBridge)}, → page ${leg(result.segmentsMs.bridgeToPage)}, → frame start ${leg(result.segmentsMs.pageToFrame)}, → painted ${leg(result.segmentsMs.frameToPaint)}`,
    `  long tasks over 50 ms: ${result.longTasks.count} (max ${ms(result.longTasks.maxMs)}): ${mark(met.longTasks)}${longTaskList(result)}`,
    `  heap ${result.heap.beforeMb.toFixed(1)} → ${result.heap.afterMb.toFixed(1)} MB, growth ${result.heap.growthMb.toFixed(1)} MB (< ${targets.heapGrowthMb}: ${mark(met.heap)}), ${result.heap.growthAfterFirstRunMb.toFixed(1)} MB after the first run`,
    `  bridge ${result.bridge.messagesPerSecond.toFixed(0)} messages/s, ${result.bridge.eventsPerMessage.toFixed(1)} events each; ${result.frames.perSecond.toFixed(1)} frames/s, longest gap ${ms(result.frames.longestGapMs)}`,
    `  page main thread per second: ${main.cpu.toFixed(0)} ms CPU; tasks ${main.tasks.toFixed(0)} ms, script ${main.script.toFixed(0)}, layout ${main.layout.toFixed(0)}, style ${main.style.toFixed(0)}`,
    `  probe ${result.probeMsPerSecond.toFixed(1)} ms/s, clock ± ${result.clockUncertaintyMs.toFixed(2)} ms, ${result.unseenChunks} chunks never seen${result.problems.length > 0 ? `; problems: ${result.problems.join('; ')}` : ''}`,
  ];
}
