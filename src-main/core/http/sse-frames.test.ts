import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { createAgent } from './agent.ts';
import { sseFrames } from './http-test-support.ts';
import type { SseFrame, SseFramesOptions } from './sse-frames.ts';
import { openStream } from './stream-request.ts';

const encoder = new TextEncoder();

async function* chunks(...parts: Array<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? encoder.encode(part) : part;
}

/** Every byte its own chunk: the harshest split. */
async function* bytewise(text: string): AsyncGenerator<Uint8Array> {
  for (const byte of encoder.encode(text)) yield Uint8Array.of(byte);
}

async function collect(
  body: AsyncIterable<Uint8Array>,
  onComment?: (comment: string) => void,
): Promise<SseFrame[]> {
  return collectWith(body, { onComment });
}

async function collectWith(body: AsyncIterable<Uint8Array>, options: SseFramesOptions): Promise<SseFrame[]> {
  const frames: SseFrame[] = [];
  for await (const batch of sseFrames(body, options)) frames.push(...batch);
  return frames;
}

async function batchesOf(body: AsyncIterable<Uint8Array>): Promise<string[][]> {
  const batches: string[][] = [];
  for await (const batch of sseFrames(body)) batches.push(batch.map((frame) => frame.data));
  return batches;
}

describe('sseFrames', () => {
  it('yields data frames and named events, joining multi-line data', async () => {
    const text = 'event: message_start\ndata: {"a":1}\n\ndata: line 1\ndata: line 2\n\ndata: [DONE]\n\n';
    expect(await collect(chunks(text))).toEqual([
      { event: 'message_start', data: '{"a":1}' },
      { data: 'line 1\nline 2' },
      { data: '[DONE]' },
    ]);
  });

  it('yields the frames each chunk completes as one array, and no empty arrays', async () => {
    const batches = await batchesOf(
      chunks('data: 1\n\ndata: 2\n\ndata: 3', '\n\n: ping\n\n', 'data: 4\n\ndata: 5'),
    );
    expect(batches).toEqual([['1', '2'], ['3'], ['4'], ['5']]);
    expect(await batchesOf(chunks(': keep-alive\n\n', 'data: x\n\n'))).toEqual([['x']]);
  });

  it('handles CRLF line endings, including a CR and LF in different chunks', async () => {
    const frames = await collect(chunks('event: ping\r', '\ndata: {}\r\n\r', '\ndata: 2\r\n', '\r\n'));
    expect(frames).toEqual([{ event: 'ping', data: '{}' }, { data: '2' }]);
    expect(await collect(bytewise('data: a\r\n\r\ndata: b\r\n\r\n'))).toEqual([{ data: 'a' }, { data: 'b' }]);
  });

  it('skips comment lines (OpenRouter keep-alives) and reports them', async () => {
    const comments: string[] = [];
    const text = ': OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: {"x":1}\n\n';
    expect(await collect(chunks(text), (comment) => comments.push(comment))).toEqual([{ data: '{"x":1}' }]);
    expect(comments).toEqual(['OPENROUTER PROCESSING', 'OPENROUTER PROCESSING']);
  });

  it('flushes a last event that has no final blank line, or no final newline at all', async () => {
    expect(await collect(chunks('data: 1\n\ndata: {"usage":2}\n'))).toEqual([
      { data: '1' },
      { data: '{"usage":2}' },
    ]);
    expect(await collect(chunks('data: 1\n\ndata: {"usage":2}'))).toEqual([
      { data: '1' },
      { data: '{"usage":2}' },
    ]);
    expect(await collect(chunks('event: done\r\ndata: x\r'))).toEqual([{ event: 'done', data: 'x' }]);
  });

  it('ends with the body when there is no [DONE]', async () => {
    expect(await collect(chunks('data: {"choices":[]}\n\n'))).toEqual([{ data: '{"choices":[]}' }]);
    expect(await collect(chunks())).toEqual([]);
  });

  it('decodes a multibyte character split between chunks', async () => {
    const bytes = encoder.encode('data: {"t":"héllo 世界 🎉"}\n\n');
    const cut = bytes.indexOf(0xe4) + 1; // inside the first byte sequence of 世
    expect(await collect(chunks(bytes.subarray(0, cut), bytes.subarray(cut)))).toEqual([
      { data: '{"t":"héllo 世界 🎉"}' },
    ]);
    expect(await collect(bytewise('data: 🎉€\n\n'))).toEqual([{ data: '🎉€' }]);
  });

  it('strips a leading UTF-8 BOM', async () => {
    expect(await collect(chunks(Uint8Array.of(0xef, 0xbb), Uint8Array.of(0xbf), 'data: a\n\n'))).toEqual([
      { data: 'a' },
    ]);
  });

  it('yields the frames completed before a body failure, then throws it', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('data: 1\n\ndata: par');
      throw new Error('connection lost');
    }
    const frames: SseFrame[] = [];
    await expect(
      (async () => {
        for await (const batch of sseFrames(failing())) frames.push(...batch);
      })(),
    ).rejects.toThrow('connection lost');
    expect(frames).toEqual([{ data: '1' }]);
  });

  it('stops at a frame larger than 16 MiB, before reading it all, after yielding the frames before it', async () => {
    const block = encoder.encode('a'.repeat(64 * 1024));
    let pulled = 0;
    async function* hugeFrame(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('data: before\n\ndata: "');
      // 64 MiB announced; a reader that buffered the frame whole would pull every block.
      for (; pulled < 1024; pulled++) yield block;
      yield encoder.encode('"\n\n');
    }
    const frames: SseFrame[] = [];
    const failure = await (async () => {
      for await (const batch of sseFrames(hugeFrame())) frames.push(...batch);
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArenaErrorException);
    expect((failure as ArenaErrorException).error).toMatchObject({ kind: 'protocol' });
    expect((failure as ArenaErrorException).error.message).toContain('a stream frame larger than 16 MiB');
    expect(frames).toEqual([{ data: 'before' }]);
    expect(pulled * block.length).toBeLessThanOrEqual(16 * 1024 * 1024 + 2 * block.length);
  });

  it('counts a frame whole: its data lines, and a line still arriving', async () => {
    const limit = { maxFrameChars: 100 };
    const line = `data: ${'x'.repeat(40)}\n`;
    // Three 40-character lines in one frame pass 100 once joined.
    await expect(collectWith(chunks(line, line, line, '\n'), limit)).rejects.toThrow(/larger than 100 bytes/);
    // Two fit, and the limit starts over with each frame.
    expect(await collectWith(chunks(line, line, '\n', line, line, '\n'), limit)).toHaveLength(2);
    // One unterminated line arriving a piece at a time.
    await expect(
      collectWith(chunks('data: ', ...Array.from({ length: 30 }, () => 'yyyy')), limit),
    ).rejects.toThrow(/larger than 100 bytes/);
  });

  it('eventsource-parser 4: reset({ consume: true }) does not dispatch a trailing event (why sseFrames feeds "\\n\\n")', () => {
    const events: EventSourceMessage[] = [];
    const parser = createParser({ onEvent: (event) => events.push(event) });
    parser.feed('data: 1\n\ndata: last');
    parser.reset({ consume: true });
    expect(events.map((event) => event.data)).toEqual(['1']);
  });
});

describe('sseFrames over HTTP', () => {
  let fake: FakeProvider;
  beforeEach(async () => {
    fake = await startFakeProvider();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('decodes a CRLF stream with comments, cut into random pieces, without a final blank line', async () => {
    const body = ': OPENROUTER PROCESSING\r\n\r\ndata: {"t":"día 1"}\r\n\r\nevent: x\r\ndata: {"t":"🎉"}\r\n';
    const agent = createAgent();
    try {
      for (const seed of [1, 2, 3]) {
        fake.enqueue({ body, randomPieces: { count: 12, seed } });
        const response = await openStream({
          url: fake.url,
          json: {},
          dispatcher: agent,
          idleTimeoutMs: 2_000,
        });
        expect(await collect(response.body)).toEqual([
          { data: '{"t":"día 1"}' },
          { event: 'x', data: '{"t":"🎉"}' },
        ]);
      }
    } finally {
      await agent.close();
    }
  });
});
