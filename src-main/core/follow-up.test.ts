// Follow-ups through the whole core: turn 1 streams recorded answers from the loopback fake; the
// conversation is rebuilt from what the window receives (the streamed text and reasoning, and the
// column-done replay), as the Playground does; turn 2's request bodies are then checked against each
// provider's documented rule (PROVIDERS.md, "Follow-ups"), with turn 1's content read independently
// from the recordings.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeProvider,
  type RecordedRequest,
  startFakeProvider,
} from '../../e2e/fake-providers/fake-provider-server.ts';
import { type FakeResponse, writeFakeResponse } from '../../e2e/fake-providers/fake-response.ts';
import type { ColumnSpec, ColumnSummary } from '../../src-shared/compare.ts';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import type { ChatTurn } from '../../src-shared/conversation.ts';
import type { ProviderId } from '../../src-shared/domain.ts';
import { sse, textChunk } from './client/client-test-support.ts';
import { createTempCore, loopbackHosts } from './core-test-support.ts';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');
const FIRST = 'Prove that the sum of two odd numbers is even.';
const SECOND = 'And odd plus even?';
const GEMINI_ANSWER = sse(
  textChunk('<thought>Odd is 2k+1.'),
  textChunk(' Add two.</thought>'),
  { choices: [{ index: 0, delta: { content: 'It is even.' }, finish_reason: 'stop' }] },
  '[DONE]',
);

/** Each column of the run: one model per column, so the fake can tell them apart by the body. */
const COLUMNS: (ColumnSpec & { answer: FakeResponse })[] = [
  {
    columnId: 'minimax',
    provider: 'minimax',
    model: 'MiniMax-M2.7',
    answer: { file: 'minimax-openai/stream-m27-think-tags-01.sse' },
  },
  {
    columnId: 'minimax-anthropic',
    provider: 'minimax',
    model: 'MiniMax-M2.5',
    wire: 'anthropic-messages',
    answer: { file: 'anthropic/stream-thinking-signature-01.sse' },
  },
  {
    columnId: 'anthropic',
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    answer: { file: 'anthropic/stream-redacted-thinking-03.sse' },
  },
  {
    columnId: 'deepseek',
    provider: 'deepseek',
    model: 'deepseek-v4-flash',
    answer: { file: 'deepseek/stream-reasoner-include-usage-01.sse' },
  },
  {
    columnId: 'deepseek-legacy',
    provider: 'deepseek',
    model: 'deepseek-reasoner',
    answer: { file: 'deepseek/stream-reasoner-include-usage-01.sse' },
  },
  {
    columnId: 'openai',
    provider: 'openai',
    model: 'gpt-5-mini',
    answer: { file: 'openai/stream-gpt5-include-usage-03.sse' },
  },
  { columnId: 'gemini', provider: 'gemini', model: 'gemini-2.5-flash', answer: { body: GEMINI_ANSWER } },
  {
    columnId: 'moonshot',
    provider: 'moonshot',
    model: 'kimi-k2-0905-preview',
    answer: { file: 'openai/stream-text-include-usage-02.sse' },
  },
  {
    columnId: 'openrouter',
    provider: 'openrouter',
    model: 'openai/gpt-4o-mini',
    answer: { file: 'openai/stream-text-include-usage-02.sse' },
  },
  {
    columnId: 'custom',
    provider: 'custom',
    model: 'llama3.2',
    answer: { file: 'openai/stream-text-include-usage-02.sse' },
  },
];

// ---- An independent reading of the recordings (no decoder involved) ----

function payloads(file: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const parser = createParser({
    onEvent: (event) => {
      if (event.data.trim() !== '[DONE]') found.push(JSON.parse(event.data));
    },
  });
  parser.feed(readFileSync(join(FIXTURES, file), 'utf8'));
  return found;
}

/** The concatenated `delta[field]` of an OpenAI-wire recording. */
function deltas(file: string, field: 'content' | 'reasoning_content'): string {
  return payloads(file)
    .flatMap((chunk) => (chunk.choices as { delta?: Record<string, string | null> }[] | undefined) ?? [])
    .map((choice) => choice.delta?.[field] ?? '')
    .join('');
}

