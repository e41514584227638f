// Most frames of an Anthropic stream are text or thinking deltas, all laid out the same way:
//   {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}
// (real frames end with padding spaces before and after the last brace). Such a frame is read here
// without JSON.parse building its objects: one linear scan, and JSON.parse only for the text's string
// literal when it holds an escape. Anything laid out otherwise is declined, for the full decoder.

/** What a text or thinking delta frame says, exactly as the full decoder reads it. */
export interface HotDelta {
  kind: 'text' | 'thinking';
  index: number;
  text: string;
}

const HEAD = '{"type":"content_block_delta","index":';
const DELTA_TYPE = ',"delta":{"type":"';
const TEXT_FIELDS = 'text_delta","text":"';
const THINKING_FIELDS = 'thinking_delta","thinking":"';
/** Past this many digits an index may not read back exactly as a number: left to JSON.parse. */
const MAX_INDEX_DIGITS = 9;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const FIRST_NON_CONTROL = 0x20;

/** JSON's own whitespace, no more (JSON.parse rejects a no-break space or a BOM between tokens). */
const isJsonSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** The position after the JSON whitespace from `at` on. */
function skipSpace(data: string, at: number): number {
  let position = at;
  while (position < data.length && isJsonSpace(data.charCodeAt(position))) position++;
  return position;
}

/** The end of the index's digits from `at`, or -1 when they are not a plain JSON integer we take. */
function indexEnd(data: string, at: number): number {
  let position = at;
  while (position < data.length) {
    const code = data.charCodeAt(position);
    if (code < DIGIT_0 || code > DIGIT_9) break;
    position++;
  }
  const digits = position - at;
  // JSON has no leading zeros ("01" is not JSON): declined, so the full decoder reports the frame.
  if (digits === 0 || digits > MAX_INDEX_DIGITS || (digits > 1 && data.charCodeAt(at) === DIGIT_0)) return -1;
  return position;
}

/**
 * The position of the quote closing the string that starts at `at`, or -1 when it is not closed. With
 * no backslash before it, that is the first quote (found natively: the usual case); else a scan.
 */
function stringEnd(data: string, at: number): number {
  const quote = data.indexOf('"', at);
  if (quote < 0) return -1;
  const backslash = data.indexOf('\\', at);
  if (backslash < 0 || backslash > quote) return quote;
  let position = backslash;
  while (position < data.length) {
    const code = data.charCodeAt(position);
    if (code === QUOTE) return position;
    // The escaped character cannot close the string; what the escape means is JSON.parse's to say.
    position += code === BACKSLASH ? 2 : 1;
  }
  return -1;
}

/** True when the text holds a character JSON allows only escaped (JSON.parse would refuse the frame). */
function hasControlCharacter(text: string): boolean {
  for (let position = 0; position < text.length; position++) {
    if (text.charCodeAt(position) < FIRST_NON_CONTROL) return true;
  }
  return false;
}

/** True when only `}`, whitespace, `}` and whitespace follow `at`: the delta's and the frame's ends. */
function closesBoth(data: string, at: number): boolean {
  if (data.charCodeAt(at) !== CLOSE_BRACE) return false;
  const outer = skipSpace(data, at + 1);
  if (data.charCodeAt(outer) !== CLOSE_BRACE) return false;
  return skipSpace(data, outer + 1) === data.length;
}

/**
 * The delta a frame's data holds when it is laid out exactly as above (any JSON whitespace after the
 * text's closing quote and after each closing brace), else null: the frame is then for JSON.parse.
 * Whatever it returns is what JSON.parse and the full decoder would read from the same data.
 */
export function readHotDelta(data: string): HotDelta | null {
  if (!data.startsWith(HEAD)) return null;
  const digitsEnd = indexEnd(data, HEAD.length);
  if (digitsEnd < 0 || !data.startsWith(DELTA_TYPE, digitsEnd)) return null;
  const fieldsAt = digitsEnd + DELTA_TYPE.length;
  let kind: HotDelta['kind'];
  let textAt: number;
  if (data.startsWith(TEXT_FIELDS, fieldsAt)) {
    kind = 'text';
    textAt = fieldsAt + TEXT_FIELDS.length;
  } else if (data.startsWith(THINKING_FIELDS, fieldsAt)) {
    kind = 'thinking';
    textAt = fieldsAt + THINKING_FIELDS.length;
  } else {
    return null;
  }
  const closingQuote = stringEnd(data, textAt);
  if (closingQuote < 0 || !closesBoth(data, closingQuote + 1)) return null;
  const raw = data.slice(textAt, closingQuote);
  // An escape, or a raw control character, is JSON.parse's to judge (it refuses the latter).
  const text = raw.includes('\\') || hasControlCharacter(raw) ? parseStringLiteral(`"${raw}"`) : raw;
  if (text === null) return null;
  return { kind, index: Number(data.slice(HEAD.length, digitsEnd)), text };
}

/** A JSON string literal's value, or null when an escape in it is not JSON (the full decoder reports it). */
function parseStringLiteral(literal: string): string | null {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return null;
  }
}
