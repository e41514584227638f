import { describe, expect, it } from 'vitest';
import { blindName, randomBelow, shuffled } from './shuffle.ts';

describe('blind order', () => {
  it('is a permutation of the columns', () => {
    const ids = Array.from({ length: 16 }, (_, at) => `column-${at}`);
    const order = shuffled(ids);
    expect([...order].sort()).toEqual([...ids].sort());
    expect(ids[0]).toBe('column-0');
  });

  it('follows Fisher–Yates: with every draw 0, each step swaps the last unshuffled item to the front', () => {
    // at=3 swaps 0↔3: d b c a; at=2 swaps 0↔2: c b d a; at=1 swaps 0↔1: b c d a.
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
    // Drawing `at` every time swaps nothing.
    expect(shuffled(['a', 'b', 'c', 'd'], (bound) => bound - 1)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('draws every position of three over many rounds, within [0, bound)', () => {
    const firsts = new Set<string>();
    for (let round = 0; round < 200; round++) firsts.add(shuffled(['a', 'b', 'c'])[0]!);
    expect([...firsts].sort()).toEqual(['a', 'b', 'c']);
    for (let round = 0; round < 100; round++) {
      const value = randomBelow(3);
      expect(value >= 0 && value < 3).toBe(true);
    }
  });

  it('names positions Model A, Model B, … Model P', () => {
    expect([0, 1, 2, 15].map(blindName)).toEqual(['Model A', 'Model B', 'Model C', 'Model P']);
  });
});