/** An Anthropic recording's content blocks, assembled from its events. */
function blocks(file: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const payload of payloads(file)) {
    const index = payload.index as number;
    if (payload.type === 'content_block_start') found[index] = { ...(payload.content_block as object) };
    if (payload.type !== 'content_block_delta') continue;
    const delta = payload.delta as Record<string, string>;
    const block = found[index]!;
    if (delta.type === 'thinking_delta') block.thinking += delta.thinking!;
    if (delta.type === 'signature_delta') block.signature = (block.signature ?? '') + delta.signature;
    if (delta.type === 'text_delta') block.text += delta.text!;
  }
  return found;
}

// ---- The fake provider: answers each model with its recording, split into realistic pieces ----

let fake: FakeProvider;
let turn = 1;
beforeAll(async () => {
  fake = await startFakeProvider();
  fake.setHandler({
    method: 'POST',
    handle: async (request: RecordedRequest, res: ServerResponse) => {
      const model = (request.json as { model?: string } | undefined)?.model;
      const column = COLUMNS.find((candidate) => candidate.model === model);
      const answer: FakeResponse =
        turn === 1 && column
          ? {
              ...column.answer,
              ...(column.answer.file ? { file: join(FIXTURES, column.answer.file) } : {}),
              randomPieces: { count: 12, seed: 3 },
              chunkDelayMs: 2,
            }
          : {
              body: sse(
                { choices: [{ index: 0, delta: { content: 'Odd.' }, finish_reason: 'stop' }] },
                '[DONE]',
              ),
            };
      const closed = new AbortController();
      res.once('close', () => closed.abort());
      await writeFakeResponse(res, answer, { closed: closed.signal, markServerDrop: () => {} });
    },
  });
});
afterAll(() => fake.close());

// ---- The window's side: what it shows per column, and the turns it keeps ----

interface Shown {
  text: string;
  reasoning: string;
  summary: ColumnSummary | null;
}

function arena() {
  const shown = new Map<string, Shown>();
  let onDone = () => {};
  const { call } = createTempCore({
    emit: (event: ArenaEvent) => {
      if (event.type === 'compare.batch') {
        for (const item of event.items) {
          const column = shown.get(item.columnId) ?? { text: '', reasoning: '', summary: null };
          for (const piece of item.events) {
            if (piece.type === 'text') column.text += piece.delta;
            if (piece.type === 'reasoning') column.reasoning += piece.delta;
          }
          shown.set(item.columnId, column);
        }
      }
      if (event.type === 'compare.column-done') {
        const column = shown.get(event.columnId) ?? { text: '', reasoning: '', summary: null };
        shown.set(event.columnId, { ...column, summary: event.result });
        onDone();
      }
    },
    client: { hosts: loopbackHosts(fake.url) },
  });

  async function run(prompt: string, history: (columnId: string) => ChatTurn[]) {
    shown.clear();
    const done = new Promise<void>((resolve) => {
      onDone = () => {
        if ([...shown.values()].filter((column) => column.summary).length === COLUMNS.length) resolve();
      };
    });
    const columns = COLUMNS.map(({ answer: _answer, ...column }) => ({
      ...column,
      history: history(column.columnId),
    }));
    const started = await call('compare.start', {
      prompt,
      params: { maxOutputTokens: 4000 },
      columns: columns.map(({ history: turns, ...column }) =>
        turns.length ? { ...column, history: turns } : column,
      ),
    });
    expect(started).toMatchObject({ ok: true });
    await done;
    return new Map(shown);
  }
  return { call, run };
}

/** The turns the Playground keeps for a column after an answer (see run-state.ts, exchangeTurns). */
function exchange(prompt: string, column: Shown): ChatTurn[] {
  const replay = column.summary?.replay;
  return [
    { role: 'user', content: prompt },
    {
      role: 'assistant',
      content: column.text,
      ...(column.reasoning ? { reasoning: column.reasoning } : {}),
      ...(replay ? { replay } : {}),
    },
  ];
}

