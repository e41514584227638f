// What a pasted key's shape says, against shapes taken from the providers' documentation (not from
// key-detect.ts): MiniMax `sk-cp-` Token Plan, `sk-api-` pay-as-you-go, older JWTs `eyJ…` (provider
// facts, "Key kinds"); OpenAI project keys `sk-proj-` and older plain `sk-`; Anthropic `sk-ant-api03-`;
// OpenRouter `sk-or-v1-`; Google API keys `AIza` + 35 characters; DeepSeek and Moonshot plain `sk-`.
// A plain `sk-` key fits OpenAI, DeepSeek and Moonshot alike, so the user picks among the three.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyKind, ProviderId } from './domain.ts';
import { detectKey, maskKey, minimaxKeyKind } from './key-detect.ts';

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = `${ALNUM}_-`;

/** A deterministic stand-in for a key body: `length` characters from `alphabet`. */
function body(alphabet: string, length: number, seed = 7): string {
  let text = '';
  for (let index = 0; index < length; index++) text += alphabet[(index * 31 + seed) % alphabet.length];
  return text;
}

const JWT = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${body(URL_SAFE, 120)}.${body(URL_SAFE, 86, 3)}`;

const PLAIN_SK: readonly ProviderId[] = ['openai', 'deepseek', 'moonshot'];

const SHAPES: ReadonlyArray<
  readonly [name: string, key: string, providers: readonly ProviderId[], kind: KeyKind]
> = [
  ['MiniMax Token Plan', `sk-cp-${body(URL_SAFE, 96)}`, ['minimax'], 'token_plan'],
  ['MiniMax pay-as-you-go', `sk-api-${body(URL_SAFE, 96)}`, ['minimax'], 'pay_as_you_go'],
  ['MiniMax legacy JWT', JWT, ['minimax'], 'legacy_jwt'],
  ['OpenAI project key', `sk-proj-${body(URL_SAFE, 156)}`, ['openai'], 'standard'],
  ['Anthropic', `sk-ant-api03-${body(URL_SAFE, 95)}AA`, ['anthropic'], 'standard'],
  ['OpenRouter', `sk-or-v1-${body(HEX, 64)}`, ['openrouter'], 'standard'],
  ['Gemini (Google API key)', `AIza${body(URL_SAFE, 35)}`, ['gemini'], 'standard'],
  ['DeepSeek', `sk-${body(HEX, 32)}`, PLAIN_SK, 'standard'],
  ['Moonshot', `sk-${body(ALNUM, 48)}`, PLAIN_SK, 'standard'],
  ['OpenAI legacy user key', `sk-${body(ALNUM, 48, 11)}`, PLAIN_SK, 'standard'],
];

describe('detectKey: every documented shape', () => {
  it.each(SHAPES)('%s', (_name, key, providers, kind) => {
    const guess = detectKey(key);
    expect([...guess.providers].sort()).toEqual([...providers].sort());
    expect(guess.keyKind).toBe(kind);
  });

  it.each(SHAPES)('%s, pasted with spaces, tabs and line breaks around it', (_name, key, providers, kind) => {
    for (const padded of [`  ${key}  `, `\n${key}\n`, `\t${key}\r\n`, `\r\n \t${key} \n\n`]) {
      expect(detectKey(padded)).toEqual(detectKey(key));
      expect([...detectKey(padded).providers].sort()).toEqual([...providers].sort());
      expect(detectKey(padded).keyKind).toBe(kind);
      expect(maskKey(padded)).toBe(maskKey(key));
    }
  });

  it('a plain sk- key lists OpenAI first: the user confirms or picks DeepSeek or Moonshot', () => {
    expect(detectKey(`sk-${body(HEX, 32)}`).providers[0]).toBe('openai');
  });

  it.each([
    ['nothing', ''],
    ['only whitespace', ' \t\r\n '],
  ])('%s: no provider, key kind "none"', (_name, key) => {
    expect(detectKey(key)).toEqual({ providers: [], keyKind: 'none' });
  });

  it.each([
    ['a GitHub token', `ghp_${body(ALNUM, 36)}`],
    ['a UUID', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['a key with a prefix cut short', 'AIz'],
    ['a lower-case Google prefix', `aiza${body(URL_SAFE, 35)}`],
  ])('%s: the shape says nothing', (_name, key) => {
    expect(detectKey(key)).toEqual({ providers: [], keyKind: 'standard' });
  });

  it('an eyJ key that is not three dot-separated parts is a MiniMax key of no known kind', () => {
    expect(detectKey(`eyJ${body(URL_SAFE, 40)}`)).toEqual({ providers: ['minimax'], keyKind: 'standard' });
    expect(minimaxKeyKind('eyJhbGci.only-two')).toBe('standard');
  });

  it('minimaxKeyKind trims and reads the same kinds', () => {
    expect(minimaxKeyKind(`  sk-cp-${body(URL_SAFE, 40)}\n`)).toBe('token_plan');
    expect(minimaxKeyKind(`\tsk-api-${body(URL_SAFE, 40)}`)).toBe('pay_as_you_go');
    expect(minimaxKeyKind(` ${JWT} `)).toBe('legacy_jwt');
    expect(minimaxKeyKind(`sk-${body(HEX, 32)}`)).toBe('standard');
    expect(minimaxKeyKind('  ')).toBe('none');
  });
});

const keyText = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...URL_SAFE), minLength, maxLength });

/** Each specific prefix belongs to one provider only, whatever follows it. */
const SPECIFIC_PREFIXES: ReadonlyArray<readonly [prefix: string, provider: ProviderId]> = [
  ['sk-ant-', 'anthropic'],
  ['sk-or-', 'openrouter'],
  ['sk-proj-', 'openai'],
  ['sk-cp-', 'minimax'],
  ['sk-api-', 'minimax'],
  ['AIza', 'gemini'],
];

describe('detectKey: a specific prefix is never guessed as another provider', () => {
  it.each(SPECIFIC_PREFIXES)('%s… is %s alone', (prefix, provider) => {
    fc.assert(
      fc.property(keyText(0, 80), fc.constantFrom('', ' ', '\n', '\t', '\r\n'), (rest, pad) => {
        expect(detectKey(`${pad}${prefix}${rest}${pad}`).providers).toEqual([provider]);
      }),
    );
  });
});

/** The prefixes a mask may show: they say which provider and plan, nothing about the key itself. */
const PUBLIC_PREFIXES = ['sk-cp-', 'sk-api-', 'sk-proj-', 'sk-ant-', 'sk-or-', 'sk-', 'eyJ', 'AIza'];
const ELLIPSIS = '…';

/**
 * Checks one mask: a public prefix the key starts with, "…", then nothing or the key's last 4
 * characters; and at least as many characters after the prefix stay hidden as are shown.
 */
function expectSafeMask(key: string): void {
  const value = key.trim();
  const mask = maskKey(key);
  const parts = mask.split(ELLIPSIS);
  expect(parts, `mask of ${JSON.stringify(key)}: ${mask}`).toHaveLength(2);
  const [shownPrefix = '', tail = ''] = parts;
  if (shownPrefix) {
    expect(PUBLIC_PREFIXES).toContain(shownPrefix);
    expect(value.startsWith(shownPrefix)).toBe(true);
  }
  if (tail) expect(tail).toBe(value.slice(-4));
  const secret = value.slice(shownPrefix.length);
  const shownOfSecret = Math.min(tail.length, secret.length);
  expect(secret.length - shownOfSecret, `mask of ${JSON.stringify(key)}: ${mask}`).toBeGreaterThanOrEqual(
    shownOfSecret,
  );
}

describe('maskKey never shows more than the last 4 characters', () => {
  it('for keys of every length from 1 to 64, with and without each prefix', () => {
    for (let length = 1; length <= 64; length++) {
      for (const prefix of ['', ...PUBLIC_PREFIXES]) {
        expectSafeMask(`${prefix}${body(URL_SAFE, length)}`.slice(0, length));
        expectSafeMask(`${prefix}${body(URL_SAFE, length)}`);
      }
    }
  });

  it('for any key text, padded or not (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ...PUBLIC_PREFIXES),
        keyText(1, 64),
        fc.constantFrom('', ' ', '\n', '\t\r\n'),
        (prefix, rest, pad) => {
          expectSafeMask(`${pad}${prefix}${rest}${pad}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('for arbitrary text, unicode included (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 64 }).filter((value) => !value.includes(ELLIPSIS));
    fc.assert(fc.property(text, (value) => expectSafeMask(value)));
  });

  it('shows the provider prefix and the last four characters of a full-length key', () => {
    expect(maskKey(`sk-cp-${body(URL_SAFE, 40)}7f3a`)).toBe('sk-cp-…7f3a');
    expect(maskKey(`sk-ant-api03-${body(URL_SAFE, 90)}wxyz`)).toBe('sk-ant-…wxyz');
    expect(maskKey(`AIza${body(URL_SAFE, 31)}9Q_z`)).toBe('AIza…9Q_z');
    expect(maskKey(`${body(HEX, 36)}beef`)).toBe('…beef');
  });
});
