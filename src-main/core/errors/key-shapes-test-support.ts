// Shared by the scrubbing property tests: keys generated in each provider's documented shape, and
// text to hide them in. The shapes come from the providers' documentation, not from scrub-secrets.ts:
// MiniMax sk-cp- / sk-api- and older JWTs (eyJ…, three base64url parts); OpenAI sk-proj- and older
// sk- + 48; Anthropic sk-ant-api03- + 93 + "AA"; OpenRouter sk-or-v1- + 64 hex; DeepSeek sk- + 32 hex;
// Moonshot sk- + 48; Google (Gemini) AIza + 35.
import fc from 'fast-check';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const HEX = `${DIGITS}abcdef`;
const ALNUM = `${UPPER}${LOWER}${DIGITS}`;
const BASE64URL = `${ALNUM}_-`;

function run(alphabet: string, minLength: number, maxLength = minLength): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
}

const withPrefix = (prefix: string, rest: fc.Arbitrary<string>, suffix = '') =>
  rest.map((text) => `${prefix}${text}${suffix}`);

/** A JWT as MiniMax's older keys are: header and payload are base64url JSON, so each starts "eyJ". */
const jwt = fc
  .tuple(run(BASE64URL, 16, 60), run(BASE64URL, 40, 400), run(BASE64URL, 43, 342))
  .map(([header, payload, signature]) => `eyJ${header}.eyJ${payload}.${signature}`);

export const KEY_SHAPES: ReadonlyArray<readonly [name: string, key: fc.Arbitrary<string>]> = [
  ['MiniMax Token Plan (sk-cp-)', withPrefix('sk-cp-', run(BASE64URL, 60, 120))],
  ['MiniMax pay-as-you-go (sk-api-)', withPrefix('sk-api-', run(BASE64URL, 60, 120))],
  ['MiniMax legacy JWT (eyJ…)', jwt],
  ['OpenAI project key (sk-proj-)', withPrefix('sk-proj-', run(BASE64URL, 40, 160))],
  ['OpenAI legacy key (sk- + 48)', withPrefix('sk-', run(ALNUM, 48))],
  ['Anthropic (sk-ant-)', withPrefix('sk-ant-api03-', run(BASE64URL, 93), 'AA')],
  ['OpenRouter (sk-or-)', withPrefix('sk-or-v1-', run(HEX, 64))],
  ['DeepSeek (sk- + 32 hex)', withPrefix('sk-', run(HEX, 32))],
  ['Moonshot (sk- + 48)', withPrefix('sk-', run(ALNUM, 48))],
  ['Gemini (AIza + 35)', withPrefix('AIza', run(BASE64URL, 35))],
];

/** What may stand right before or after a key in a message, log line, JSON body or URL. */
const SEPARATORS = [
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  '`',
  '=',
  ':',
  ',',
  ';',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '/',
  '|',
  '&',
  '?',
  '#',
];

/** Any text, unicode included, that ends or starts at a separator, never glued to the key. */
const around = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...SEPARATORS));

/** `key` hidden in random text: before, a separator, the key, a separator, after. */
export function embedded(key: fc.Arbitrary<string>): fc.Arbitrary<{ key: string; text: string }> {
  return fc.tuple(around, key, around).map(([[before, open], secret, [after, close]]) => ({
    key: secret,
    text: `${before}${open}${secret}${close}${after}`,
  }));
}

/** `key` glued to random text on both sides: only a registered key can be found there. */
export function glued(key: fc.Arbitrary<string>): fc.Arbitrary<{ key: string; text: string }> {
  const text = fc.string({ unit: 'grapheme', maxLength: 80 });
  return fc.tuple(text, key, text).map(([before, secret, after]) => ({
    key: secret,
    text: `${before}${secret}${after}`,
  }));
}

/** The pieces of `key` still in `output`: the key, or any twelve characters of it in a row. */
export function leaksOf(output: string, key: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start + 12 <= key.length; start++) {
    const piece = key.slice(start, start + 12);
    if (output.includes(piece)) pieces.push(piece);
  }
  return pieces;
}
