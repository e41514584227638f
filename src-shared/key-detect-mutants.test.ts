// Cases the mutation run showed key-detect.test.ts could not tell apart (see docs/mutation-equivalents.md
// for the ones no test can). Expectations come from the rules, not from key-detect.ts's output: a key
// shape is read from the start of the whole key, and a mask shows the last four characters only when
// more of the secret stays hidden than is shown.
import { describe, expect, it } from 'vitest';
import { maskKey, minimaxKeyKind } from './key-detect.ts';

describe('key shapes are read from the start of the key', () => {
  it('a JWT inside a longer key does not make it a legacy MiniMax key', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';
    expect(minimaxKeyKind(jwt)).toBe('legacy_jwt');
    expect(minimaxKeyKind(`key-${jwt}`)).toBe('standard');
  });

  it('a provider prefix inside the key is not shown as its prefix', () => {
    expect(maskKey('my-sk-proj-abcdefghijklmnop')).toBe('…mnop');
    expect(maskKey('0123AIzaSyAbCdEfGhIjKlMnOp')).toBe('…MnOp');
  });
});

describe('a short secret is hidden whole', () => {
  it('eight characters after the prefix: showing four would hide no more than it shows', () => {
    expect(maskKey('sk-proj-abcdefgh')).toBe('…');
    expect(maskKey('abcdefgh')).toBe('…');
  });

  it('nine characters after the prefix: the last four show and five stay hidden', () => {
    expect(maskKey('sk-proj-abcdefghi')).toBe('sk-proj-…fghi');
    expect(maskKey('abcdefghi')).toBe('…fghi');
  });
});
