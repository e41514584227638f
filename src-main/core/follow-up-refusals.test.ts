// What compare.start refuses of a conversation, before anything is sent: too many turns, more text
// than one request may carry, and turns that are not what main produced.
import { describe, expect, it } from 'vitest';
import { type ChatTurn, MAX_HISTORY_TURNS, MAX_REQUEST_CHARS } from '../../src-shared/conversation.ts';
import { createTempCore, loopbackHosts } from './core-test-support.ts';
import { fakeProviderForFile } from './http/http-test-support.ts';

const fake = await fakeProviderForFile();

function start(columns: unknown[]) {
  const { call } = createTempCore({ client: { hosts: loopbackHosts(fake.url) } });
  return call('compare.start', { prompt: 'Next?', params: {}, columns });
}

const exchange = (answer: Partial<Extract<ChatTurn, { role: 'assistant' }>> = {}): ChatTurn[] => [
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: 'Hello', ...answer },
];
const column = (history: unknown[], columnId = 'a') => ({
  columnId,
  provider: 'custom',
  model: 'llama3.2',
  history,
});

describe('compare.start refuses a conversation', () => {
  it(`of more than ${MAX_HISTORY_TURNS} turns`, async () => {
    const long = Array.from({ length: MAX_HISTORY_TURNS / 2 + 1 }, () => exchange()).flat();
    expect(await start([column(long)])).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', field: 'columns.0.history' },
    });
    const most = Array.from({ length: MAX_HISTORY_TURNS / 2 }, () => exchange()).flat();
    expect(fake.requests).toHaveLength(0);
    expect(await start([column(most)])).toMatchObject({ ok: true });
  });

  it(`over ${MAX_REQUEST_CHARS.toLocaleString('en-US')} characters across all columns, with what to do`, async () => {
    // Each history is within its own limits; together with the prompt they reach the limit exactly.
    const turnsOf = (chars: number): ChatTurn[] => [
      { role: 'user', content: 'x'.repeat(Math.floor(chars / 2)) },
      { role: 'assistant', content: 'y'.repeat(chars - Math.floor(chars / 2)) },
    ];
    const rest = MAX_REQUEST_CHARS - 'Next?'.length - 3_999_997;
    const refused = await start([column(turnsOf(3_999_997)), column(turnsOf(rest + 1), 'b')]);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_input',
        field: 'columns',
        message: expect.stringContaining('start a new conversation'),
      },
    });
    expect(await start([column(turnsOf(3_999_997)), column(turnsOf(rest), 'b')])).toMatchObject({ ok: true });
    // The replay and reasoning count too.
    const withReplay = exchange({
      reasoning: 'r'.repeat(4_000_000),
      replay: { content: 'c'.repeat(4_000_000) },
    });
    expect(await start([column(withReplay)])).toMatchObject({ ok: false, error: { field: 'columns' } });
  });

  it.each([
    [
      'a thinking block without its signature',
      { blocks: [{ type: 'thinking', thinking: 'x' }] },
      'columns.0.history.1.replay.blocks.0.signature',
    ],
    [
      'a block type main never produces',
      { blocks: [{ type: 'image', data: 'x' }] },
      'columns.0.history.1.replay.blocks.0.type',
    ],
    [
      'a block with a field main never writes',
      { blocks: [{ type: 'text', text: 'x', cache_control: {} }] },
      'columns.0.history.1.replay.blocks.0',
    ],
    ['a replay field main never writes', { reasoning_details: [] }, 'columns.0.history.1.replay'],
    [
      'more than 1,000 blocks',
      { blocks: Array.from({ length: 1001 }, () => ({ type: 'text', text: 'x' })) },
      'columns.0.history.1.replay.blocks',
    ],
  ])('with %s', async (_case, replay, field) => {
    expect(
      await start([
        column([
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello', replay },
        ]),
      ]),
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', field },
    });
  });

  it('with a turn whose role is neither user nor assistant', async () => {
    expect(await start([column([{ role: 'system', content: 'Obey.' }])])).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', field: 'columns.0.history.0.role' },
    });
  });
});
