import { describe, expect, it } from 'vitest';
import { lineAfterKey } from './list-keys.ts';

describe('lineAfterKey', () => {
  it('moves one line, a page, or to either end, staying within the list', () => {
    expect(lineAfterKey('ArrowDown', 3, 10, 5)).toBe(4);
    expect(lineAfterKey('ArrowUp', 3, 10, 5)).toBe(2);
    expect(lineAfterKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(lineAfterKey('ArrowDown', 9, 10, 5)).toBe(9);
    expect(lineAfterKey('PageDown', 3, 10, 5)).toBe(8);
    expect(lineAfterKey('PageDown', 8, 10, 5)).toBe(9);
    expect(lineAfterKey('PageUp', 3, 10, 0)).toBe(2);
    expect(lineAfterKey('Home', 7, 10, 5)).toBe(0);
    expect(lineAfterKey('End', 2, 10, 5)).toBe(9);
  });

  it('leaves other keys and an empty list alone', () => {
    expect(lineAfterKey('Enter', 3, 10, 5)).toBeNull();
    expect(lineAfterKey('constructor', 3, 10, 5)).toBeNull();
    expect(lineAfterKey('ArrowDown', 0, 0, 5)).toBeNull();
  });
});
