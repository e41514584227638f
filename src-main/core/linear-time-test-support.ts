// Shared by the tests that prove untrusted text is processed in linear time: no wall-clock limits,
// only how the time grows from one input size to four times that size, measured in the same run.
import { expect } from 'vitest';

const SMALL = 1024 * 1024;
const LARGE = 4 * SMALL;
/** Linear work grows about 4x from SMALL to LARGE, quadratic about 16x: this leaves room for noise. */
const MAX_GROWTH = 10;
const ROUNDS = 5;
/** Past ROUNDS, more rounds only while the ratio is still over the bound (a busy machine's noise). */
const MAX_ROUNDS = 20;
/** Runs this fast are repeated until a batch takes about this long, so timer resolution does not count. */
const MIN_BATCH_MS = 20;

function millisecondsOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function batchMilliseconds<T>(run: (input: T) => unknown, input: T, repeats: number): number {
  return millisecondsOf(() => {
    for (let repeat = 0; repeat < repeats; repeat++) run(input);
  });
}

/**
 * Fails unless `run` takes less than 10x as long on a 4 MiB input as on a 1 MiB one. `make(size)`
 * builds an input of about `size` characters (or bytes). Each size is timed several times,
 * interleaved, and the fastest run counts, so a GC pause or a busy neighbour does not; while the
 * ratio is over the bound, up to MAX_ROUNDS rounds (a quadratic run stays near 16x however many).
 */
export function expectLinearTime<T>(make: (size: number) => T, run: (input: T) => unknown): void {
  const small = make(SMALL);
  const large = make(LARGE);
  const once = millisecondsOf(() => run(small));
  const repeats = Math.min(1000, Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(once, 0.001))));
  let fastestSmall = Number.POSITIVE_INFINITY;
  let fastestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    fastestSmall = Math.min(fastestSmall, batchMilliseconds(run, small, repeats));
    fastestLarge = Math.min(fastestLarge, batchMilliseconds(run, large, repeats));
    if (round + 1 >= ROUNDS && fastestLarge / fastestSmall < MAX_GROWTH) break;
  }
  const growth = fastestLarge / fastestSmall;
  const kib = (size: number) => `${size / 1024} KiB`;
  expect(
    growth,
    `${repeats} run(s) on ${kib(SMALL)} took ${fastestSmall.toFixed(2)} ms, on ${kib(LARGE)} ${fastestLarge.toFixed(2)} ms`,
  ).toBeLessThan(MAX_GROWTH);
}
