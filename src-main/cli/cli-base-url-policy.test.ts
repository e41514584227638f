import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../core/http/http-test-support.ts';
import { runCliCaptured } from './cli-test-support.ts';

const FIXTURE = 'e2e/fixtures/openai/stream-text-include-usage-02.sse';
const KEY = 'sk-test-openai-policy-123456';

const fake = await fakeProviderForFile({ file: FIXTURE });

/**
 * The fake, reached through an address the policy does not count as this machine (an IPv4-mapped
 * IPv6 literal): the connection stays on loopback, but for the policy it is "another server".
 */
const elsewhere = () => `http://[::ffff:127.0.0.1]:${fake.port}/v1`;

function compare(...extra: string[]) {
  return runCliCaptured(['compare', '--prompt', 'hi', '--model', 'openai/gpt-4o', ...extra], {
    OPENAI_API_KEY: KEY,
  });
}

describe('the CLI applies the app’s base-URL policy before sending an environment key', () => {
  it('refuses a key for another host with exit 2 and the reason, before any connection', async () => {
    const { code, out, err } = await compare(
      '--base-url',
      'openai=https://api.example.invalid/v1',
      // A second column that could run: nothing may be sent for it either.
      '--model',
      'custom/llama3.2',
      '--base-url',
      `custom=${fake.url}/v1`,
    );
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      'arena compare: --base-url openai=https://api.example.invalid/v1: OpenAI keys are sent only to api.openai.com or to a server on this machine. For another server, use the OpenAI-compatible (custom) provider. To send the key there anyway, add --send-key-to-any-host.',
    );
    expect(err).not.toMatch(/network|ENOTFOUND|EAI_AGAIN/);
    expect(out).toBe('');
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a reachable server the policy does not trust: zero requests reach it', async () => {
    const { code, err } = await compare('--base-url', `openai=${elsewhere()}`);
    expect(code).toBe(2);
    expect(err).toContain('OpenAI keys are sent only to api.openai.com');
    expect(fake.requests).toHaveLength(0);
  });

  it('sends the key there with --send-key-to-any-host, and says so on stderr', async () => {
    const { code, err } = await compare('--base-url', `openai=${elsewhere()}`, '--send-key-to-any-host');
    expect(code).toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(err).toBe(
      `Sending the OpenAI key to [::ffff:7f00:1]:${fake.port}, as --send-key-to-any-host allows.\n`,
    );
  });

  it('allows the provider’s own host and this machine without the flag', async () => {
    const { code, err } = await compare('--base-url', `openai=${fake.url}/v1`);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(fake.requests).toHaveLength(1);
  });

  it('still refuses credentials in the URL and non-http schemes with the flag', async () => {
    for (const url of [`http://user:pw@127.0.0.1:${fake.port}/v1`, 'file:///etc/passwd']) {
      const { code, err } = await compare('--base-url', `openai=${url}`, '--send-key-to-any-host');
      expect(code).toBe(2);
      expect(err).toMatch(/not in the base URL|must start with https:\/\/ or http:\/\//);
    }
    expect(fake.requests).toHaveLength(0);
  });
});
