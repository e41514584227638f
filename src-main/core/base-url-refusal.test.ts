// A column whose base URL its provider's key may not go to fails alone, before anything is sent
// for it, with the policy's reason; the run's other columns answer.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../e2e/fake-providers/fake-provider-server.ts';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import { sse } from './client/client-test-support.ts';
import { createTestCore } from './core-test-support.ts';
import { createAesGcmCipher } from './keys/aes-gcm-cipher.ts';
import { JsonFileStore } from './store/json-file-store.ts';

const KEY = 'sk-proj-base-url-refusal-0123456789';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
  fake.setHandler({
    method: 'POST',
    body: sse({ choices: [{ index: 0, delta: { content: 'ok' }, finish_reason: 'stop' }] }, '[DONE]'),
  });
});
afterAll(() => fake.close());

it('fails only the column whose base URL is not its provider’s, and sends its key nowhere', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arena-base-url-'));
  const done = new Map<string, Extract<ArenaEvent, { type: 'compare.column-done' }>['result']>();
  let onDone = () => {};
  const core = createTestCore({
    dataDir,
    vault: {
      cipher: createAesGcmCipher(Buffer.alloc(32, 5), 'os', 'a test keychain'),
      store: new JsonFileStore(join(dataDir, 'keys.json')),
    },
    emit: (event) => {
      if (event.type !== 'compare.column-done') return;
      done.set(event.columnId, event.result);
      onDone();
    },
    client: { hosts: { openai: { global: fake.url, china: fake.url } } },
  });
  const call = (route: string, input?: unknown) =>
    core.router.dispatch(route, input, { url: 'app://arena/index.html', isMainFrame: true });
  expect((await call('keys.add', { provider: 'openai', key: KEY })).ok).toBe(true);
  const bothDone = new Promise<void>((resolve) => {
    onDone = () => {
      if (done.size === 2) resolve();
    };
  });

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
  await bothDone;

  expect(done.get('elsewhere')).toMatchObject({
    finishReason: 'error',
    error: {
      kind: 'invalid_input',
      field: 'columns.1.baseUrl',
      message: expect.stringContaining('OpenAI keys are sent only to api.openai.com'),
    },
  });
  expect(done.get('ok')).toMatchObject({ finishReason: 'stop', error: null });
  expect(fake.requests.map((request) => (request.json as { model: string }).model)).toEqual(['gpt-4o']);
});
