import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../linear-time-test-support.ts';
import { scrubSecrets } from './scrub-secrets.ts';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('scrubSecrets', () => {
  it.each([
    ['key sk-cp-1234567890abcdef, then', 'key [redacted], then'],
    ['masked sk-proj-abc****xyz9 here', 'masked [redacted] here'],
    [`token=${JWT} end`, 'token=[redacted] end'],
    [`"${JWT}"`, '"[redacted]"'],
    ['AIzaSyA1234567890abcdefghijklmnop', '[redacted]'],
    ['Authorization: Bearer abc.def-ghi_jkl', 'Authorization: [redacted]'],
    ['sk-short, eyJshort.x.y, Bearer abc', 'sk-short, eyJshort.x.y, Bearer abc'],
  ])('%j → %j', (text, expected) => {
    expect(scrubSecrets(text)).toBe(expected);
  });

  it.each([
    ['key-shaped runs that are not JWTs', (size: number) => 'eyJ-'.repeat(size / 4)],
    ['JWT-like runs missing the last dot', (size: number) => 'eyJabcdefgh.ijkl-'.repeat(size / 17)],
    ['short sk- runs', (size: number) => 'sk-1234 '.repeat(size / 8)],
    ['short AIza runs', (size: number) => 'AIza-AIza '.repeat(size / 10)],
    ['Bearer followed by spaces', (size: number) => `Bearer${' '.repeat(size)}x`],
    ['repeated Bearer', (size: number) => 'Bearer '.repeat(size / 7)],
  ])('scrubs a megabyte of %s in linear time', (_, make) => {
    expectLinearTime(make, (text) => scrubSecrets(text, ['a-known-secret']));
  });
});
