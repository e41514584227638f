// KeyPrefixTail runs on every streamed piece of text, so its cost must not grow with what it does
// not need to look at: the text before the last key.length - 1 characters (only there can a key
// begin and not end), and the keys' lengths once their tables are built (the same key list is
// asked again on every piece). Each check compares two sizes in one run and bounds the ratio of
// their times: work proportional to the bigger input would make it about 1000.
import { describe, expect, it } from 'vitest';
import { KeyPrefixTail } from './key-prefix-tail.ts';

/** The fastest of several timings of `run`, in milliseconds (the least disturbed by other work). */
function fastest(run: () => void, trials = 7): number {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < trials; trial++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// A MiniMax Token Plan key starts "sk-cp-" (PROVIDERS.md, MiniMax, "Key kinds"); the rest is made up.
const KEY = 'sk-cp-Zq8vN2rT5wX1yB4mK7pL0sD3fG6hJ9cV';

describe('KeyPrefixTail cost', () => {
  it('does not grow with the text before its last key.length - 1 characters', () => {
    const tail = new KeyPrefixTail(() => [KEY]);
    // The key's first character only at the very start: far from the end, where no key can begin unfinished.
    const textOf = (length: number) => `s${'x'.repeat(length)} plain end`;
    const small = textOf(2_000);
    const large = textOf(2_000_000);
    for (const text of [small, large]) expect(tail.length(text)).toBe(0);
    const calls = (text: string) => () => {
      for (let call = 0; call < 20; call++) tail.length(text);
    };
    const ratio = fastest(calls(large)) / Math.max(fastest(calls(small)), 0.01);
    expect(ratio).toBeLessThan(10);
  });

  it('builds the tables of a key list once, not on every call', () => {
    // The text ends in the key's first 50 characters, so every call scans the same 150 characters.
    const keyOf = (length: number) => `sk-cp-${'k'.repeat(length)}`;
    const text = `${'x'.repeat(100)}${keyOf(44)}`;
    const timed = (key: string) => {
      const keys = [key];
      const tail = new KeyPrefixTail(() => keys);
      expect(tail.length(text)).toBe(50);
      return fastest(() => {
        for (let call = 0; call < 200; call++) tail.length(text);
      });
    };
    const ratio = timed(keyOf(200_000)) / Math.max(timed(keyOf(200)), 0.01);
    expect(ratio).toBeLessThan(10);
  });
});
