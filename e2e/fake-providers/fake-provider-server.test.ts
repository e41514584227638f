import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentTypeFor, type FakeProvider, startFakeProvider } from './fake-provider-server.ts';

let fake: FakeProvider;
let agent: Agent;

beforeAll(() => {
  agent = new Agent();
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

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  request(`${fake.url}${path}`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** Sends one raw HTTP/1.1 request and returns the raw response text (for checking chunk framing). */
function rawRequest(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(fake.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    socket.write(`GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`);
  });
}

function chunkSizes(raw: string): number[] {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const sizes: number[] = [];
  let rest = body;
  while (rest.length > 0) {
    const lineEnd = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (size === 0) break;
    sizes.push(size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
  return sizes;
}

describe('fake provider server', () => {
  it('listens on loopback and records method, path with query, lowercased headers and the body', async () => {
    fake.enqueue({ status: 200, json: { ok: true } });
    const response = await post('/v1/chat/completions?x=1', { model: 'm' }, { Authorization: 'Bearer t' });
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(await response.body.json()).toEqual({ ok: true });
    const [recorded] = fake.requests;
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions?x=1',
      bodyText: '{"model":"m"}',
      json: { model: 'm' },
      clientAborted: false,
    });
    expect(recorded!.headers.authorization).toBe('Bearer t');
    expect(typeof recorded!.receivedAt).toBe('number');
  });

  it('answers queued routes in FIFO order, then standing routes, then a 404 fallback', async () => {
    fake.setHandler({ path: '/v1/chat/completions', status: 200, body: 'data: ok\n\n' });
    fake.enqueue(
      { path: '/v1/chat/completions', status: 503, headers: { 'Retry-After': '1' }, json: { error: 'busy' } },
      { method: 'GET', path: '/v1/models', status: 401, json: {} },
      { path: '/v1/chat/completions', status: 503, json: { error: 'busy' } },
    );
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await post('/v1/chat/completions', {});
      statuses.push(response.statusCode);
      if (i === 0) expect(response.headers['retry-after']).toBe('1');
      await response.body.text();
    }
    expect(statuses).toEqual([503, 503, 200]);
    const models = await request(`${fake.url}/v1/models`, { dispatcher: agent });
    expect(models.statusCode).toBe(401);
    await models.body.text();
    const other = await request(`${fake.url}/nowhere`, { dispatcher: agent });
    expect(other.statusCode).toBe(404);
    expect(await other.body.text()).toContain('nothing scripted for GET /nowhere');
    const times = fake.requests.map((recorded) => recorded.receivedAt);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('uses the latest standing route and matches RegExp paths against the query too', async () => {
    fake.setHandler({ status: 500 });
    fake.setHandler({ path: /\?stream=1$/, status: 201 });
    const a = await request(`${fake.url}/x?stream=1`, { dispatcher: agent });
    const b = await request(`${fake.url}/x`, { dispatcher: agent });
    expect([a.statusCode, b.statusCode]).toEqual([201, 500]);
    await Promise.all([a.body.text(), b.body.text()]);
  });

  it('replays a transcript file with its content type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-provider-'));
    const file = join(dir, 'stream.sse');
    writeFileSync(file, 'data: {"a":1}\n\ndata: [DONE]\n\n');
    fake.enqueue({ file, chunkSize: 5 });
    const response = await post('/v1/chat/completions', {});
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(await response.body.text()).toBe('data: {"a":1}\n\ndata: [DONE]\n\n');
  });

  it('writes the body in the scripted pieces (as seen in the chunked framing)', async () => {
    fake.enqueue({ body: 'abcdefghij', splitAt: [3, 7] });
    expect(chunkSizes(await rawRequest('/a'))).toEqual([3, 4, 3]);
    fake.enqueue({ body: 'abcdefghij', randomPieces: { count: 4, seed: 9 }, chunkDelayMs: 1 });
    const sizes = chunkSizes(await rawRequest('/b'));
    expect(sizes).toHaveLength(4);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('serves bytes verbatim, including a multibyte character split between writes', async () => {
    const bytes = new TextEncoder().encode('data: héllo €\n\n');
    fake.enqueue({ body: bytes, chunkSize: 1, headers: { 'content-type': 'text/plain' } });
    const response = await request(`${fake.url}/`, { dispatcher: agent });
    expect(response.headers['content-type']).toBe('text/plain');
    expect(new Uint8Array(await response.body.arrayBuffer())).toEqual(bytes);
  });

  it('stalls after K bytes, and records that the client closed the socket', async () => {
    fake.enqueue({ body: 'data: 1\n\ndata: 2\n\n', stallAfterBytes: 9 });
    const controller = new AbortController();
    const response = await request(`${fake.url}/`, { dispatcher: agent, signal: controller.signal });
    const received: string[] = [];
    const reading = (async () => {
      for await (const chunk of response.body) received.push(Buffer.from(chunk).toString());
    })();
    await expect.poll(() => received.join('')).toBe('data: 1\n\n');
    controller.abort();
    await expect(reading).rejects.toThrow();
    const [recorded] = fake.requests;
    await recorded!.socketClose;
    await recorded!.responseClosed;
    expect(recorded!.clientAborted).toBe(true);
    expect(recorded!.socketClosed).toBe(true);
  });

  it('drops the connection after K bytes, delivering those bytes first', async () => {
    fake.enqueue({ body: 'data: 1\n\ndata: 2\n\n', dropAfterBytes: 12, splitAt: [9] });
    const response = await request(`${fake.url}/`, { dispatcher: agent });
    const received: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of response.body) received.push(Buffer.from(chunk).toString());
      })(),
    ).rejects.toThrow();
    expect(received.join('')).toBe('data: 1\n\ndat');
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(false);
  });

  it('with contentLength, a drop is a short body', async () => {
    fake.enqueue({ body: 'abcdef', contentLength: true, dropAfterBytes: 2 });
    const response = await request(`${fake.url}/`, { dispatcher: agent });
    expect(response.headers['content-length']).toBe('6');
    await expect(response.body.text()).rejects.toThrow();
  });

  it('can drop or stall before sending headers', async () => {
    fake.enqueue({ dropBeforeHeaders: true });
    await expect(request(`${fake.url}/`, { dispatcher: agent })).rejects.toThrow();
    fake.enqueue({ stallBeforeHeaders: true });
    await expect(request(`${fake.url}/`, { dispatcher: agent, headersTimeout: 100 })).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
  });

  it('runs custom handlers and can wait for a number of requests', async () => {
    fake.setHandler({
      method: 'POST',
      handle: (recorded, res) => {
        res.writeHead(202, { 'content-type': 'text/plain' });
        res.end(`echo ${recorded.bodyText}`);
      },
    });
    const waiting = fake.waitForRequests(2);
    const [a, b] = await Promise.all([post('/one', 1), post('/two', 2)]);
    expect(await a.body.text()).toBe('echo 1');
    expect(b.statusCode).toBe(202);
    await b.body.text();
    expect((await waiting).map((recorded) => recorded.path).sort()).toEqual(['/one', '/two']);
  });

  it('close() ends stalled connections; reset() forgets routes and requests', async () => {
    fake.enqueue({ body: 'data: 1\n\n', stallAfterBytes: 3 });
    fake.setHandler({ status: 204 });
    const response = await request(`${fake.url}/`, { dispatcher: agent });
    const reading = response.body.text();
    await fake.waitForRequests(1);
    fake.reset();
    expect(fake.requests).toEqual([]);
    await fake.close();
    await expect(reading).rejects.toThrow();
  });

  it('serves many requests over one kept-alive connection without a listener per request', async () => {
    // Node warns (MaxListenersExceededWarning) once one emitter holds more than 10 listeners of one event.
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      fake.setHandler({ body: 'data: {}\n\n' });
      const oneConnection = new Agent({ connections: 1 });
      for (let i = 0; i < 25; i++) {
        const response = await request(`${fake.url}/v1/chat/completions`, { dispatcher: oneConnection });
        await response.body.text();
      }
      await oneConnection.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(new Set(fake.requests.map((recorded) => recorded.remotePort)).size).toBe(1);
      expect(warnings.map((warning) => `${warning.name}: ${warning.message}`)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('maps transcript extensions to content types', () => {
    expect(contentTypeFor('a/b.SSE')).toBe('text/event-stream; charset=utf-8');
    expect(contentTypeFor('x.json')).toBe('application/json');
    expect(contentTypeFor('x.txt')).toBe('text/plain; charset=utf-8');
  });
});
