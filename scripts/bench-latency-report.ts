// The latency section's figures over its runs, and its table.
import { median, quantiles } from './bench-stats.ts';

export const TARGET_P95_MS = 2;
export const TARGET_P95_AT_COLUMNS = 16;
export const TARGET_CPU_RATIO = 1.3;

/** One run's figures at one column count. */
export interface LatencyRun {
  /** Server write → the emit carrying the mark, ms. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Messages handed to emit (the IPC sender) per second. */
  messagesPerSecond: number;
  /** The process's CPU over the run ÷ columns ÷ seconds, % of one core. */
  cpuPerColumnPct: number;
  /** The same for the floor (bare undici + eventsource-parser + JSON.parse) at the same pace. */
  floorCpuPerColumnPct: number;
  /** Ours ÷ the floor's CPU per column (target ≤ 1.3). */
  cpuRatioVsFloor: number;
  /** The floor's own write → parsed p95, for reference. */
  floorP95Ms: number;
}

type Range = [min: number, max: number];

/** Each figure's median over the runs; `spread` holds its min–max. */
export interface LatencyRow extends LatencyRun {
  columns: number;
  runs: number;
  spread: Record<keyof LatencyRun, Range>;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** What one side measured over one run. */
export interface Measured {
  latenciesMs: number[];
  messages: number;
  seconds: number;
  cpuPerColumnPct: number;
}

/** One run's figures from what ours and the floor measured side by side. */
export function summarizeRun(ours: Measured, floor: Measured): LatencyRun {
  const added = quantiles(ours.latenciesMs);
  return {
    p50Ms: round3(added.p50!),
    p95Ms: round3(added.p95!),
    p99Ms: round3(added.p99!),
    messagesPerSecond: round3(ours.messages / ours.seconds),
    cpuPerColumnPct: round3(ours.cpuPerColumnPct),
    floorCpuPerColumnPct: round3(floor.cpuPerColumnPct),
    cpuRatioVsFloor: round3(ours.cpuPerColumnPct / floor.cpuPerColumnPct),
    floorP95Ms: round3(quantiles(floor.latenciesMs).p95!),
  };
}

export function combineRuns(columns: number, runs: readonly LatencyRun[]): LatencyRow {
  const values = (key: keyof LatencyRun) => runs.map((run) => run[key]);
  const medianOf = (key: keyof LatencyRun) => round3(median(values(key)));
  const rangeOf = (key: keyof LatencyRun): Range => [Math.min(...values(key)), Math.max(...values(key))];
  return {
    columns,
    runs: runs.length,
    p50Ms: medianOf('p50Ms'),
    p95Ms: medianOf('p95Ms'),
    p99Ms: medianOf('p99Ms'),
    messagesPerSecond: medianOf('messagesPerSecond'),
    cpuPerColumnPct: medianOf('cpuPerColumnPct'),
    floorCpuPerColumnPct: medianOf('floorCpuPerColumnPct'),
    cpuRatioVsFloor: medianOf('cpuRatioVsFloor'),
    floorP95Ms: medianOf('floorP95Ms'),
    spread: {
      p50Ms: rangeOf('p50Ms'),
      p95Ms: rangeOf('p95Ms'),
      p99Ms: rangeOf('p99Ms'),
      messagesPerSecond: rangeOf('messagesPerSecond'),
      cpuPerColumnPct: rangeOf('cpuPerColumnPct'),
      floorCpuPerColumnPct: rangeOf('floorCpuPerColumnPct'),
      cpuRatioVsFloor: rangeOf('cpuRatioVsFloor'),
      floorP95Ms: rangeOf('floorP95Ms'),
    },
  };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** A Markdown table of the rows (medians, p95 and CPU ratio with min–max), targets marked ✓ or ✗. */
export function latencyTable(rows: readonly LatencyRow[]): string {
  const header = [
    '| columns | added p50 ms | added p95 ms (≤ 2 at 16) | p99 ms | messages/s | CPU/column % | floor CPU/column % | CPU ÷ floor (≤ 1.3) | floor p95 ms |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const lines = rows.map((row) => {
    const p95 = `${row.p95Ms} (${row.spread.p95Ms.join('–')})`;
    const p95Marked =
      row.columns === TARGET_P95_AT_COLUMNS ? `${p95} ${mark(row.p95Ms <= TARGET_P95_MS)}` : p95;
    const ratio = `${row.cpuRatioVsFloor}× (${row.spread.cpuRatioVsFloor.join('–')}) ${mark(row.cpuRatioVsFloor <= TARGET_CPU_RATIO)}`;
    const cells = [
      row.columns,
      row.p50Ms,
      p95Marked,
      row.p99Ms,
      row.messagesPerSecond,
      row.cpuPerColumnPct,
      row.floorCpuPerColumnPct,
      ratio,
      row.floorP95Ms,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [...header, ...lines].join('\n');
}
