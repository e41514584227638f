import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../core/http/http-test-support.ts';
import { compareOneArgs, runCliCaptured } from './cli-test-support.ts';

// No key shape (not sk-…, not a JWT, not AIza…): only the registry of known keys can catch it.
const KEY = 'ollama-CANARY-local-secret-4242';

// A server that echoes the key it was sent in its error body, as some proxies do.
const fake = await fakeProviderForFile({
  method: 'POST',
  path: '/v1/chat/completions',
  handle: (request, res) => {
    const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { message: `Incorrect API key provided: ${key}`, type: 'invalid_request_error' },
      }),
    );
  },
});

function compare(extra: string[] = []) {
  return runCliCaptured(compareOneArgs('custom/llama3.2', fake.url, ...extra), {
    CUSTOM_OPENAI_API_KEY: KEY,
  });
}

describe('the CLI never prints a key from the environment', () => {
  it('an error body that echoes the key is scrubbed in the table', async () => {
    const { code, out, err } = await compare();
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(code).toBe(1);
    expect(out).toContain('Incorrect API key provided: [redacted]');
    expect(out + err).not.toContain(KEY);
    expect(out + err).not.toContain('CANARY');
  });

  it('and in --json output', async () => {
    const { out, err } = await compare(['--json']);
    const [row] = JSON.parse(out);
    expect(row.error.message).toContain('[redacted]');
    expect(out + err).not.toContain('CANARY');
  });

  it('a key cut short by the table is still scrubbed whole', async () => {
    fake.reset();
    let padding = 0;
    fake.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      handle: (request, res) => {
        const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `${'x'.repeat(padding)} ${key} trailing` } }));
      },
    });
    // Whatever the message's prefix, some of these paddings put the key across the table's cut.
    for (padding = 40; padding <= 120; padding += 4) {
      const { out } = await compare();
      expect(out).toContain('xxxx');
      expect(out).not.toContain('ollama-C');
    }
  });

  it('an answer quoting another environment key is scrubbed before --brief cuts its lines', async () => {
    const other = 'openai-CANARY-other-secret-9191';
    fake.reset();
    let padding = 0;
    fake.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      handle: (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const content = `${'y'.repeat(padding)}${other} and more`;
        res.end(JSON.stringify({ choices: [{ message: { content }, finish_reason: 'stop' }] }));
      },
    });
    for (padding = 80; padding <= 100; padding += 5) {
      const { out } = await runCliCaptured(compareOneArgs('custom/llama3.2', fake.url, '--brief'), {
        CUSTOM_OPENAI_API_KEY: KEY,
        OPENAI_API_KEY: other,
      });
      expect(out).toContain('yyyy');
      expect(out).not.toContain('openai-C');
    }
  });
});
