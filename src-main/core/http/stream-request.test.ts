import type { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { createAgent } from './agent.ts';
import { arenaErrorOf } from './http-test-support.ts';
import { formatDuration, openStream, readBodyText, type StreamResponse } from './stream-request.ts';

let fake: FakeProvider;
let agent: Agent;

beforeAll(() => {
  agent = createAgent({ connectTimeoutMs: 2_000 });
});
afterAll(async () => {
  await agent.close();
});
beforeEach(async () => {
  fake = await startFakeProvider();
});
afterEach(async () => {
  await fake.close();
});

const open = (path: string, extra: Partial<Parameters<typeof openStream>[0]> = {}) =>
  openStream({ url: `${fake.url}${path}`, json: { stream: true }, dispatcher: agent, ...extra });

/** Reads the body until it ends or fails; returns what arrived and the failure. */
async function drain(response: StreamResponse): Promise<{ text: string; error?: ArenaError }> {
  const decoder = new TextDecoder();
  let text = '';
  try {
    for await (const chunk of response.body) text += decoder.decode(chunk, { stream: true });
    return { text };
  } catch (error) {
    expect(error).toBeInstanceOf(ArenaErrorException);
    return { text, error: (error as ArenaErrorException).error };
  }
}

const SSE = 'data: {"n":1}\n\ndata: {"n":2}\n\ndata: [DONE]\n\n';

describe('openStream', () => {
  it('POSTs JSON with the given headers and streams the body after the headers', async () => {
    fake.enqueue({ path: '/v1/chat/completions', body: SSE, randomPieces: { count: 5, seed: 3 } });
    const response = await open('/v1/chat/completions?beta=1', { headers: { Authorization: 'Bearer k' } });
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['content-type']).toBe(response.contentType);
    expect(response.origin).toBe(fake.url);
    expect(await drain(response)).toEqual({ text: SSE });
    const [recorded] = fake.requests;
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions?beta=1',
      json: { stream: true },
    });
    expect(recorded!.headers['content-type']).toBe('application/json');
    expect(recorded!.headers.authorization).toBe('Bearer k');
  });

  it('uses GET without a body, and keeps the connection alive between requests', async () => {
    fake.setHandler({ json: { data: [] } });
    for (let i = 0; i < 4; i++) {
      const response = await openStream({ url: `${fake.url}/v1/models`, dispatcher: agent });
      expect(await readBodyText(response)).toBe('{"data":[]}');
    }
    expect(fake.requests.map((recorded) => recorded.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
    expect(new Set(fake.requests.map((recorded) => recorded.remotePort)).size).toBeLessThan(4);
  });

  it('resolves on an error status with the body readable', async () => {
    const error = { type: 'error', error: { type: 'authorized_error', message: 'invalid api key (2049)' } };
    fake.enqueue({ status: 401, json: error, headers: { 'retry-after': '3' } });
    const response = await open('/v1/chat/completions');
    expect(response.status).toBe(401);
    expect(response.contentType).toBe('application/json');
    expect(response.headers['retry-after']).toBe('3');
    expect(JSON.parse(await readBodyText(response))).toEqual(error);
  });

  it('times out when the provider stalls mid-body, keeping what arrived, and closes the socket', async () => {
    fake.enqueue({ body: SSE, stallAfterBytes: 15 });
    const response = await open('/', { idleTimeoutMs: 200 });
    const { text, error } = await drain(response);
    expect(text).toBe('data: {"n":1}\n\n');
    expect(error?.kind).toBe('timeout');
    expect(error?.message).toContain('stopped sending');
    expect(error?.message).toContain('200 ms');
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
  });

  it('times out when the headers never come, and closes the socket', async () => {
    fake.enqueue({ stallBeforeHeaders: true });
    const error = await arenaErrorOf(open('/', { headersTimeoutMs: 200 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('no response within 200 ms');
    await fake.requests[0]!.socketClose;
  });

  it('maps a disconnect mid-body to network, after delivering the bytes received before it', async () => {
    fake.enqueue({ body: SSE, dropAfterBytes: 20, splitAt: [15] });
    const { text, error } = await drain(await open('/'));
    expect(text).toBe('data: {"n":1}\n\ndata:');
    expect(error?.kind).toBe('network');
    expect(error?.message).toContain('closed before the response finished');
    expect(error?.message).toContain('Check your connection');
  });

  it('maps a connection dropped before the headers to network', async () => {
    fake.enqueue({ dropBeforeHeaders: true });
    const error = await arenaErrorOf(open('/'));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('closed before a response arrived');
  });

  it('cancels mid-stream: cancelled, and the server sees the socket close', async () => {
    fake.enqueue({ body: SSE, stallAfterBytes: 15 });
    const controller = new AbortController();
    const response = await open('/', { signal: controller.signal, idleTimeoutMs: 0 });
    const iterator = response.body[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(new TextDecoder().decode(first.value)).toBe('data: {"n":1}\n\n');
    const pending = iterator.next();
    controller.abort();
    expect(await arenaErrorOf(pending)).toEqual({ kind: 'cancelled', message: 'Cancelled.' });
    const [recorded] = fake.requests;
    await recorded!.socketClose;
    await recorded!.responseClosed;
    expect(recorded!.clientAborted).toBe(true);
  });

  it('cancels while waiting for headers, closing the socket', async () => {
    fake.enqueue({ stallBeforeHeaders: true });
    const controller = new AbortController();
    const opening = open('/', { signal: controller.signal });
    await fake.waitForRequests(1);
    controller.abort();
    expect((await arenaErrorOf(opening)).kind).toBe('cancelled');
    await fake.requests[0]!.socketClose;
  });

  it('does not send anything when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await arenaErrorOf(open('/', { signal: controller.signal }))).kind).toBe('cancelled');
    expect(fake.requests).toEqual([]);
  });

  it('closes the socket when the reader stops early (break) or discards the body', async () => {
    fake.enqueue({ body: SSE, stallAfterBytes: 15 }, { body: SSE, stallAfterBytes: 15 });
    const response = await open('/');
    for await (const _chunk of response.body) break;
    await fake.requests[0]!.socketClose;
    const other = await open('/');
    other.discard();
    other.discard();
    await fake.requests[1]!.socketClose;
    expect(fake.requests.every((recorded) => recorded.clientAborted)).toBe(true);
  });

  it('stops at maxBodyBytes with a protocol error, and readBodyText has its own cap', async () => {
    fake.enqueue({ body: SSE, chunkSize: 8 });
    const { text, error } = await drain(await open('/', { maxBodyBytes: 20 }));
    // Writes may coalesce on the wire: whatever was yielded is a prefix of at most the cap.
    expect(SSE.startsWith(text)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(20);
    expect(error?.kind).toBe('protocol');
    expect(error?.message).toContain('larger than 20 bytes');
    fake.enqueue({ json: { big: 'x'.repeat(100) } });
    const capped = await arenaErrorOf(readBodyText(await open('/'), 50));
    expect(capped.kind).toBe('protocol');
  });

  it('stops any body at 64 MiB by default: ample for the longest answers, bounded for 16 columns', async () => {
    fake.enqueue({ body: Buffer.alloc(65 * 1024 * 1024, 'a'), chunkSize: 1024 * 1024 });
    const response = await open('/');
    let received = 0;
    const failure = await (async () => {
      for await (const chunk of response.body) received += chunk.length;
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArenaErrorException);
    expect((failure as ArenaErrorException).error.message).toContain('larger than 64 MiB');
    expect(received).toBeLessThanOrEqual(64 * 1024 * 1024);
  });

  it('maps a refused connection to network with a hint about the base URL', async () => {
    const url = fake.url;
    await fake.close();
    const error = await arenaErrorOf(openStream({ url, dispatcher: agent }));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('refused');
    expect(error.message).toContain('base URL');
    expect(error.message).toContain(url);
  });

  it('never puts the path or query (which may carry a key) in messages', async () => {
    fake.enqueue({ dropBeforeHeaders: true });
    const error = await arenaErrorOf(open('/v1/models?key=secret-key'));
    expect(error.message).not.toContain('secret-key');
  });
});

describe('formatDuration', () => {
  it('says ms below a second and s above', () => {
    expect(formatDuration(200)).toBe('200 ms');
    expect(formatDuration(60_000)).toBe('60 s');
    expect(formatDuration(1_500)).toBe('1.5 s');
  });

  it('says min for whole minutes from two minutes up', () => {
    expect(formatDuration(600_000)).toBe('10 min');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(90_000)).toBe('90 s');
  });
});

describe('discard', () => {
  it('closes an unread body without an unhandled error', async () => {
    const server = await startFakeProvider();
    try {
      server.enqueue({ status: 500, body: 'oops' });
      const uncaught: unknown[] = [];
      const onUncaught = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', onUncaught);
      const response = await openStream({ url: `${server.url}/x` });
      response.discard();
      // A destroyed stream emits its error and close on the next tick: one turn later both have run.
      await new Promise((resolve) => setImmediate(resolve));
      process.off('uncaughtException', onUncaught);
      expect(uncaught).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
