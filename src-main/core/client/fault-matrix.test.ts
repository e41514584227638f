// Every way a provider can fail, against the fake provider server: the right error kind, the
// right retries, partial text kept, sockets closed.
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { CANARY_KEY, runColumn, sse, textChunk } from './client-test-support.ts';

const fake = await fakeProviderForFile();

const minimaxError = (type: string, message: string, httpCode: string) => ({
  type: 'error',
  error: { type, message, http_code: httpCode },
  request_id: 'req-1',
});
const OK_STREAM = sse(textChunk('Hello'), textChunk(' there'), {
  choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
  usage: { prompt_tokens: 5, completion_tokens: 2 },
});

describe('fault matrix', () => {
  it('401 → auth, not retried, and the message never holds the key', async () => {
    fake.enqueue({
      status: 401,
      json: { error: { message: `Incorrect API key provided: ${CANARY_KEY}`, code: 'invalid_api_key' } },
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.error).toMatchObject({ kind: 'auth', httpStatus: 401 });
    expect(result.error?.message).not.toContain(CANARY_KEY);
    expect(result.finishReason).toBe('error');
    expect(fake.requests).toHaveLength(1);
  });

  it('MiniMax 1008 inside HTTP 200 (base_resp) → insufficient_balance', async () => {
    fake.enqueue({
      json: { choices: null, base_resp: { status_code: 1008, status_msg: 'insufficient balance' } },
    });
    const { result } = await runColumn('minimax', fake.url);
    expect(result.error).toMatchObject({ kind: 'insufficient_balance', providerCode: 1008 });
    expect(fake.requests).toHaveLength(1);
  });

  it('MiniMax 1008 as HTTP 500 → insufficient_balance, not retried as a server error', async () => {
    fake.enqueue({ status: 500, json: minimaxError('api_error', 'insufficient balance (1008)', '500') });
    const { result } = await runColumn('minimax', fake.url);
    expect(result.error).toMatchObject({ kind: 'insufficient_balance', providerCode: 1008, httpStatus: 500 });
    expect(fake.requests).toHaveLength(1);
  });

  it('MiniMax 2061 → plan_excludes_model with the highspeed remedy', async () => {
    fake.enqueue({
      json: { base_resp: { status_code: 2061, status_msg: 'your plan does not support this model' } },
    });
    const { result } = await runColumn('minimax', fake.url, { model: 'MiniMax-M2.7-highspeed' });
    expect(result.error).toMatchObject({ kind: 'plan_excludes_model', providerCode: 2061 });
    expect(result.error?.message).toContain('use MiniMax-M2.7 or a pay-as-you-go key');
  });

  it('MiniMax 2056 inside the stream → quota_exhausted, partial text kept', async () => {
    fake.enqueue({
      body: sse(textChunk('Partial answer'), {
        base_resp: { status_code: 2056, status_msg: 'usage limit exceeded' },
      }),
    });
    const { result } = await runColumn('minimax', fake.url);
    expect(result.text).toBe('Partial answer');
    expect(result.error).toMatchObject({ kind: 'quota_exhausted', providerCode: 2056 });
    expect(result.finishReason).toBe('error');
  });

  it('429 with retry-after-ms (which wins over retry-after) is retried after that delay, then succeeds', async () => {
    // OpenAI sends both; the millisecond header is the precise one, and keeps this test to milliseconds.
    fake.enqueue(
      {
        status: 429,
        headers: { 'retry-after': '1', 'retry-after-ms': '40' },
        json: { error: { message: 'slow down', code: 'rate_limit_exceeded' } },
      },
      { body: OK_STREAM },
    );
    const delays: (number | null)[] = [];
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { onRetry: (_column, _error, delayMs) => delays.push(delayMs) },
    });
    expect(result).toMatchObject({ text: 'Hello there', error: null, finishReason: 'stop' });
    expect(delays).toEqual([40]);
    expect(fake.requests).toHaveLength(2);
    const waited = fake.requests[1]!.receivedAt - fake.requests[0]!.receivedAt;
    // A timer may fire up to a millisecond early on the loop's cached clock.
    expect(waited).toBeGreaterThanOrEqual(39);
  });

  it('529 overloaded is retried up to 3 attempts, then reported', async () => {
    const overloaded = {
      status: 529,
      json: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    };
    fake.enqueue(overloaded, overloaded, overloaded);
    const { result } = await runColumn('anthropic', fake.url);
    expect(result.error).toMatchObject({ kind: 'overloaded', httpStatus: 529 });
    expect(fake.requests).toHaveLength(3);
  });

  it('two 503s then success → the answer, after three requests', async () => {
    fake.enqueue(
      { status: 503, body: 'unavailable' },
      { status: 503, body: 'unavailable' },
      { body: OK_STREAM },
    );
    const { result } = await runColumn('deepseek', fake.url);
    expect(result).toMatchObject({
      text: 'Hello there',
      error: null,
      usage: { inputTokens: 5, outputTokens: 2 },
    });
    expect(fake.requests).toHaveLength(3);
  });

  it('a stall after the first token → timeout, partial text kept, not retried', async () => {
    const body = sse(textChunk('Half'), textChunk(' more'));
    fake.enqueue({ body, stallAfterBytes: Buffer.byteLength(sse(textChunk('Half'))) });
    const { result } = await runColumn('openai', `${fake.url}/v1`, { deps: { idleTimeoutMs: 200 } });
    expect(result.text).toBe('Half');
    expect(result.error).toMatchObject({ kind: 'timeout' });
    expect(fake.requests).toHaveLength(1);
  });

  it('a disconnect mid-stream → network, partial text kept', async () => {
    const body = sse(textChunk('Kept'), textChunk(' lost'));
    fake.enqueue({ body, dropAfterBytes: Buffer.byteLength(sse(textChunk('Kept'))) + 5 });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.text).toBe('Kept');
    expect(result.error).toMatchObject({ kind: 'network' });
    expect(result.finishReason).toBe('error');
  });

  it('a malformed frame → protocol; what came before is kept and nothing after it is spliced in', async () => {
    fake.enqueue({
      body: `${sse(textChunk('Fine'))}data: {"choices": [ {oops\n\n${sse(textChunk(' spliced'))}`,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.text).toBe('Fine');
    expect(result.error).toMatchObject({ kind: 'protocol' });
    expect(result.finishReason).toBe('error');
  });

  it('a malformed frame → nothing after it is spliced in, not even a last frame the end of the body completes', async () => {
    // No blank line after the last frame: only the end of the body completes it.
    const unterminated = sse(textChunk(' spliced')).trimEnd();
    fake.enqueue({ body: `${sse(textChunk('Fine'))}data: {"choices": [ {oops\n\n${unterminated}` });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.text).toBe('Fine');
    expect(result.error).toMatchObject({ kind: 'protocol' });
  });

  it('cancel mid-stream → cancelled, partial text kept, and the socket is closed', async () => {
    // Two chunks, then the stream stays open: the cancel, on the first text, comes mid-stream.
    fake.enqueue({
      body: sse(...Array.from({ length: 50 }, (_, i) => textChunk(`t${i} `))),
      stallAfterBytes: Buffer.byteLength(sse(textChunk('t0 '), textChunk('t1 '))),
    });
    const controller = new AbortController();
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      signal: controller.signal,
      deps: { idleTimeoutMs: 60_000 },
      onEvent: (event) => {
        if (event.type === 'text') controller.abort();
      },
    });
    expect(result.error).toMatchObject({ kind: 'cancelled' });
    expect(result.finishReason).toBe('cancelled');
    expect(result.text.startsWith('t0 ')).toBe(true);
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.socketClosed).toBe(true);
  });

  it('a JSON error body with HTTP 200 on a streaming request is decoded, not treated as a broken stream', async () => {
    fake.enqueue({ json: minimaxError('authorized_error', 'login fail: invalid api key (1004)', '401') });
    const { result } = await runColumn('minimax', fake.url);
    expect(result.error).toMatchObject({ kind: 'auth', providerCode: 1004 });
  });

  it('a key echoed in an error message is scrubbed before the message is shortened', async () => {
    const key = 'unshapedkey0123456789abcdefghij';
    // The message is cut at 300 characters; put the key across that cut.
    const message = `${'x'.repeat(280)} key ${key} supplied`;
    fake.enqueue({ status: 401, json: { error: { message, type: 'invalid_request_error' } } });
    fake.enqueue({ status: 400, body: `${'y'.repeat(185)} key=${key}` });
    for (let i = 0; i < 2; i++) {
      const { result } = await runColumn('openai', `${fake.url}/v1`, {
        deps: { keys: { keyFor: () => key } },
      });
      expect(result.error).toMatchObject({
        httpStatus: i === 0 ? 401 : 400,
        message: expect.stringContaining('OpenAI'),
      });
      expect(result.error?.message).not.toContain(key.slice(0, 8));
    }
  });

  it('a JSON answer larger than 16 MiB → protocol, read no further, and the connection closed', async () => {
    const content = 'x'.repeat(17 * 1024 * 1024);
    fake.enqueue({
      json: { choices: [{ index: 0, message: { content }, finish_reason: 'stop' }] },
      chunkSize: 65536,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.text).toBe('');
    expect(result.error).toMatchObject({ kind: 'protocol' });
    expect(result.error?.message).toContain('larger than 16 MiB');
    await fake.requests[0]!.socketClose;
    expect(fake.requests).toHaveLength(1);
  });
});
