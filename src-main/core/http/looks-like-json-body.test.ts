import { describe, expect, it } from 'vitest';
import { firstSignificantByte, looksLikeJsonBody } from './looks-like-json-body.ts';
import { peekBody } from './peek-body.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? bytes(part) : part;
}

describe('looksLikeJsonBody', () => {
  it('detects a JSON error answering a streaming request (MiniMax: HTTP 200, application/json)', () => {
    const body = bytes(
      '{"id":"","choices":null,"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}}',
    );
    expect(looksLikeJsonBody('application/json', body)).toBe(true);
    expect(looksLikeJsonBody('application/json; charset=utf-8', bytes('\r\n  [1]'))).toBe(true);
  });

  it('lets the bytes win over a wrong content type', () => {
    expect(looksLikeJsonBody('text/event-stream', bytes('{"error":{"message":"x"}}'))).toBe(true);
    expect(looksLikeJsonBody('application/json', bytes('data: {"a":1}\n\n'))).toBe(false);
    expect(looksLikeJsonBody('', Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b))).toBe(true);
  });

  it('treats SSE bodies (data, event, comment lines) as not JSON', () => {
    expect(looksLikeJsonBody('text/event-stream', bytes('data: {"a":1}\n\n'))).toBe(false);
    expect(looksLikeJsonBody('text/event-stream', bytes(': OPENROUTER PROCESSING\n\n'))).toBe(false);
    expect(looksLikeJsonBody('text/event-stream', bytes('event: ping\n'))).toBe(false);
  });

  it('falls back to the content type when there are no significant bytes yet', () => {
    expect(looksLikeJsonBody('application/problem+json', new Uint8Array())).toBe(true);
    expect(looksLikeJsonBody('text/event-stream', bytes('  \n'))).toBe(false);
  });
});

describe('firstSignificantByte', () => {
  const BOM = '\ufeff';
  it('skips blank space and byte-order marks wherever they come in the leading run', () => {
    expect(firstSignificantByte(bytes(`${BOM}{`))).toBe(0x7b);
    expect(firstSignificantByte(bytes(`\n\n  \r\n${BOM}<!doctype html>`))).toBe(0x3c);
    expect(firstSignificantByte(bytes(` ${BOM}\t${BOM}[`))).toBe(0x5b);
    expect(firstSignificantByte(bytes(` \n${BOM}`))).toBeUndefined();
  });

  it('does not mistake other text for a byte-order mark', () => {
    // U+FEFE and U+EFBF start like a BOM; "¿" (C2 BF) ends like one.
    expect(firstSignificantByte(bytes(' \ufefe'))).toBe(0xef);
    expect(firstSignificantByte(bytes('\uefbf'))).toBe(0xee);
    expect(firstSignificantByte(bytes('¿'))).toBe(0xc2);
    expect(firstSignificantByte(Uint8Array.of(0x20, 0xef, 0xbb))).toBe(0xef);
  });
});

describe('peekBody', () => {
  it('stops where firstSignificantByte finds something, also past a BOM in a later chunk', async () => {
    // A blank chunk, then a BOM and a captive portal's page (/tmp/rv t8, html-as-sse).
    const portal = await peekBody(chunks('\n\n  \r\n', '\ufeff<!doctype html><p>portal', '<p>more'));
    expect(firstSignificantByte(portal.head)).toBe(0x3c);
    expect(new TextDecoder().decode(portal.head)).toBe('\n\n  \r\n\ufeff<!doctype html><p>portal');
    // A BOM split over two chunks, then JSON in a third.
    const split = await peekBody(
      chunks(Uint8Array.of(0x20, 0xef), Uint8Array.of(0xbb), Uint8Array.of(0xbf), '{}'),
    );
    expect(firstSignificantByte(split.head)).toBe(0x7b);
  });

  it('holds back at most 64 KiB of leading blank space before giving up the peek', async () => {
    const blank = ' '.repeat(16 * 1024);
    let read = 0;
    async function* fourMiBOfBlank(): AsyncGenerator<Uint8Array> {
      for (; read < 256; read++) yield bytes(blank);
      yield bytes('{}');
    }
    const peeked = await peekBody(fourMiBOfBlank());
    expect(peeked.head.length).toBeLessThanOrEqual(80 * 1024);
    expect(firstSignificantByte(peeked.head)).toBeUndefined();
    expect(read).toBeLessThanOrEqual(5);
  });

  it('reads up to the first significant byte and replays the whole body', async () => {
    const peeked = await peekBody(chunks('\n', ' ', '{"a"', ':1}'));
    expect(new TextDecoder().decode(peeked.head)).toBe('\n {"a"');
    let text = '';
    for await (const chunk of peeked.body) text += new TextDecoder().decode(chunk);
    expect(text).toBe('\n {"a":1}');
  });

  it('handles an empty body, and forwards return() to the source', async () => {
    const empty = await peekBody(chunks());
    expect(empty.head).toHaveLength(0);
    for await (const _ of empty.body) throw new Error('no chunks expected');
    let returned = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield bytes('data: 1\n\n');
        yield bytes('data: 2\n\n');
      } finally {
        returned = true;
      }
    }
    const peeked = await peekBody(source());
    for await (const _ of peeked.body) break;
    expect(returned).toBe(true);
  });
});
