// Recording through the whole core, against a loopback fake provider: a run is kept as it starts, each
// column as it ends (so a column still streaming does not hold back the others), a cancelled column
// keeps the text it had, a follow-up joins its conversation, and no key ever reaches the file.
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../../e2e/fake-providers/fake-provider-server.ts';
import type { Conversation } from '../../../src-shared/history.ts';
import { firstThenForever, sse, textChunk } from '../client/client-test-support.ts';
import { createTempCore, loopbackHosts } from '../core-test-support.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { HistoryStore } from './history-store.ts';

const KEY = 'sk-proj-history-canary-0123456789abcdef';
/** Another provider's stored key: not the column's, so only the store's own scrub can catch it. */
const OTHER_KEY = 'sk-ant-api03-history-other-0123456789abcdef';

/** A provider that echoes the key back in its answer: the store must still never hold it. */
const ECHOING_ANSWER = sse(
  textChunk(`Your key is ${KEY}, your other is ${OTHER_KEY}, `),
  { choices: [{ index: 0, delta: { content: 'and the answer is forty-two.' }, finish_reason: 'stop' }] },
  { choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } },
  '[DONE]',
);

const fake = await fakeProviderForFile({
  method: 'POST',
  handle: (request: RecordedRequest, res: ServerResponse) => {
    const model = (request.json as { model?: string } | undefined)?.model;
    if (model === 'slow')
      return firstThenForever(sse(textChunk('partial answer ')), sse(textChunk('more ')))(request, res);
    // Echoes the first 28 characters of the key, then hangs: the rest of the key may be next.
    if (model === 'echo-then-hang')
      return firstThenForever(sse(textChunk(`Your key is ${KEY.slice(0, 28)}`)), sse(textChunk('more')))(
        request,
        res,
      );
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(ECHOING_ANSWER);
  },
});

async function arena() {
  const streamed = new Set<string>();
  const waiting = new Map<string, () => void>();
  const temp = createTempCore({
    client: { hosts: loopbackHosts(fake.url) },
    emit: (event) => {
      if (event.type !== 'compare.batch') return;
      for (const item of event.items) {
        if (!item.events.some((columnEvent) => columnEvent.type === 'text')) continue;
        streamed.add(item.columnId);
        waiting.get(item.columnId)?.();
      }
    },
  });
  const added = await temp.call('keys.add', { provider: 'openai', key: KEY, label: 'main' });
  if (!added.ok) throw new Error(added.error.message);
  const other = await temp.call('keys.add', { provider: 'anthropic', key: OTHER_KEY, label: 'other' });
  if (!other.ok) throw new Error(other.error.message);
  /** Resolves once the column has streamed some text to the window. */
  const textArrived = (columnId: string) =>
    new Promise<void>((resolve) => (streamed.has(columnId) ? resolve() : waiting.set(columnId, resolve)));
  return { ...temp, textArrived };
}

async function value<T>(
  result: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
}

const column = (columnId: string, model: string) => ({ columnId, provider: 'openai', model });

describe('recording runs', () => {
  it('keeps a column as it ends while another still streams, then the cancelled one with its partial text', async () => {
    const { call, columnsDone, textArrived } = await arena();
    const { runId, conversationId } = await value<{ runId: string; conversationId: string }>(
      call('compare.start', {
        prompt: 'What is six times seven?',
        system: 'Be brief.',
        params: { temperature: 0.2 },
        columns: [column('fast', 'gpt-4o'), { ...column('slow', 'slow'), params: { maxOutputTokens: 50 } }],
        blind: true,
      }),
    );
    await columnsDone(1);
    const during = await value<Conversation>(call('history.get', { conversationId }));
    expect(during.turns).toHaveLength(1);
    const [turn] = during.turns;
    expect(turn).toMatchObject({
      runId,
      turnIndex: 0,
      prompt: 'What is six times seven?',
      system: 'Be brief.',
      params: { temperature: 0.2 },
      blind: true,
      vote: null,
    });
    expect(turn!.columns.map((stored) => [stored.columnId, stored.state])).toEqual([
      ['fast', 'done'],
      ['slow', 'interrupted'],
    ]);
    expect(turn!.columns[0]).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o',
      text: 'Your key is [redacted], your other is [redacted], and the answer is forty-two.',
      finishReason: 'stop',
      usage: { inputTokens: 10, outputTokens: 5 },
      cost: { source: expect.any(String), usd: expect.any(Number) },
      truncated: false,
    });
    expect(turn!.columns[1]).toMatchObject({ params: { maxOutputTokens: 50 } });

    await textArrived('slow');
    await call('compare.cancel', { runId, columnId: 'slow' });
    await columnsDone(2);
    const after = await value<Conversation>(call('history.get', { conversationId }));
    const slow = after.turns[0]!.columns[1]!;
    expect(slow).toMatchObject({
      state: 'cancelled',
      finishReason: 'cancelled',
      error: { kind: 'cancelled' },
    });
    expect(slow.text.startsWith('partial answer ')).toBe(true);
  });
});

