import { describe, expect, it } from 'vitest';
import { clockOffset, reachTimes } from './bench-ui-stats.ts';

describe('reachTimes', () => {
  it('times each chunk that adds to the total by the first sample reaching its running total', () => {
    const chunkTotals = Int32Array.from([0, 3, 3, 5, 9, 12]);
    const samples = { totals: [0, 4, 9], at: [10, 20, 30] };
    const times = [...reachTimes(chunkTotals, samples)];
    // 0 adds nothing; 3 is reached at 20; the second 3 adds nothing; 5 and 9 at 30; 12 never.
    expect(times).toEqual([Number.NaN, 20, Number.NaN, 30, 30, Number.NaN]);
  });

  it('takes the first sample that reaches a total even when a later one falls back', () => {
    const times = [...reachTimes(Int32Array.from([2, 4]), { totals: [5, 3, 6], at: [1, 2, 3] })];
    expect(times).toEqual([1, 1]);
  });
});

describe('clockOffset', () => {
  it('reads the other clock minus ours from the round trip with the least delay', () => {
    // The other clock runs 100 ms ahead; the second trip is the tightest (2 ms).
    const trips = [
      { sentAt: 0, otherAt: 106, receivedAt: 10 },
      { sentAt: 20, otherAt: 121, receivedAt: 22 },
      { sentAt: 30, otherAt: 140, receivedAt: 50 },
    ];
    expect(clockOffset(trips)).toEqual({ offsetMs: 100, uncertaintyMs: 1 });
  });
});
