// A redirect, a compressed body and an HTML page used to end as "the stream ended… (network)".
// Each now fails the column as `protocol` with a message that says what came back.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { runColumn, sse, textChunk } from './client-test-support.ts';

const fake = await fakeProviderForFile();

describe('honest failures', () => {
  it('a 302 is a protocol error naming where it pointed; nothing is sent there', async () => {
    fake.enqueue({ status: 302, headers: { location: 'https://wifi.example/login?session=42' } });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.error).toMatchObject({ kind: 'protocol', httpStatus: 302 });
    expect(result.error?.message).toContain('https://wifi.example/login');
    expect(result.error?.message).not.toContain('session=42');
    expect(result.finishReason).toBe('error');
    expect(fake.requests).toHaveLength(1);
  });

  it('a gzip-encoded stream is refused as compressed, not misread', async () => {
    fake.enqueue({ body: gzipSync(sse(textChunk('Hello'))), headers: { 'content-encoding': 'gzip' } });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.text).toBe('');
    expect(result.error?.kind).toBe('protocol');
    expect(result.error?.message).toContain('answered with a gzip-compressed body it was not asked for');
  });

  it('an HTML page with HTTP 200 (a captive portal) says so', async () => {
    fake.enqueue({
      body: '<!doctype html><html><body><form action="/login">Accept the terms</form></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.error?.kind).toBe('protocol');
    expect(result.error?.message).toContain('answered with an HTML page, not an API response');
    expect(result.error?.message).toMatch(/captive portal/);
  });

  it('an HTML page after blank lines and a byte-order mark, served as a stream, says so too', async () => {
    fake.enqueue({
      body: '\n\n  \r\n\ufeff<!doctype html><p>Sign in to the Wi-Fi</p>',
      splitAt: [6],
      chunkDelayMs: 20,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.error?.kind).toBe('protocol');
    expect(result.error?.message).toContain('answered with an HTML page, not an API response');
  });
});
