// The idle timer alone cannot end a stream that keeps sending something: keep-alive comments, empty
// frames or a slow drip. Two more limits bound it: time without a decoded event, and the whole request.
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { MAX_MODEL_CHANGES } from '../wires/answer-model.ts';
import { firstThenForever, runColumn, sse, textChunk } from './client-test-support.ts';

const fake = await fakeProviderForFile();

describe('stream limits', () => {
  it('keep-alive comments and empty frames do not count as events: the event limit ends the column', async () => {
    const emptyFrame = sse({ choices: [{ index: 0, delta: {} }] });
    fake.setHandler({ handle: firstThenForever(sse(textChunk('Hello')), `: ping\n\n${emptyFrame}`) });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 400, requestTimeoutMs: 60_000 },
    });
    expect(result.text).toBe('Hello');
    expect(result.finishReason).toBe('error');
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toMatch(/no answer for 400 ms/);
    expect(result.error?.message).toMatch(/keep-alive/);
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('a stream that keeps answering slowly is stopped by the whole-request limit, partial text kept', async () => {
    // 2,000 events 10 ms apart: about 20 s of steady output, far past the limit.
    fake.setHandler({
      body: sse(...Array.from({ length: 2000 }, (_, i) => textChunk(`${i} `))),
      chunkSize: 60,
      chunkDelayMs: 10,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 300, requestTimeoutMs: 600 },
    });
    expect(result.text.startsWith('0 1 ')).toBe(true);
    expect(result.text).not.toContain('1999 ');
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toMatch(/longer than 600 ms/);
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
  });

  it('a JSON answer dripped a byte at a time is bounded by the event limit', async () => {
    fake.setHandler({
      json: { choices: [{ index: 0, message: { content: 'x'.repeat(5000) }, finish_reason: 'stop' }] },
      chunkSize: 1,
      chunkDelayMs: 5,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 400, requestTimeoutMs: 60_000 },
    });
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toMatch(/no answer for 400 ms/);
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
  });

  it('a model id changing on every chunk is no progress: the event limit still ends the column', async () => {
    const flipping = (index: number) => ({ model: `model-${index % 2}`, choices: [{ index: 0, delta: {} }] });
    fake.setHandler({
      handle: firstThenForever(
        sse(textChunk('Hello')),
        sse(...Array.from({ length: 4 }, (_, i) => flipping(i))),
      ),
    });
    const { events, result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 400, requestTimeoutMs: 60_000 },
    });
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toMatch(/no answer for 400 ms/);
    // Changes are reported, but not without end.
    expect(events.filter((event) => event.type === 'model').length).toBeLessThanOrEqual(MAX_MODEL_CHANGES);
  });

  it('events arriving more often than the limit keep a stream alive to its end', async () => {
    fake.setHandler({
      body: sse(...Array.from({ length: 10 }, (_, i) => textChunk(`${i} `)), {
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
      }),
      splitAt: Array.from({ length: 10 }, (_, i) => (i + 1) * 60),
      chunkDelayMs: 100,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 300, requestTimeoutMs: 60_000 },
    });
    expect(result).toMatchObject({ text: '0 1 2 3 4 5 6 7 8 9 ', finishReason: 'stop', error: null });
  });

  it('a single frame larger than 16 MiB → protocol, the connection closed long before the frame ends', async () => {
    const FRAME = 200 * 1024 * 1024;
    const block = Buffer.alloc(1024 * 1024, 'a');
    let written = 0;
    fake.setHandler({
      handle: (_request, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(sse(textChunk('Hello')));
        res.write('data: {"choices":[{"index":0,"delta":{"content":"');
        const pump = () => {
          while (!res.destroyed && written < FRAME) {
            written += block.length;
            if (!res.write(block)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('"}}]}\n\n');
        };
        pump();
      },
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 5_000, eventTimeoutMs: 30_000 },
    });
    expect(result.text).toBe('Hello');
    expect(result.error?.kind).toBe('protocol');
    expect(result.error?.message).toContain('a stream frame larger than 16 MiB');
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
    // 16 MiB, plus what the socket buffers on both sides held when it closed.
    expect(written).toBeLessThan(48 * 1024 * 1024);
  });

  it("an error frame is the provider's last word: nothing after it is read or passed on", async () => {
    const failure = { error: { message: 'The server had an error.', type: 'server_error' } };
    fake.setHandler({
      body: sse(
        textChunk('Hello'),
        failure,
        textChunk(' spliced'),
        ...Array.from({ length: 1000 }, () => failure),
      ),
    });
    const { events, result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.text).toBe('Hello');
    expect(result.error?.kind).toBe('server');
    expect(events.filter((event) => event.type === 'error')).toHaveLength(1);
  });
});
