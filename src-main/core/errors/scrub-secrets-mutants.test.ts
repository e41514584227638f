// What a scrub must and must not remove, written by hand: a key goes whatever spacing surrounds it,
// and text without a key comes back exactly as it was.
import { describe, expect, it } from 'vitest';
import { scrubKnown, scrubSecrets } from './scrub-secrets.ts';

describe('Bearer tokens', () => {
  it.each([
    'Authorization: Bearer   abc.def-ghi_jkl',
    'Authorization: Bearer\tabc.def-ghi_jkl',
    'Authorization: Bearer \t abc.def-ghi_jkl',
  ])('goes whatever whitespace follows "Bearer": %j', (text) => {
    expect(scrubSecrets(text)).toBe('Authorization: [redacted]');
  });
});

describe('known secrets', () => {
  it('removes a known secret of six characters', () => {
    expect(scrubKnown('token abc123 leaked', ['abc123'])).toBe('token [redacted] leaked');
  });

  it('ignores an empty known secret instead of redacting between every character', () => {
    expect(scrubKnown('no key here', [''])).toBe('no key here');
    expect(scrubSecrets('no key here', [''])).toBe('no key here');
  });
});

describe('text without a key comes back unchanged', () => {
  // Stryker's filler for an empty array is among them: the default list of known secrets must be empty.
  it.each([
    'The model is overloaded.',
    'Stryker was here',
    'Invalid request: max_tokens must be at least 1.',
  ])('%j', (text) => {
    expect(scrubSecrets(text)).toBe(text);
  });
});
