import { join } from 'node:path';
import { type FakeProvider, startFakeProvider } from '../fake-providers/fake-provider-server.ts';
import { expect, test } from '../support/arena-fixture.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider();
});
test.afterAll(async () => {
  await fake.close();
});

test('a compare started from the page streams batched events back through the bridge', async ({ arena }) => {
  fake.setHandler({
    file: join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse'),
    chunkSize: 120,
    chunkDelayMs: 5,
  });
  const outcome = await arena.page.evaluate(async (baseUrl) => {
    const received: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      window.arena.onEvent((event) => {
        received.push(event);
        if (event.type === 'compare.column-done') resolve();
      });
    });
    const started = await window.arena.compare.start({
      prompt: 'Prove it',
      params: { temperature: 0.7 },
      columns: [{ columnId: 'a', provider: 'custom', model: 'MiniMax-M2.7', baseUrl }],
    });
    await done;
    return { started, received };
  }, `${fake.url}/v1`);

  expect(outcome.started).toMatchObject({ ok: true, value: { runId: expect.any(String) } });
  type Streamed = { type: string; delta?: string; status?: { state: string } };
  type Batch = { type: 'compare.batch'; items: { columnId: string; events: Streamed[] }[] };
  const batches = outcome.received.filter(
    (event): event is Batch => (event as { type: string }).type === 'compare.batch',
  );
  expect(batches.length).toBeGreaterThan(0);
  const deltas = batches.flatMap((batch) => batch.items.flatMap((item) => item.events));
  // Where the column was before its answer streamed, then the answer, only as deltas (column-done
  // summarizes without repeating it).
  expect(deltas.flatMap((event) => (event.status ? [event.status.state] : []))).toEqual([
    'queued',
    'requesting',
    'streaming',
  ]);
  const joined = (type: string) =>
    deltas
      .filter((event) => event.type === type)
      .map((event) => event.delta)
      .join('');
  expect(joined('text').startsWith('**Proof.**')).toBe(true);
  expect(joined('reasoning')).toContain('sum of two odd numbers');
  const done = outcome.received.find(
    (event) => (event as { type: string }).type === 'compare.column-done',
  ) as {
    result: { usage: { outputTokens: number }; timing: { ttftMs: number }; truncated: boolean };
  };
  expect(done.result).not.toHaveProperty('text');
  expect(done.result).not.toHaveProperty('reasoning');
  expect(done.result.truncated).toBe(false);
  expect(done.result.usage.outputTokens).toBe(172);
  expect(done.result.timing.ttftMs).toBeGreaterThan(0);
  expect(arena.pageErrors).toEqual([]);
});

test("the page cannot send a stored key to a server that is not the provider's", async ({ arena }) => {
  fake.reset();
  // The fake, at an address the policy does not count as this machine: were the key sent, it would arrive.
  const elsewhere = `http://[::ffff:127.0.0.1]:${fake.port}/v1`;
  const outcome = await arena.page.evaluate(async (baseUrl) => {
    const added = await window.arena.keys.add({ provider: 'openai', key: 'sk-proj-canary-0123456789abcdef' });
    const done = new Promise<unknown>((resolve) => {
      window.arena.onEvent((event) => {
        if (event.type === 'compare.column-done') resolve(event.result);
      });
    });
    const started = await window.arena.compare.start({
      prompt: 'hi',
      params: {},
      columns: [{ columnId: 'a', provider: 'openai', model: 'gpt-4o', baseUrl }],
    });
    return { added: added.ok, started, result: started.ok ? await done : null };
  }, elsewhere);
  expect(outcome.added).toBe(true);
  // The run starts; that column fails at once with the policy's reason, and nothing is sent.
  expect(outcome.started).toMatchObject({ ok: true });
  expect(outcome.result).toMatchObject({
    finishReason: 'error',
    error: {
      kind: 'invalid_input',
      field: 'columns.0.baseUrl',
      message: expect.stringContaining('api.openai.com'),
    },
  });
  expect(fake.requests).toHaveLength(0);
});
