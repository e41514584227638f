// The UI bench's arithmetic: when each chunk became visible, the offset between two clocks (quantiles: bench-stats.ts).

export { type Quantiles, quantiles } from './bench-stats.ts';

/** A running total observed over time: totals[i] was seen at at[i]. */
export interface Samples {
  totals: readonly number[];
  at: readonly number[];
}

/**
 * For each chunk, the time of the first sample whose total reached the chunk's running total; NaN for a
 * chunk that adds nothing to the total before it (it cannot be seen) or whose total was never reached.
 * Linear: both sequences are walked once.
 */
export function reachTimes(chunkTotals: Int32Array, samples: Samples): Float64Array {
  const times = new Float64Array(chunkTotals.length).fill(Number.NaN);
  let sample = 0;
  let previous = 0;
  for (const [index, total] of chunkTotals.entries()) {
    if (total <= previous) continue;
    previous = total;
    while (sample < samples.totals.length && samples.totals[sample]! < total) sample++;
    if (sample === samples.totals.length) break;
    times[index] = samples.at[sample]!;
  }
  return times;
}

/** One reading of another clock, bracketed by two readings of ours. */
export interface ClockTrip {
  sentAt: number;
  otherAt: number;
  receivedAt: number;
}

/**
 * The other clock minus ours, from the tightest round trip (assuming the reading was taken half-way),
 * and how far off that can be: half that trip.
 */
export function clockOffset(trips: readonly ClockTrip[]): { offsetMs: number; uncertaintyMs: number } {
  let best: ClockTrip | undefined;
  for (const trip of trips) {
    if (!best || trip.receivedAt - trip.sentAt < best.receivedAt - best.sentAt) best = trip;
  }
  if (!best) throw new Error('clockOffset needs at least one round trip');
  return {
    offsetMs: best.otherAt - (best.sentAt + best.receivedAt) / 2,
    uncertaintyMs: (best.receivedAt - best.sentAt) / 2,
  };
}
