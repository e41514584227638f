// The one request of a key check: what it asks for, and how an HTTP error or an unreadable body reads.
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { checkKey } from './check-key.ts';

const fake = await fakeProviderForFile();
const check = () =>
  checkKey({ provider: 'openai', key: 'sk-proj-probe-mutants-1234', baseUrl: `${fake.url}/v1` });

describe('a key check request', () => {
  it('asks for JSON', async () => {
    fake.setHandler({ method: 'GET', path: '/v1/models', json: { data: [] } });
    expect((await check()).status).toBe('valid');
    expect(fake.requests[0]?.headers.accept).toBe('application/json');
  });
});

describe('a reply that is not JSON', () => {
  it.each([
    [401, 'invalid'],
    [403, 'invalid'],
    [400, 'error'],
  ])(
    'HTTP %i with a plain-text body reads by its status: %s, with the status kept',
    async (status, expected) => {
      fake.setHandler({ status, body: 'Unauthorized', headers: { 'content-type': 'text/plain' } });
      const result = await check();
      expect(result).toMatchObject({ status: expected, httpStatus: status });
      expect(result.message).not.toContain('not JSON');
    },
  );

  it('HTTP 200 with a body that is not JSON: not a valid key, and the user is told why', async () => {
    fake.setHandler({ status: 200, body: 'OK: 0 models', headers: { 'content-type': 'text/plain' } });
    const result = await check();
    expect(result).toMatchObject({
      status: 'error',
      message: 'The provider answered with something that is not JSON.',
    });
  });
});
