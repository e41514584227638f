// The fast read of text and thinking delta frames against JSON.parse: it takes the real frames, and
// whatever it returns for any data (generated deltas, mutated frames) is what JSON.parse reads there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../linear-time-test-support.ts';
import { type HotDelta, readHotDelta } from './anthropic-hot-delta.ts';
import { createAnthropicMessagesDecoder } from './anthropic-messages.ts';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures/anthropic');
const FIXTURE_FILES = [
  'stream-text-02.sse',
  'stream-thinking-signature-01.sse',
  'stream-redacted-thinking-03.sse',
];

/** Every frame's data in a recorded transcript. */
function fixtureData(file: string): string[] {
  const data: string[] = [];
  const parser = createParser({ onEvent: (event) => data.push(event.data) });
  parser.feed(readFileSync(join(FIXTURES, file), 'utf8'));
  return data;
}

/**
 * What JSON.parse finds in the data, read as the Anthropic decoder reads a delta: null when it is not
 * JSON, or not a text or thinking content_block_delta.
 */
function parsedDelta(data: string): HotDelta | null {
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    return null;
  }
  const { type, index, delta } = (frame ?? {}) as { type?: unknown; index?: unknown; delta?: unknown };
  if (type !== 'content_block_delta') return null;
  const fields = (delta && typeof delta === 'object' ? delta : {}) as Record<string, unknown>;
  const kind = fields.type === 'text_delta' ? 'text' : fields.type === 'thinking_delta' ? 'thinking' : null;
  if (!kind) return null;
  const text = fields[kind];
  return { kind, index: Number(index), text: typeof text === 'string' ? text : '' };
}

/** A character as a JSON string literal may hold it: raw where allowed, escaped the short or the \u way. */
function spell(character: string, way: number): string {
  const code = character.charCodeAt(0);
  const unicode = `\\u${code.toString(16).padStart(4, '0')}`;
  const canonical = JSON.stringify(character).slice(1, -1);
  const rawAllowed = character !== '"' && character !== '\\' && code >= 0x20;
  if (way === 0 && rawAllowed) return character;
  return way === 1 ? canonical : unicode;
}

