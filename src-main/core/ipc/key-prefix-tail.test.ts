import { describe, expect, it } from 'vitest';
import { KeyPrefixTail } from './key-prefix-tail.ts';

/** The same measure, the obvious quadratic way, as the reference. */
function reference(text: string, keys: readonly string[]): number {
  let longest = 0;
  for (const key of keys) {
    for (let length = Math.min(key.length - 1, text.length); length > longest; length--) {
      if (text.endsWith(key.slice(0, length))) longest = length;
    }
  }
  return longest;
}

describe('KeyPrefixTail', () => {
  it('measures the longest end of a text that begins a known key, never a whole key', () => {
    const tail = new KeyPrefixTail(() => ['sk-cp-CANARY-7f3a']);
    expect(tail.length('the key is sk-cp-CAN')).toBe(9);
    expect(tail.length('the key is s')).toBe(1);
    expect(tail.length('nothing here')).toBe(0);
    expect(tail.length('whole sk-cp-CANARY-7f3a')).toBe(0);
    expect(tail.length('')).toBe(0);
  });

  it('agrees with the obvious measure on keys that repeat themselves', () => {
    const keys = ['aabaaab', 'abcabcabd', 'xxxxxxxy', 'ab'];
    const tail = new KeyPrefixTail(() => keys);
    const alphabet = 'abxy';
    let seed = 7;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = round % 20;
      for (let index = 0; index < length; index++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      expect(tail.length(text), text).toBe(reference(text, keys));
    }
  });

  it('follows the registry when keys are added', () => {
    let keys: readonly string[] = [];
    const tail = new KeyPrefixTail(() => keys);
    expect(tail.length('ends with sk-new')).toBe(0);
    keys = ['sk-new-key-123456'];
    expect(tail.length('ends with sk-new')).toBe(6);
  });
});
