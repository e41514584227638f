// Responses that are not an API's answer say what they are: a redirect (never followed), a
// compressed body nobody asked for, an HTML page (a captive portal, a proxy, a wrong base URL).
import { gzipSync } from 'node:zlib';
import type { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import { createAgent } from './agent.ts';
import { openApiResponse } from './api-response.ts';
import { arenaErrorOf } from './http-test-support.ts';
import { readBodyText } from './stream-request.ts';

let fake: FakeProvider;
let agent: Agent;
beforeAll(async () => {
  fake = await startFakeProvider();
  agent = createAgent({ connectTimeoutMs: 2_000 });
});
afterAll(async () => {
  await agent.close();
  await fake.close();
});
beforeEach(() => fake.reset());

const open = (path = '/v1/chat/completions') =>
  openApiResponse({ url: `${fake.url}${path}`, json: { stream: true }, dispatcher: agent });

const SSE = 'data: {"n":1}\n\ndata: [DONE]\n\n';
const PORTAL = '<!DOCTYPE html><html><head><title>Sign in to Hotel Wi-Fi</title></head><body>…</body></html>';

describe('openApiResponse', () => {
  it('reports a redirect as protocol, naming where it pointed without its query, and does not follow it', async () => {
    fake.enqueue({
      status: 302,
      headers: { location: 'https://login.portal.example/auth/start?token=abc123&key=sk-secret#top' },
    });
    const error = await arenaErrorOf(open());
    expect(error.kind).toBe('protocol');
    expect(error.httpStatus).toBe(302);
    expect(error.message).toContain('redirect');
    expect(error.message).toContain('https://login.portal.example/auth/start');
    expect(error.message).not.toContain('token=abc123');
    expect(error.message).not.toContain('sk-secret');
    expect(fake.requests).toHaveLength(1);
  });

  it('resolves a relative Location against the request, and bounds a long one', async () => {
    fake.enqueue({ status: 301, headers: { location: '/v2/chat/completions' } });
    expect((await arenaErrorOf(open())).message).toContain(`${fake.url}/v2/chat/completions`);

    fake.enqueue({ status: 307, headers: { location: `https://elsewhere.example/${'a'.repeat(5000)}` } });
    const long = await arenaErrorOf(open());
    expect(long.message).toContain('https://elsewhere.example/… (a long path)');
    expect(long.message).not.toContain('/aaaa');
    expect(long.message.length).toBeLessThan(600);
  });

  it('never quotes part of a long path or encoding: the key scrub removes only whole keys', async () => {
    const key = 'sk-proj-canary-0123456789abcdef';
    fake.enqueue({
      status: 302,
      headers: { location: `https://elsewhere.example/${'x'.repeat(160)}${key}` },
    });
    expect((await arenaErrorOf(open())).message).not.toContain('sk-proj');
    fake.enqueue({ status: 200, headers: { 'content-encoding': `${'y'.repeat(30)}${key}` }, body: 'zz' });
    const encoded = await arenaErrorOf(open());
    expect(encoded.message).toContain('an encoded body it was not asked for');
    expect(encoded.message).not.toContain('sk-proj');
  });

  it('says so when a redirect has no usable Location', async () => {
    fake.enqueue({ status: 302 });
    const error = await arenaErrorOf(open());
    expect(error).toMatchObject({ kind: 'protocol', httpStatus: 302 });
    expect(error.message).toContain('HTTP 302');
  });

  it('refuses a gzip-compressed body it did not ask for', async () => {
    fake.enqueue({ body: gzipSync(SSE), headers: { 'content-encoding': 'gzip' } });
    const error = await arenaErrorOf(open());
    expect(error.kind).toBe('protocol');
    expect(error.message).toContain('answered with a gzip-compressed body it was not asked for');
    expect(error.message).toMatch(/proxy/);
  });

  it('refuses any other encoding too, quoting a hostile header only briefly', async () => {
    fake.enqueue({ body: 'x', headers: { 'content-encoding': `br${'x'.repeat(3000)}` } });
    const error = await arenaErrorOf(open());
    expect(error.kind).toBe('protocol');
    expect(error.message.length).toBeLessThan(600);
  });

  it('accepts identity encoding', async () => {
    fake.enqueue({ body: SSE, headers: { 'content-encoding': 'identity' } });
    expect(await readBodyText(await open())).toBe(SSE);
  });

  it('reports an HTML page served as text/html', async () => {
    fake.enqueue({ body: PORTAL, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const error = await arenaErrorOf(open());
    expect(error.kind).toBe('protocol');
    expect(error.message).toContain('answered with an HTML page, not an API response');
    expect(error.message).toMatch(/captive portal/);
    expect(error.message).toMatch(/proxy/);
    expect(error.message).toMatch(/base URL/);
  });

  it.each([
    ['text/event-stream', `\r\n ${PORTAL}`],
    ['application/json', '\uFEFF<html><body>Blocked by your network administrator</body></html>'],
  ])('reports an HTML page whatever its content type claims (%s)', async (contentType, body) => {
    fake.enqueue({ body, headers: { 'content-type': contentType }, splitAt: [3, 4] });
    const error = await arenaErrorOf(open());
    expect(error.message).toContain('answered with an HTML page, not an API response');
  });

  it('passes a stream and a JSON answer through unchanged, byte for byte', async () => {
    fake.enqueue({ body: SSE, splitAt: [1, 2, 9] });
    expect(await readBodyText(await open())).toBe(SSE);
    fake.enqueue({ json: { choices: [] } });
    expect(await readBodyText(await open())).toBe('{"choices":[]}');
  });

  it('leaves an error status to the caller, even with an HTML body', async () => {
    fake.enqueue({ status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } });
    const response = await open();
    expect(response.status).toBe(502);
    expect(await readBodyText(response)).toBe('<html>Bad gateway</html>');
  });
});
