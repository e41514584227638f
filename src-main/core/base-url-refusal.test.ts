// A column whose base URL its provider's key may not go to fails alone, before anything is sent
// for it, with the policy's reason; the run's other columns answer.
import { expect, it } from 'vitest';
import { OK_STREAM } from './client/client-test-support.ts';
import { createTempCore, loopbackHosts } from './core-test-support.ts';
import { fakeProviderForFile } from './http/http-test-support.ts';

const KEY = 'sk-proj-base-url-refusal-0123456789';

const fake = await fakeProviderForFile({ method: 'POST', body: OK_STREAM });

it('fails only the column whose base URL is not its provider’s, and sends its key nowhere', async () => {
  const { call, columnsDone, results } = createTempCore({ client: { hosts: loopbackHosts(fake.url) } });
  expect((await call('keys.add', { provider: 'openai', key: KEY })).ok).toBe(true);

  // The fake, at an address the policy does not count as this machine: were the key sent, it would arrive.
  const elsewhere = `http://[::ffff:127.0.0.1]:${fake.port}/v1`;
  const started = await call('compare.start', {
    prompt: 'hi',
    params: {},
    columns: [
      { columnId: 'ok', provider: 'openai', model: 'gpt-4o' },
      { columnId: 'elsewhere', provider: 'openai', model: 'gpt-4.1', baseUrl: elsewhere },
    ],
  });
  expect(started.ok).toBe(true);
  await columnsDone(2);

  expect(results.get('elsewhere')).toMatchObject({
    finishReason: 'error',
    error: {
      kind: 'invalid_input',
      field: 'columns.1.baseUrl',
      message: expect.stringContaining('OpenAI keys are sent only to api.openai.com'),
    },
  });
  expect(results.get('ok')).toMatchObject({ finishReason: 'stop', error: null });
  expect(fake.requests.map((request) => (request.json as { model: string }).model)).toEqual(['gpt-4o']);
});
