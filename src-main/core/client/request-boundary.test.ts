// What each provider's client actually sends: URL, auth header form, model and body fields.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { CANARY_KEY, runColumn, sse, textChunk } from './client-test-support.ts';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures');
const fake = await fakeProviderForFile();

const OPENAI_STREAM = join(FIXTURES, 'openai/stream-text-include-usage-02.sse');
const ANTHROPIC_STREAM = join(FIXTURES, 'anthropic/stream-text-02.sse');

const CASES: {
  provider: ProviderId;
  basePath: string;
  path: string;
  auth: Record<string, string>;
  body: Record<string, unknown>;
  absent?: string[];
}[] = [
  {
    provider: 'minimax',
    basePath: '/v1',
    path: '/v1/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    // Temperature 0 becomes the smallest value MiniMax accepts; max_completion_tokens, not max_tokens.
    body: {
      max_completion_tokens: 256,
      temperature: 0.01,
      stream: true,
      stream_options: { include_usage: true },
    },
    absent: ['max_tokens'],
  },
  {
    provider: 'openai',
    basePath: '/v1',
    path: '/v1/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    body: { max_completion_tokens: 256, temperature: 0, stream_options: { include_usage: true } },
    absent: ['max_tokens'],
  },
  {
    provider: 'deepseek',
    basePath: '',
    path: '/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    body: { max_tokens: 256, stream: true, stream_options: { include_usage: true } },
  },
  {
    provider: 'gemini',
    basePath: '/v1beta/openai',
    path: '/v1beta/openai/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    body: { max_tokens: 256, stream: true },
  },
  {
    provider: 'moonshot',
    basePath: '/v1',
    path: '/v1/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    body: { max_tokens: 256, stream: true },
  },
  {
    provider: 'openrouter',
    basePath: '/api/v1',
    path: '/api/v1/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    body: { max_tokens: 256, stream: true },
  },
  {
    provider: 'custom',
    basePath: '/v1',
    path: '/v1/chat/completions',
    auth: { authorization: `Bearer ${CANARY_KEY}` },
    body: { max_tokens: 256, stream: true },
  },
];

describe('request boundary', () => {
  it.each(CASES)(
    '$provider sends to the configured base URL with its auth form and body rules',
    async (entry) => {
      fake.setHandler({ file: OPENAI_STREAM });
      const { result } = await runColumn(entry.provider, `${fake.url}${entry.basePath}`, {
        model: 'model-x',
      });
      expect(result.text).toBe('The capital of the UK is London.');
      expect(fake.requests).toHaveLength(1);
      const [request] = fake.requests;
      expect(request!.method).toBe('POST');
      expect(request!.path).toBe(entry.path);
      for (const [name, value] of Object.entries(entry.auth)) expect(request!.headers[name]).toBe(value);
      const body = request!.json as Record<string, unknown>;
      expect(body).toMatchObject({ model: 'model-x', ...entry.body });
      expect(body.messages).toEqual([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hello' },
      ]);
      for (const field of entry.absent ?? []) expect(body).not.toHaveProperty(field);
    },
  );

  it('anthropic sends x-api-key and the version header to /v1/messages, system at the top level', async () => {
    fake.setHandler({ file: ANTHROPIC_STREAM });
    const { result } = await runColumn('anthropic', fake.url, { model: 'claude-x' });
    expect(result.text).toBe('Hello World');
    const [request] = fake.requests;
    expect(request!.path).toBe('/v1/messages');
    expect(request!.headers['x-api-key']).toBe(CANARY_KEY);
    expect(request!.headers['anthropic-version']).toBe('2023-06-01');
    expect(request!.headers.authorization).toBeUndefined();
    expect(request!.json).toMatchObject({
      model: 'claude-x',
      system: 'Be brief.',
      max_tokens: 256,
      temperature: 0,
      stream: true,
      messages: [{ role: 'user', content: 'Say hello' }],
    });
  });

  it('minimax with a base URL ending in /anthropic speaks the Anthropic wire with Bearer auth', async () => {
    fake.setHandler({ file: ANTHROPIC_STREAM });
    const { result } = await runColumn('minimax', `${fake.url}/anthropic`, { model: 'MiniMax-M2.7' });
    expect(result.text).toBe('Hello World');
    const [request] = fake.requests;
    expect(request!.path).toBe('/anthropic/v1/messages');
    expect(request!.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    expect(request!.headers['x-api-key']).toBeUndefined();
    expect(request!.json).toMatchObject({ model: 'MiniMax-M2.7', max_tokens: 256, system: 'Be brief.' });
  });

  it("a base URL override wins over the region's default host", async () => {
    fake.setHandler({ file: OPENAI_STREAM });
    await runColumn('minimax', fake.url, { column: { region: 'china' } });
    expect(fake.requests[0]!.path).toBe('/v1/chat/completions');
    expect(fake.requests[0]!.headers.host).toBe(new URL(fake.url).host);
  });

  it('a custom server without a key gets no auth header at all', async () => {
    fake.setHandler({ file: OPENAI_STREAM });
    await runColumn('custom', `${fake.url}/v1`, { deps: { keys: { keyFor: () => undefined } } });
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('a provider that needs a key fails fast, with a remedy, when none is set', async () => {
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { keys: { keyFor: () => undefined } },
    });
    expect(fake.requests).toHaveLength(0);
    expect(result.error).toMatchObject({ kind: 'auth' });
    expect(result.error?.message).toContain('OPENAI_API_KEY');
  });

  it('reports each request as it goes out, after the rate limiter lets it through, once per attempt', async () => {
    const order: string[] = [];
    fake.enqueue(
      {
        handle: (_request, res) => {
          order.push('received 1');
          res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"message":"busy"}}');
        },
      },
      {
        handle: (_request, res) => {
          order.push('received 2');
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.end(sse(textChunk('hi'), { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }));
        },
      },
    );
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: {
        rateLimiter: {
          acquire: async () => {
            order.push('acquired');
          },
          setLimit: () => {},
        },
      },
      hooks: { onRequestStart: () => order.push('request starts') },
    });
    expect(result.text).toBe('hi');
    expect(order).toEqual([
      'acquired',
      'request starts',
      'received 1',
      'acquired',
      'request starts',
      'received 2',
    ]);
  });
});
