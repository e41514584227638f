// Keys in every provider's shape, hidden in random text, never survive scrubbing: by shape alone
// (a key main was never told about, e.g. one a provider echoes back) and as a registered secret
// (glued to the text around it, where no shape can be seen).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { embedded, glued, KEY_SHAPES, leaksOf } from './key-shapes-test-support.ts';
import { scrubSecrets } from './scrub-secrets.ts';

const RUNS = { numRuns: 300 };

describe('scrubSecrets: a key hidden in random text never survives', () => {
  it.each(KEY_SHAPES)('%s, by its shape alone', (_name, key) => {
    fc.assert(
      fc.property(embedded(key), ({ key: secret, text }) => {
        expect(leaksOf(scrubSecrets(text), secret)).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(KEY_SHAPES)('%s, registered, even glued to the text around it', (_name, key) => {
    fc.assert(
      fc.property(glued(key), ({ key: secret, text }) => {
        expect(leaksOf(scrubSecrets(text, [secret]), secret)).toEqual([]);
        const registry = new SecretRegistry();
        registry.add(secret);
        expect(leaksOf(registry.redact(text), secret)).toEqual([]);
        expect(leaksOf(registry.redactKnown(text), secret)).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(KEY_SHAPES)('%s, several times in one text, with other keys between', (_name, key) => {
    fc.assert(
      fc.property(fc.array(embedded(key), { minLength: 2, maxLength: 5 }), (pieces) => {
        const clean = scrubSecrets(pieces.map((piece) => piece.text).join(''));
        for (const piece of pieces) expect(leaksOf(clean, piece.key)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a key of one shape that holds another shape inside it goes whole', () => {
    const gemini = 'AIzaSyB0123456789ab-sk-0123456789abcdef';
    const jwtWithSk = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi-sk-12345678901234.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const anthropicWithAIza = `sk-ant-api03-${'a'.repeat(20)}-AIza${'b'.repeat(30)}AA`;
    for (const secret of [gemini, jwtWithSk, anthropicWithAIza]) {
      expect(leaksOf(scrubSecrets(`the key "${secret}" failed`), secret), secret).toEqual([]);
    }
  });
});
