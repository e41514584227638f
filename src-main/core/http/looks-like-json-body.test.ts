import { describe, expect, it } from 'vitest';
import { looksLikeJsonBody } from './looks-like-json-body.ts';
import { peekBody } from './peek-body.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield bytes(part);
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

describe('peekBody', () => {
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