describe('a blind run', () => {
  it('keeps the order its columns were shown in from the start, and a reveal without a vote', async () => {
    const { call, columnsDone } = await arena();
    const { runId, conversationId } = await value<{ runId: string; conversationId: string }>(
      call('compare.start', {
        prompt: 'Which is better?',
        params: {},
        blind: true,
        blindOrder: ['b', 'a'],
        columns: [column('a', 'gpt-4o'), column('b', 'gpt-4o-mini')],
      }),
    );
    await columnsDone(2);
    const turn = async () => (await value<Conversation>(call('history.get', { conversationId }))).turns[0]!;
    expect(await turn()).toMatchObject({ blind: true, shownOrder: ['b', 'a'], revealed: false, vote: null });
    await value(call('history.reveal', { runId }));
    expect(await turn()).toMatchObject({ shownOrder: ['b', 'a'], revealed: true, vote: null });
  });

  it.each([
    [{ blindOrder: ['a', 'b'] }, /only sent with blind/],
    [{ blind: true, blindOrder: ['a'] }, /each of the run's columns once/],
    [{ blind: true, blindOrder: ['a', 'a'] }, /each of the run's columns once/],
    [{ blind: true, blindOrder: ['a', 'z'] }, /each of the run's columns once/],
  ])('refuses %j', async (extra, message) => {
    const { call } = await arena();
    const started = await call('compare.start', {
      prompt: 'Which?',
      params: {},
      columns: [column('a', 'gpt-4o'), column('b', 'gpt-4o-mini')],
      ...extra,
    });
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.error.message).toMatch(message);
  });
});

describe('conversations', () => {
  it('a follow-up naming the conversation joins it as the next turn; an unknown one starts a new conversation', async () => {
    const { call, columnsDone } = await arena();
    const first = await value<{ conversationId: string }>(
      call('compare.start', { prompt: 'First question', params: {}, columns: [column('a', 'gpt-4o')] }),
    );
    await columnsDone(1);
    const second = await value<{ runId: string; conversationId: string }>(
      call('compare.start', {
        prompt: 'And a follow-up',
        params: {},
        conversationId: first.conversationId,
        columns: [column('b', 'gpt-4o')],
      }),
    );
    await columnsDone(2);
    expect(second.conversationId).toBe(first.conversationId);
    const stranger = await value<{ conversationId: string }>(
      call('compare.start', {
        prompt: 'Elsewhere',
        params: {},
        conversationId: 'deleted-long-ago',
        columns: [column('c', 'gpt-4o')],
      }),
    );
    await columnsDone(3);
    expect(stranger.conversationId).not.toBe('deleted-long-ago');
    expect(stranger.conversationId).not.toBe(first.conversationId);

    const conversation = await value<Conversation>(
      call('history.get', { conversationId: first.conversationId }),
    );
    expect(conversation.turns.map((turn) => [turn.turnIndex, turn.prompt, turn.runId])).toEqual([
      [0, 'First question', expect.any(String)],
      [1, 'And a follow-up', second.runId],
    ]);
    const page = await value<{
      items: { conversationId: string; turns: number; promptStart: string }[];
      total: number;
    }>(call('history.list', {}));
    expect(page.total).toBe(2);
    // Newest first: the stranger started last.
    expect(page.items.map((item) => [item.conversationId, item.turns, item.promptStart])).toEqual([
      [stranger.conversationId, 1, 'Elsewhere'],
      [first.conversationId, 2, 'First question'],
    ]);
  });
});

describe('the database file', () => {
  it('never holds a key, though the provider echoed them into an answer and the user pasted one in the prompt', async () => {
    const { call, columnsDone, core, dataDir } = await arena();
    await value(
      call('compare.start', {
        prompt: `Is ${OTHER_KEY} valid?`,
        system: `Never say ${KEY}`,
        params: {},
        columns: [column('a', 'gpt-4o')],
      }),
    );
    await columnsDone(1);
    const file = join(dataDir, 'history.sqlite');
    const bytes = () =>
      Buffer.concat(
        [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)),
      );
    const canary = Buffer.from('history-canary-0123456789');
    const other = Buffer.from('history-other-0123456789');
    // Found while open (the write-ahead log holds the run), and after closing (checkpointed).
    expect(bytes().includes(Buffer.from('forty-two'))).toBe(true);
    expect(bytes().includes(canary)).toBe(false);
    expect(bytes().includes(other)).toBe(false);
    core.close();
    expect(readFileSync(file).includes(Buffer.from('forty-two'))).toBe(true);
    expect(readFileSync(file).includes(canary)).toBe(false);
    expect(readFileSync(file).includes(other)).toBe(false);
  });

  it('keeps no start of a key that a column was echoing when the app quit', async () => {
    const { call, core, dataDir, textArrived } = await arena();
    const { conversationId } = await value<{ conversationId: string }>(
      call('compare.start', { prompt: 'Echo', params: {}, columns: [column('echo', 'echo-then-hang')] }),
    );
    await textArrived('echo');
    core.close();
    core.compare.cancelAll();
    const file = join(dataDir, 'history.sqlite');
    const bytes = Buffer.concat(
      [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)),
    );
    // The key's first 28 characters hold 'sk-proj-history-canary-01234'.
    expect(bytes.includes(Buffer.from('history-canary-01234'))).toBe(false);
    const reopened = new HistoryStore(file, { scrub: (same) => same, log: () => {} });
    const [stored] = reopened.get(conversationId).turns[0]!.columns;
    reopened.close();
    expect(stored).toMatchObject({ state: 'interrupted', text: 'Your key is ' });
  });

  it('keeps a column still streaming at shutdown as interrupted, with what it had received', async () => {
    const { call, core, dataDir, textArrived } = await arena();
    const { conversationId } = await value<{ conversationId: string }>(
      call('compare.start', { prompt: 'Quit now', params: {}, columns: [column('slow', 'slow')] }),
    );
    await textArrived('slow');
    core.close();
    core.compare.cancelAll();
    const reopened = new HistoryStore(join(dataDir, 'history.sqlite'), {
      scrub: (same) => same,
      log: () => {},
    });
    const [stored] = reopened.get(conversationId).turns[0]!.columns;
    expect(stored).toMatchObject({ state: 'interrupted', columnId: 'slow' });
    expect(stored!.text.startsWith('partial answer ')).toBe(true);
    reopened.close();
  });
});
