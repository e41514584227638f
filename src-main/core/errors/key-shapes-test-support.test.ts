// The scrubbing property tests are only as good as the keys they generate: each generator must give
// keys in the provider's documented shape, hidden in the text the way its name says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedded, glued, KEY_SHAPES, leaksOf } from './key-shapes-test-support.ts';

/** The providers' documented key shapes, written from their documentation, in KEY_SHAPES order. */
const DOCUMENTED: readonly RegExp[] = [
  /^sk-cp-[\w-]{60,120}$/,
  /^sk-api-[\w-]{60,120}$/,
  /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/,
  /^sk-proj-[\w-]{40,160}$/,
  /^sk-[A-Za-z0-9]{48}$/,
  /^sk-ant-api03-[\w-]{93}AA$/,
  /^sk-or-v1-[0-9a-f]{64}$/,
  /^sk-[0-9a-f]{32}$/,
  /^sk-[A-Za-z0-9]{48}$/,
  /^AIza[\w-]{35}$/,
];

const sample = <T>(arbitrary: fc.Arbitrary<T>, count = 300): T[] =>
  fc.sample(arbitrary, { numRuns: count, seed: 15 });

describe('KEY_SHAPES', () => {
  it('names every shape, once', () => {
    const names = KEY_SHAPES.map(([name]) => name);
    expect(names.every((name) => name.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it("generates keys in each provider's documented shape", () => {
    expect(KEY_SHAPES).toHaveLength(DOCUMENTED.length);
    for (const [index, [name, key]] of KEY_SHAPES.entries()) {
      for (const generated of sample(key, 50)) expect(generated, name).toMatch(DOCUMENTED[index]!);
    }
  });

  it('uses upper case, lower case and digits, as real keys do', () => {
    const legacy = KEY_SHAPES.find(([name]) => name.startsWith('OpenAI legacy'))![1];
    const all = sample(legacy)
      .map((key) => key.slice('sk-'.length))
      .join('');
    expect(all).toMatch(/[A-Z]/);
    expect(all).toMatch(/[a-z]/);
    expect(all).toMatch(/[0-9]/);
  });
});

describe('embedded and glued', () => {
  const key = fc.constant('sk-cp-KEY-0123456789abcdef');

  it('embedded puts a separator right before and right after the key, in unicode text', () => {
    const cases = sample(embedded(key));
    for (const { key: secret, text } of cases) {
      const at = text.indexOf(secret);
      expect(at).toBeGreaterThan(-1);
      expect(text.charAt(at - 1)).toMatch(/[\s"'`=:,;()[\]{}<>/|&?#]/);
      expect(text.charAt(at + secret.length)).toMatch(/[\s"'`=:,;()[\]{}<>/|&?#]/);
      expect([...new Intl.Segmenter().segment(text)].length).toBeLessThanOrEqual(80 * 2 + 2 + secret.length);
    }
    expect(cases.some(({ text }) => /[^ -~\s]/.test(text))).toBe(true);
  });

  it('glued puts the key inside unicode text', () => {
    const cases = sample(glued(key));
    for (const { key: secret, text } of cases) {
      expect(text).toContain(secret);
      expect([...new Intl.Segmenter().segment(text)].length).toBeLessThanOrEqual(80 * 2 + secret.length);
    }
    expect(cases.some(({ text, key: secret }) => text.length > secret.length)).toBe(true);
    expect(cases.some(({ text }) => /[^ -~\s]/.test(text))).toBe(true);
  });
});

describe('leaksOf', () => {
  const key = 'ABCDEFGHIJKLMNOP';

  it('finds every twelve-character run of the key still in the output', () => {
    expect(leaksOf(`x ${key.slice(2, 14)} y`, key)).toEqual(['CDEFGHIJKLMN']);
    expect(leaksOf(`x ${key} y`, key)).toEqual([
      'ABCDEFGHIJKL',
      'BCDEFGHIJKLM',
      'CDEFGHIJKLMN',
      'DEFGHIJKLMNO',
      'EFGHIJKLMNOP',
    ]);
  });

  it('counts a key of exactly twelve characters, and nothing shorter than twelve', () => {
    expect(leaksOf('[ABCDEFGHIJKL]', 'ABCDEFGHIJKL')).toEqual(['ABCDEFGHIJKL']);
    expect(leaksOf(`x ${key.slice(0, 11)} y`, key)).toEqual([]);
    expect(leaksOf('nothing here', key)).toEqual([]);
  });
});
