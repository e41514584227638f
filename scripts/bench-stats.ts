// The benches' shared arithmetic and run order: median, quantiles, spread, interleaved timed runs, GC.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The median of the values (the mean of the middle two when their count is even). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median needs at least one value');
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Quantiles {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/** Nearest-rank quantiles (the smallest value with at least q of the values at or below it). */
export function quantiles(values: readonly number[]): Quantiles {
  if (values.length === 0) return { count: 0, p50: null, p95: null, p99: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)! };
}

/** Repeated runs of one measurement: the median and the range around it. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spreadOf needs at least one value');
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Round `round`'s order over `count` contenders: each round starts one further on, so none is always first. */
export function rotation(count: number, round: number): number[] {
  return Array.from({ length: count }, (_, index) => (round + index) % count);
}

export interface InterleaveOptions {
  /** Untimed rounds first (JIT warm-up, connections opened). */
  warmups: number;
  /** Timed rounds: each contender runs once per round. */
  runs: number;
  /** Called before every timed run (default: collectGarbage). */
  beforeEach?: () => void;
  now?: () => number;
  /** CPU time used by the process so far, ms (default: process.cpuUsage, user + system). */
  cpuNow?: () => number;
}

export interface TimedRuns<K extends string> {
  /** Wall-clock milliseconds of each timed run, in run order. */
  wallMs: Record<K, number[]>;
  /** The process's CPU milliseconds (every thread) over each timed run: steadier than wall time on a busy machine. */
  cpuMs: Record<K, number[]>;
}

function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs the contenders round-robin (see rotation), warm-ups first, and returns each one's timed
 * durations in milliseconds, in run order.
 */
export async function interleave<K extends string>(
  contenders: Readonly<Record<K, () => Promise<unknown>>>,
  options: InterleaveOptions,
): Promise<Record<K, number[]>> {
  return (await interleaveTimed(contenders, options)).wallMs;
}

/** interleave, timing both wall-clock and CPU time. */
export async function interleaveTimed<K extends string>(
  contenders: Readonly<Record<K, () => Promise<unknown>>>,
  options: InterleaveOptions,
): Promise<TimedRuns<K>> {
  const { beforeEach = collectGarbage, now = () => performance.now(), cpuNow = processCpuMs } = options;
  const names = Object.keys(contenders) as K[];
  const perName = () =>
    Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const timed: TimedRuns<K> = { wallMs: perName(), cpuMs: perName() };
  for (let round = 0; round < options.warmups + options.runs; round++) {
    const counted = round >= options.warmups;
    for (const index of rotation(names.length, round)) {
      const name = names[index]!;
      if (counted) beforeEach();
      const [started, cpuStarted] = [now(), cpuNow()];
      await contenders[name]();
      if (!counted) continue;
      timed.wallMs[name].push(now() - started);
      timed.cpuMs[name].push(cpuNow() - cpuStarted);
    }
  }
  return timed;
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection, so one run's garbage is not collected during the next. Uses `gc` from
 * `node --expose-gc`, or turns the flag on at run time when the process was started without it.
 */
export function collectGarbage(): void {
  if (!gc) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) {
      gc = exposed;
    } else {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    }
  }
  gc();
}
