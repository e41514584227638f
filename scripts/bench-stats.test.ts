import { describe, expect, it } from 'vitest';
import { interleave, interleaveTimed, median, quantiles, rotation, spreadOf } from './bench-stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 10, 2])).toBe(3);
  });

  it('sorts numerically, not as text', () => {
    expect(median([10, 9, 100])).toBe(10);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow(/at least one value/);
  });
});

describe('quantiles', () => {
  it('takes the nearest rank: of 1..100, p50 is 50, p95 is 95, p99 is 99', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantiles(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('of 1..10, p95 and p99 are the largest value (rank ceil(9.5) = 10)', () => {
    expect(quantiles([3, 1, 2, 10, 9, 8, 7, 6, 5, 4])).toEqual({
      count: 10,
      p50: 5,
      p95: 10,
      p99: 10,
      max: 10,
    });
  });

  it('of one value, every quantile is that value; of none, none is known', () => {
    expect(quantiles([7])).toEqual({ count: 1, p50: 7, p95: 7, p99: 7, max: 7 });
    expect(quantiles([])).toEqual({ count: 0, p50: null, p95: null, p99: null, max: null });
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    quantiles(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('spreadOf', () => {
  it('gives the median, the smallest and largest value and how many there were', () => {
    expect(spreadOf([2.5, 0.5, 7, 3])).toEqual({ median: 2.75, min: 0.5, max: 7, runs: 4 });
  });
});

describe('rotation', () => {
  it('starts each round one contender further on', () => {
    expect(rotation(3, 0)).toEqual([0, 1, 2]);
    expect(rotation(3, 1)).toEqual([1, 2, 0]);
    expect(rotation(3, 2)).toEqual([2, 0, 1]);
    expect(rotation(3, 4)).toEqual([1, 2, 0]);
  });
});

describe('interleave', () => {
  it('runs the contenders round-robin after the warm-ups, and times only the timed runs', async () => {
    const calls: string[] = [];
    let clock = 0;
    const run = (name: string, takes: number) => async () => {
      calls.push(name);
      clock += takes;
    };
    const durations = await interleave(
      { a: run('a', 1), b: run('b', 10), c: run('c', 100) },
      { warmups: 1, runs: 2, now: () => clock, beforeEach: () => calls.push('gc') },
    );
    expect(calls).toEqual(['a', 'b', 'c', 'gc', 'b', 'gc', 'c', 'gc', 'a', 'gc', 'c', 'gc', 'a', 'gc', 'b']);
    expect(durations).toEqual({ a: [1, 1], b: [10, 10], c: [100, 100] });
  });
});

describe('interleaveTimed', () => {
  it('times each timed run on both clocks, leaving out the warm-ups', async () => {
    let wall = 0;
    let cpu = 0;
    const run = (wallTakes: number, cpuTakes: number) => async () => {
      wall += wallTakes;
      cpu += cpuTakes;
    };
    const timed = await interleaveTimed(
      { a: run(10, 4), b: run(20, 5) },
      { warmups: 2, runs: 2, now: () => wall, cpuNow: () => cpu, beforeEach: () => {} },
    );
    expect(timed).toEqual({ wallMs: { a: [10, 10], b: [20, 20] }, cpuMs: { a: [4, 4], b: [5, 5] } });
  });
});
