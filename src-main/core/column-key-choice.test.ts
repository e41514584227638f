// A column may name which stored key it uses: that key goes out, and a key that is not one of the
// column's provider's stored keys fails that column before anything is sent for it; the others run.
import { describe, expect, it } from 'vitest';
import { OK_STREAM } from './client/client-test-support.ts';
import { createTempCore, loopbackHosts } from './core-test-support.ts';
import { fakeProviderForFile } from './http/http-test-support.ts';

const PERSONAL = 'sk-proj-personal-0123456789abcdef';
const TEAM = 'sk-proj-team-0123456789abcdef';
const CLAUDE = 'sk-ant-api03-claude-0123456789abcdef';

const fake = await fakeProviderForFile({ method: 'POST', body: OK_STREAM });

async function arena() {
  const { call, columnsDone, results } = createTempCore({ client: { hosts: loopbackHosts(fake.url) } });
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
  return { call, ids, columnsDone, results };
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
    const { call, ids, columnsDone, results } = await arena();
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
    expect(results.get('chosen')).toMatchObject({
      finishReason: 'error',
      error: {
        kind: 'invalid_input',
        field: 'columns.1.keyId',
        message: expect.stringMatching(/OpenAI key.*Keys page/),
      },
    });
    expect(results.get('ok')).toMatchObject({ finishReason: 'stop' });
    // Only the other column's request went out, with the default key.
    expect(fake.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${PERSONAL}`]);
  });

  it('fails its column once the key is removed, with no request sent', async () => {
    const { call, ids, columnsDone, results } = await arena();
    await call('keys.remove', { id: ids.team });
    const started = await call('compare.start', { prompt: 'hi', params: {}, columns: [column(ids.team)] });
    expect(started.ok).toBe(true);
    await columnsDone(1);
    expect(results.get('a')).toMatchObject({
      finishReason: 'error',
      error: { kind: 'invalid_input', field: 'columns.0.keyId' },
    });
    expect(fake.requests).toHaveLength(0);
  });
});
