// A column may name which stored key it uses: that key goes out, and a key that is not one of the
// column's provider's stored keys fails that column before anything is sent for it; the others run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../e2e/fake-providers/fake-provider-server.ts';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import { PROVIDER_IDS } from '../../src-shared/domain.ts';
import { sse } from './client/client-test-support.ts';
import { createTestCore } from './core-test-support.ts';
import { createAesGcmCipher } from './keys/aes-gcm-cipher.ts';
import { JsonFileStore } from './store/json-file-store.ts';

const SENDER = { url: 'app://arena/index.html', isMainFrame: true };
const PERSONAL = 'sk-proj-personal-0123456789abcdef';
const TEAM = 'sk-proj-team-0123456789abcdef';
const CLAUDE = 'sk-ant-api03-claude-0123456789abcdef';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.setHandler({
    method: 'POST',
    body: sse({ choices: [{ index: 0, delta: { content: 'ok' }, finish_reason: 'stop' }] }, '[DONE]'),
  });
});

async function arena() {
  const dataDir = mkdtempSync(join(tmpdir(), 'arena-key-choice-'));
  const done: Extract<ArenaEvent, { type: 'compare.column-done' }>[] = [];
  let onDone = () => {};
  const core = createTestCore({
    dataDir,
    vault: {
      cipher: createAesGcmCipher(Buffer.alloc(32, 3), 'os', 'a test keychain'),
      store: new JsonFileStore(join(dataDir, 'keys.json')),
    },
    emit: (event) => {
      if (event.type !== 'compare.column-done') return;
      done.push(event);
      onDone();
    },
    client: {
      hosts: Object.fromEntries(PROVIDER_IDS.map((id) => [id, { global: fake.url, china: fake.url }])),
    },
  });
  const call = (route: string, input?: unknown) => core.router.dispatch(route, input, SENDER);
  const ids: Record<string, string> = {};
  for (const [name, provider, key] of [
    ['personal', 'openai', PERSONAL],
    ['team', 'openai', TEAM],
    ['claude', 'anthropic', CLAUDE],
  ] as const) {
    const added = await call('keys.add', { provider, key, label: name });
    if (!added.ok) throw new Error(added.error.message);
    ids[name] = (added.value as { id: string }).id;
  }
  const columnsDone = (count: number) =>
    new Promise<void>((resolve) => {
      onDone = () => {
        if (done.length >= count) resolve();
      };
      onDone();
    });
  return { call, ids, columnsDone, done };
}

const column = (keyId?: string) => ({
  columnId: 'a',
  provider: 'openai',
  model: 'gpt-4o',
  ...(keyId === undefined ? {} : { keyId }),
});

describe('the key a column chose', () => {
  it('is the one sent; a column without a choice sends the default key', async () => {
    const { call, ids, columnsDone } = await arena();
    const started = await call('compare.start', {
      prompt: 'hi',
      params: {},
      columns: [column(ids.team), { ...column(), columnId: 'b' }],
    });
    expect(started.ok).toBe(true);
    await columnsDone(2);
    const sent = fake.requests.map((request) => request.headers.authorization).sort();
    expect(sent).toEqual([`Bearer ${PERSONAL}`, `Bearer ${TEAM}`].sort());
  });

  it.each([
    ['another provider’s key', (ids: Record<string, string>) => ids.claude],
    ['a key that is not stored', () => 'no-such-key'],
  ])('fails its column alone as %s, with nothing sent for it', async (_case, pick) => {
    const { call, ids, columnsDone, done } = await arena();
    const started = await call('compare.start', {
      prompt: 'hi',
      params: {},
      columns: [
        { ...column(), columnId: 'ok' },
        { ...column(pick(ids)), columnId: 'chosen' },
      ],
    });
    expect(started.ok).toBe(true);
    await columnsDone(2);
    expect(done.find((event) => event.columnId === 'chosen')?.result).toMatchObject({
      finishReason: 'error',
      error: {
        kind: 'invalid_input',
        field: 'columns.1.keyId',
        message: expect.stringMatching(/OpenAI key.*Keys page/),
      },
    });
    expect(done.find((event) => event.columnId === 'ok')?.result).toMatchObject({ finishReason: 'stop' });
    // Only the other column's request went out, with the default key.
    expect(fake.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${PERSONAL}`]);
  });

  it('fails its column once the key is removed, with no request sent', async () => {
    const { call, ids, columnsDone, done } = await arena();
    await call('keys.remove', { id: ids.team });
    const started = await call('compare.start', { prompt: 'hi', params: {}, columns: [column(ids.team)] });
    expect(started.ok).toBe(true);
    await columnsDone(1);
    expect(done[0]?.result).toMatchObject({
      finishReason: 'error',
      error: { kind: 'invalid_input', field: 'columns.0.keyId' },
    });
    expect(fake.requests).toHaveLength(0);
  });
});