describe('a follow-up in every column', () => {
  let second: Map<string, Record<string, unknown>>;
  let firstShown: Map<string, Shown>;

  beforeAll(async () => {
    const { call, run } = arena();
    for (const provider of [
      'minimax',
      'anthropic',
      'deepseek',
      'openai',
      'gemini',
      'moonshot',
      'openrouter',
    ] as ProviderId[]) {
      const added = await call('keys.add', { provider, key: `sk-test-${provider}-0123456789abcdef` });
      expect(added).toMatchObject({ ok: true });
    }
    turn = 1;
    firstShown = await run(FIRST, () => []);
    for (const [columnId, column] of firstShown)
      expect(
        column.summary?.error ?? null,
        `${columnId} ${JSON.stringify(column.summary?.error)}`,
      ).toBeNull();
    const sentBefore = fake.requests.length;
    turn = 2;
    await run(SECOND, (columnId) => exchange(FIRST, firstShown.get(columnId)!));
    second = new Map(
      fake.requests.slice(sentBefore).map((request) => {
        const body = request.json as Record<string, unknown>;
        const column = COLUMNS.find((candidate) => candidate.model === body.model)!;
        return [column.columnId, body];
      }),
    );
    expect(second.size).toBe(COLUMNS.length);
  }, 30_000);

  const messagesOf = (columnId: string) => second.get(columnId)?.messages as unknown[];

  it('MiniMax, OpenAI wire: the assistant turn is the content exactly as received, <think> included', () => {
    const raw = deltas('minimax-openai/stream-m27-think-tags-01.sse', 'content');
    expect(raw.startsWith('<think>')).toBe(true);
    expect(messagesOf('minimax')).toEqual([
      { role: 'user', content: FIRST },
      { role: 'assistant', content: raw },
      { role: 'user', content: SECOND },
    ]);
  });

  it('MiniMax, Anthropic wire: the thinking block goes back with its signature, then the text', () => {
    const expected = blocks('anthropic/stream-thinking-signature-01.sse');
    expect(expected.map((block) => block.type)).toEqual(['thinking', 'text']);
    expect(messagesOf('minimax-anthropic')).toEqual([
      { role: 'user', content: FIRST },
      { role: 'assistant', content: expected },
      { role: 'user', content: SECOND },
    ]);
  });

  it('Anthropic: the redacted thinking blocks go back with their data, then the text', () => {
    const expected = blocks('anthropic/stream-redacted-thinking-03.sse');
    expect(expected.map((block) => block.type)).toEqual(['redacted_thinking', 'redacted_thinking', 'text']);
    expect(messagesOf('anthropic')).toEqual([
      { role: 'user', content: FIRST },
      { role: 'assistant', content: expected },
      { role: 'user', content: SECOND },
    ]);
  });

  it('DeepSeek V4: reasoning_content on the assistant turn; the retired deepseek-reasoner gets none', () => {
    const file = 'deepseek/stream-reasoner-include-usage-01.sse';
    const text = deltas(file, 'content');
    const reasoning = deltas(file, 'reasoning_content');
    expect(text.length).toBeGreaterThan(0);
    expect(reasoning.length).toBeGreaterThan(0);
    expect(messagesOf('deepseek')[1]).toEqual({
      role: 'assistant',
      content: text,
      reasoning_content: reasoning,
    });
    expect(messagesOf('deepseek-legacy')[1]).toEqual({ role: 'assistant', content: text });
  });

  it.each([
    ['openai', 'openai/stream-gpt5-include-usage-03.sse'],
    ['moonshot', 'openai/stream-text-include-usage-02.sse'],
    ['openrouter', 'openai/stream-text-include-usage-02.sse'],
    ['custom', 'openai/stream-text-include-usage-02.sse'],
  ])('%s: plain role/content', (columnId, file) => {
    expect(messagesOf(columnId)).toEqual([
      { role: 'user', content: FIRST },
      { role: 'assistant', content: deltas(file, 'content') },
      { role: 'user', content: SECOND },
    ]);
  });

  it('Gemini: plain content, its <thought> reasoning left out', () => {
    expect(messagesOf('gemini')).toEqual([
      { role: 'user', content: FIRST },
      { role: 'assistant', content: 'It is even.' },
      { role: 'user', content: SECOND },
    ]);
  });

  it('the column says which model answered when it is not the one asked for', () => {
    expect(firstShown.get('minimax-anthropic')?.summary?.answeredModel).toBe('claude-sonnet-4-20250514');
    expect(firstShown.get('minimax')?.summary?.answeredModel).toBe('MiniMax-M2.7');
  });
});
