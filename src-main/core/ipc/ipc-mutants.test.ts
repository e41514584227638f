// Cases the mutation run showed no other ipc test checked. Expectations are independent of the code:
// a brute-force measure, the documented contracts, and what a user or a log reader must see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArenaErrorException } from './arena-error-exception.ts';
import { KeyPrefixTail } from './key-prefix-tail.ts';
import { redactDeep, type Scrubber } from './redact-deep.ts';
import { createSenderPolicy } from './sender-policy.ts';

/** The longest end of `text` that begins `key` and is shorter than it, found by trying every length. */
function bruteForcePrefixAtEnd(text: string, key: string): number {
  for (let length = Math.min(key.length - 1, text.length); length > 0; length--) {
    if (text.endsWith(key.slice(0, length))) return length;
  }
  return 0;
}

describe('KeyPrefixTail on keys made of few letters (every partial-match fallback taken)', () => {
  it('agrees with the brute-force measure for any key and text over a two-letter alphabet', () => {
    const word = (minLength: number, maxLength: number) =>
      fc.string({ unit: fc.constantFrom('a', 'b'), minLength, maxLength });
    fc.assert(
      fc.property(word(1, 12), word(0, 30), (key, text) => {
        expect(new KeyPrefixTail(() => [key]).length(text)).toBe(bruteForcePrefixAtEnd(text, key));
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps the whole held-back prefix of a self-overlapping key', () => {
    // "aabaaa" ends in "aabaa", the first five characters of the key "aabaaab".
    expect(new KeyPrefixTail(() => ['aabaaab']).length('xaabaaa')).toBe(6);
    expect(new KeyPrefixTail(() => ['abab']).length('ababa')).toBe(3);
  });
});

describe('redactDeep', () => {
  const KEY = 'sk-known-0123456789';
  const scrubber: Scrubber = {
    text: (text) => text.replaceAll(KEY, '[redacted]'),
    message: (text) => text.replaceAll(KEY, '[redacted]'),
  };

  it('passes objects that are not plain data (class instances) through untouched', () => {
    class Holder {
      readonly secret = KEY;
    }
    const holder = new Holder();
    const result = redactDeep({ holder }, scrubber);
    expect(result.holder).toBe(holder);
    expect(result.holder).toBeInstanceOf(Holder);
  });

  it('returns copies whose fields can still be set, as any plain object', () => {
    const result = redactDeep({ message: `bad key ${KEY}`, list: [KEY] }, scrubber);
    expect(result.message).toBe('bad key [redacted]');
    result.message = 'replaced';
    expect(result.message).toBe('replaced');
  });
});

describe('errors thrown to a route', () => {
  it('name themselves in stack traces and logs', () => {
    const exception = new ArenaErrorException({ kind: 'internal', message: 'Broken.' });
    expect(exception.name).toBe('ArenaErrorException');
    expect(String(exception)).toBe('ArenaErrorException: Broken.');
  });
});

describe('sender policy for an untrusted page', () => {
  it('quotes at most 200 characters of the page address in its error', () => {
    const url = `file:///${'a'.repeat(5_000)}`;
    let message = '';
    try {
      createSenderPolicy(url);
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toContain('file:///aaa');
    expect(message).toContain('app://');
    expect(message.length).toBeLessThan(400);
  });
});
