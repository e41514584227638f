// The stream limits the user sets in the settings bound the next run's columns.

import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { ArenaCoreOptions } from './app-core.ts';
import { firstThenForever, sse, textChunk } from './client/client-test-support.ts';
import { createTempCore, loopbackHosts } from './core-test-support.ts';
import { fakeProviderForFile } from './http/http-test-support.ts';

const fake = await fakeProviderForFile();

/** Writes `first`, then a keep-alive comment every 200 ms (so the transport's idle timer never fires). */
const silentAfter = (first: string) => firstThenForever(first, ': ping\n\n', 200);

/** Writes a word every 500 ms, for a minute: never silent, but never done either. */
function dripping(_request: unknown, res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  let count = 0;
  const timer = setInterval(() => {
    res.write(sse(textChunk(`${count++} `)));
    if (count >= 120) clearInterval(timer);
  }, 500);
  res.once('close', () => clearInterval(timer));
}

async function arena(client: ArenaCoreOptions['client'] = {}) {
  const { call, columnsDone } = createTempCore({ client: { hosts: loopbackHosts(fake.url), ...client } });
  await call('keys.add', { provider: 'openai', key: 'sk-proj-limits-0123456789abcdef' });
  await call('keys.add', { provider: 'deepseek', key: 'sk-deepseek-limits-0123456789abcdef' });
  return { call, columnsDone };
}

describe('stream limits from the settings', () => {
  it('a short event limit ends a stalled column, a short request limit a dripping one', async () => {
    fake.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      handle: silentAfter(sse(textChunk('Hel'))),
    });
    fake.setHandler({ method: 'POST', path: '/chat/completions', handle: dripping });
    const { call, columnsDone } = await arena();
    const updated = await call('settings.update', {
      streamLimits: { requestTimeoutSec: 10, eventTimeoutSec: 5 },
    });
    expect(updated.ok).toBe(true);
    await call('compare.start', {
      prompt: 'hi',
      params: {},
      columns: [
        { columnId: 'stalled', provider: 'openai', model: 'gpt-4o' },
        { columnId: 'dripping', provider: 'deepseek', model: 'deepseek-v4-flash' },
      ],
    });
    const results = await columnsDone(2);
    expect(results.get('stalled')?.error).toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('no answer for 5 s'),
    });
    expect(results.get('dripping')?.error).toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('longer than 10 s'),
    });
  }, 30_000);

  it('the core options still override the settings (tests and the harness use short limits)', async () => {
    fake.setHandler({ method: 'POST', handle: silentAfter(sse(textChunk('Hel'))) });
    const { call, columnsDone } = await arena({ eventTimeoutMs: 300 });
    await call('compare.start', {
      prompt: 'hi',
      params: {},
      columns: [{ columnId: 'stalled', provider: 'openai', model: 'gpt-4o' }],
    });
    const results = await columnsDone(1);
    expect(results.get('stalled')?.error?.message).toContain('no answer for 300 ms');
  });
});
