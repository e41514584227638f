import { describe, expect, it } from 'vitest';
import { seededRandom, splitAt, splitEvery, splitRandom } from './split-bytes.ts';

const bytes = new TextEncoder().encode('abcdefghij');
const text = (pieces: Uint8Array[]) => pieces.map((piece) => new TextDecoder().decode(piece));

describe('split-bytes', () => {
  it('splits at offsets, ignoring duplicates and out-of-range ones', () => {
    expect(text(splitAt(bytes, [7, 3, 3, 0, 10, 42]))).toEqual(['abc', 'defg', 'hij']);
  });

  it('splits every N bytes', () => {
    expect(text(splitEvery(bytes, 4))).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitEvery(bytes, 1)).toHaveLength(10);
  });

  it('splits into N seeded random non-empty pieces, the same for the same seed', () => {
    const first = splitRandom(bytes, 4, 42);
    expect(first).toHaveLength(4);
    expect(first.every((piece) => piece.length > 0)).toBe(true);
    expect(text(first).join('')).toBe('abcdefghij');
    expect(text(splitRandom(bytes, 4, 42))).toEqual(text(first));
    expect(splitRandom(bytes, 50, 1)).toHaveLength(10);
  });

  it('has a deterministic PRNG in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('keeps an empty body as one empty piece', () => {
    expect(splitAt(new Uint8Array(0), [1])).toHaveLength(1);
  });
});
