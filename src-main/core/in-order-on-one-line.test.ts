import { describe, expect, it } from 'vitest';
import { inOrderOnOneLine } from './in-order-on-one-line.ts';
import { expectLinearTime } from './linear-time-test-support.ts';

describe('inOrderOnOneLine', () => {
  it.each([
    ['the input is too long', true],
    ['input: too long', true],
    ['too long input', false],
    ['input\ntoo long', false],
    ['input\r\ntoo long', false],
    ['input\u2028too long', false],
    ['first line\nsecond input, way too long', true],
  ])('%j → %s', (text, expected) => {
    expect(inOrderOnOneLine(text, /input/i, /too long/i)).toBe(expected);
  });

  it('takes linear time on a long line of the first pattern alone', () => {
    expectLinearTime(
      (size) => 'input '.repeat(size / 6),
      (text) => inOrderOnOneLine(text, /input/i, /too long/i),
    );
  });
});