const character = fc.oneof(
  fc.constantFrom('"', '\\', '}', '{', '/', '\n', '\u0000', '\u2028', 'é', '"}}', 'text'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const deltaText = fc.array(character).map((pieces) => pieces.join(''));
const jsonSpace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r'), { maxLength: 12 }).map((s) => s.join(''));

/** A frame laid out as Anthropic sends it, with the text spelled any way JSON allows. */
const hotFrame = fc
  .record({
    kind: fc.constantFrom<HotDelta['kind']>('text', 'thinking'),
    index: fc.oneof(fc.nat({ max: 2 }), fc.nat({ max: 99_999 })),
    text: deltaText,
    ways: fc.array(fc.nat({ max: 2 }), { minLength: 64, maxLength: 64 }),
    inner: jsonSpace,
    outer: jsonSpace,
  })
  .map(({ kind, index, text, ways, inner, outer }) => {
    const literal = text
      .split('')
      .map((unit, at) => spell(unit, ways[at % ways.length] ?? 0))
      .join('');
    const data = `{"type":"content_block_delta","index":${index},"delta":{"type":"${kind}_delta","${kind}":"${literal}"}${inner}}${outer}`;
    return { data, expected: { kind, index, text } satisfies HotDelta };
  });

/** A frame changed the way a hostile or a future provider might: a piece inserted, or a piece cut out. */
const mutatedFrame = fc
  .record({
    frame: hotFrame,
    at: fc.nat(),
    cut: fc.nat({ max: 6 }),
    insert: fc.oneof(
      fc.constantFrom('"', '\\', '}', ' ', '0', '00', '-', '.5', 'e2', ',"x":1', '\u00a0', '\ufeff', '"}'),
      fc.string({ maxLength: 4 }),
    ),
  })
  .map(({ frame, at, cut, insert }) => {
    const position = at % (frame.data.length + 1);
    return frame.data.slice(0, position) + insert + frame.data.slice(position + cut);
  });

describe('readHotDelta', () => {
  it('reads every text and thinking delta of the recorded transcripts, as JSON.parse does', () => {
    let read = 0;
    for (const file of FIXTURE_FILES) {
      for (const data of fixtureData(file)) {
        const expected = parsedDelta(data);
        expect(readHotDelta(data), data).toEqual(expected);
        if (expected) read++;
      }
    }
    // Counted with grep: 1 text delta in stream-text-02, 109 thinking and text deltas (besides one
    // signature delta) in stream-thinking-signature-01, 15 text deltas in stream-redacted-thinking-03.
    expect(read).toBe(1 + 109 + 15);
  });

  it('reads a generated delta frame whatever its text and its spacing', () => {
    fc.assert(
      fc.property(hotFrame, ({ data, expected }) => {
        expect(readHotDelta(data)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('declines or agrees with JSON.parse on any frame changed from one', () => {
    fc.assert(
      fc.property(mutatedFrame, (data) => {
        const hot = readHotDelta(data);
        if (hot !== null) expect(hot).toEqual(parsedDelta(data));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    [
      'a leading zero in the index (not JSON)',
      '{"type":"content_block_delta","index":01,"delta":{"type":"text_delta","text":"a"}}',
    ],
    [
      'an index in quotes',
      '{"type":"content_block_delta","index":"0","delta":{"type":"text_delta","text":"a"}}',
    ],
    [
      'a negative index',
      '{"type":"content_block_delta","index":-1,"delta":{"type":"text_delta","text":"a"}}',
    ],
    [
      'an extra field after the text',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a","x":1}}',
    ],
    [
      'an extra field after the delta',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"},"type":"ping"}',
    ],
    [
      'fields in another order',
      '{"index":0,"type":"content_block_delta","delta":{"type":"text_delta","text":"a"}}',
    ],
    [
      'a thinking field in a text delta',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","thinking":"a"}}',
    ],
    [
      'a raw control character',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\u0001"}}',
    ],
    [
      'an escape JSON does not have',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\\x41"}}',
    ],
    [
      'an unclosed text',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\\"}}',
    ],
    [
      'a no-break space after the last brace',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}}\u00a0',
    ],
    [
      'a character after the last brace',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}}x',
    ],
    [
      'a missing last brace',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"} ',
    ],
    [
      'an index too long to read back exactly',
      '{"type":"content_block_delta","index":12345678901234567890,"delta":{"type":"text_delta","text":"a"}}',
    ],
  ])('declines %s', (_name, data) => {
    expect(readHotDelta(data)).toBeNull();
  });

  it('reads escapes, quotes and braces inside the text as JSON does', () => {
    const data = String.raw`{"type":"content_block_delta","index":3,"delta":{"type":"thinking_delta","thinking":"say \"}}\" \\ \ud83d\ude00 \n"}  }  `;
    expect(readHotDelta(data)).toEqual({ kind: 'thinking', index: 3, text: 'say "}}" \\ 😀 \n' });
  });

  it('takes time in proportion to the frame, however it is built', () => {
    const head = '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"';
    // A text that never closes: every character an escape.
    expectLinearTime((size) => head + '\\"'.repeat(size / 2), readHotDelta);
    // A text of escapes that does close, then JSON.parse of its literal.
    expectLinearTime((size) => `${head}${'\\u00e9'.repeat(size / 6)}"}}`, readHotDelta);
    // Padding after each brace, the last brace missing.
    expectLinearTime((size) => `${head}a"}${' '.repeat(size / 2)}}${' '.repeat(size / 2)}x`, readHotDelta);
  });
});

/**
 * Everything the decoder emits for the frames, push by push, then at the end. A leading space is JSON
 * whitespace the fast read never takes: with `fullParse`, every frame goes through JSON.parse.
 */
function decoded(frames: readonly string[], fullParse: boolean) {
  const decoder = createAnthropicMessagesDecoder();
  const pushed = frames.map((data) => decoder.push({ data: fullParse ? ` ${data}` : data }));
  return { pushed, ended: decoder.end() };
}

describe('the Anthropic decoder with the fast read', () => {
  it.each(FIXTURE_FILES)('emits for %s what it emits parsing every frame', (file) => {
    const frames = fixtureData(file);
    expect(decoded(frames, false)).toEqual(decoded(frames, true));
  });

  it('emits for generated streams what it emits parsing every frame (the replay included)', () => {
    const block = (index: number, kind: HotDelta['kind']) =>
      JSON.stringify({
        type: 'content_block_start',
        index,
        content_block: kind === 'text' ? { type: 'text', text: '' } : { type: 'thinking', thinking: '' },
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            hotFrame.map((frame) => frame.data),
            mutatedFrame,
          ),
          { maxLength: 20 },
        ),
        (deltas) => {
          const frames = [
            block(0, 'thinking'),
            block(1, 'text'),
            ...deltas,
            '{"type":"message_delta","delta":{"stop_reason":"end_turn"}}',
            '{"type":"message_stop"}',
          ];
          expect(decoded(frames, false)).toEqual(decoded(frames, true));
        },
      ),
      { numRuns: 500 },
    );
  });
});
