// Deleting, voting and adding up spending: deletes take every trace of a conversation (its search rows
// too) in one go; a vote names only its run's columns and replaces the one before; spending keeps
// USD and CNY apart beside the estimated USD, and counts unknown costs without guessing them.
import { describe, expect, it } from 'vitest';
import { CNY_PER_USD } from '../../../src-shared/pricing.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { cnyCost, doneColumn, openTestStore, seedRun, usdCost } from './history-test-support.ts';
import type { VoteInput } from './votes.ts';

function arenaErrorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ArenaErrorException) return error.error;
    throw error;
  }
  throw new Error('expected an ArenaError');
}

const twoColumns = (text: string) => [
  { provider: 'openai' as const, model: 'gpt-4o', outcome: doneColumn(`${text} one`, usdCost(0.01)) },
  {
    provider: 'deepseek' as const,
    model: 'deepseek-v4-flash',
    outcome: doneColumn(`${text} two`, usdCost(0.002)),
  },
];

function threeConversations() {
  const store = openTestStore(undefined, () => new Date('2026-11-27T12:00:00.000Z'));
  for (const [index, word] of ['alpha', 'bravo', 'charlie'].entries()) {
    seedRun(store, {
      runId: `run-${word}`,
      conversationId: word,
      startedAt: new Date(2026, 10, 20 + index, 12),
      prompt: `Prompt ${word}`,
      columns: twoColumns(word),
    });
  }
  return store;
}

/** Starts run-bravo-2: a blind follow-up of bravo, not voted on (shown in `blindOrder` when given). */
function startBlindFollowUp(store: ReturnType<typeof threeConversations>, blindOrder?: string[]) {
  store.recordRunStart({
    runId: 'run-bravo-2',
    conversationId: 'bravo',
    startedAt: new Date(2026, 10, 25, 12),
    prompt: 'A blind follow-up',
    system: null,
    params: {},
    blind: true,
    ...(blindOrder ? { blindOrder } : {}),
    columns: [
      { columnId: 'c0', provider: 'openai', model: 'gpt-4o' },
      { columnId: 'c1', provider: 'deepseek', model: 'deepseek-v4-flash' },
    ],
  });
}

describe('delete', () => {
  it('removes many conversations at once with their runs, columns, votes and search rows', () => {
    const store = threeConversations();
    store.vote({
      runId: 'run-alpha',
      outcome: { kind: 'pair', a: 'c0', b: 'c1', result: 'a' },
      shownOrder: ['c1', 'c0'],
    });
    expect(store.delete(['alpha', 'charlie', 'never-was'])).toBe(2);
    expect(store.list({}).items.map((item) => item.conversationId)).toEqual(['bravo']);
    expect(store.list({ search: 'alpha' }).total).toBe(0);
    const db = store.databaseOrNull()!;
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('runs'), count('columns'), count('votes'), count('search')]).toEqual([1, 2, 0, 3]);
    expect(arenaErrorOf(() => store.get('alpha'))).toMatchObject({
      kind: 'invalid_input',
      field: 'conversationId',
    });
  });
});

describe('vote', () => {
  it('is stored with the run, replaces an earlier one, and names the winner in the list', () => {
    const store = threeConversations();
    const first = store.vote({
      runId: 'run-bravo',
      outcome: { kind: 'best', best: 'c1' },
      shownOrder: ['c0', 'c1'],
    });
    expect(first).toEqual({
      votedAt: '2026-11-27T12:00:00.000Z',
      outcome: { kind: 'best', best: 'c1' },
      shownOrder: ['c0', 'c1'],
    });
    const winner = () => store.list({ search: 'bravo' }).items[0]?.winner;
    expect(winner()).toEqual({ provider: 'deepseek', model: 'deepseek-v4-flash' });
    store.vote({
      runId: 'run-bravo',
      outcome: { kind: 'pair', a: 'c0', b: 'c1', result: 'tie' },
      shownOrder: ['c1', 'c0'],
    });
    expect(winner()).toBe('tie');
    expect(store.get('bravo').turns[0]?.vote).toMatchObject({
      outcome: { kind: 'pair', result: 'tie' },
      shownOrder: ['c1', 'c0'],
    });
    store.vote({
      runId: 'run-bravo',
      outcome: { kind: 'ranking', order: ['c0', 'c1'] },
      shownOrder: ['c0', 'c1'],
    });
    expect(winner()).toEqual({ provider: 'openai', model: 'gpt-4o' });
  });

  it("names the latest voted turn's winner in the list, not the first turn's", () => {
    const store = threeConversations();
    store.vote({ runId: 'run-bravo', outcome: { kind: 'best', best: 'c0' }, shownOrder: ['c0', 'c1'] });
    seedRun(store, {
      runId: 'run-bravo-2',
      conversationId: 'bravo',
      startedAt: new Date(2026, 10, 25, 12),
      prompt: 'A follow-up',
      columns: twoColumns('follow'),
    });
    seedRun(store, {
      runId: 'run-bravo-3',
      conversationId: 'bravo',
      startedAt: new Date(2026, 10, 26, 12),
      prompt: 'Another, not voted on',
      columns: twoColumns('again'),
    });
    store.vote({ runId: 'run-bravo-2', outcome: { kind: 'best', best: 'c1' }, shownOrder: ['c0', 'c1'] });
    const bravo = store.list({}).items.find((item) => item.conversationId === 'bravo');
    expect(bravo?.winner).toEqual({ provider: 'deepseek', model: 'deepseek-v4-flash' });
  });

  it('keeps the order a blind run was shown in, and a reveal without a vote', () => {
    const store = threeConversations();
    startBlindFollowUp(store, ['c1', 'c0']);
    const turns = () => store.get('bravo').turns;
    expect(turns().map((turn) => [turn.blind, turn.shownOrder, turn.revealed])).toEqual([
      [false, null, false],
      [true, ['c1', 'c0'], false],
    ]);
    const unvoted = () => store.list({}).items.find((item) => item.conversationId === 'bravo')?.blindUnvoted;
    expect(unvoted()).toBe(true);
    expect(store.reveal('run-bravo-2')).toEqual({ revealedAt: '2026-11-27T12:00:00.000Z' });
    expect(turns()[1]).toMatchObject({ shownOrder: ['c1', 'c0'], revealed: true, vote: null });
    expect(unvoted()).toBe(false);
    // A vote reveals too.
    store.vote({ runId: 'run-charlie', outcome: { kind: 'best', best: 'c0' }, shownOrder: ['c0', 'c1'] });
    expect(store.get('charlie').turns[0]?.revealed).toBe(true);
    expect(arenaErrorOf(() => store.reveal('nope'))).toMatchObject({ kind: 'invalid_input', field: 'runId' });
  });

  it('marks a conversation with a blind turn not voted on, so the list can hide its names', () => {
    const store = threeConversations();
    startBlindFollowUp(store);
    const hidden = () =>
      new Map(store.list({}).items.map((item) => [item.conversationId, item.blindUnvoted] as const));
    expect(hidden()).toEqual(
      new Map([
        ['bravo', true],
        ['charlie', false],
        ['alpha', false],
      ]),
    );
    store.vote({ runId: 'run-bravo-2', outcome: { kind: 'best', best: 'c0' }, shownOrder: ['c1', 'c0'] });
    expect(hidden().get('bravo')).toBe(false);
  });

  it.each([
    [
      'a run that is not stored',
      { runId: 'nope', outcome: { kind: 'best', best: 'c0' }, shownOrder: ['c0', 'c1'] },
      'runId',
    ],
    [
      'a column of no such id',
      { runId: 'run-alpha', outcome: { kind: 'best', best: 'c9' }, shownOrder: ['c0', 'c1'] },
      'outcome.best',
    ],
    [
      'a pair of one column twice',
      {
        runId: 'run-alpha',
        outcome: { kind: 'pair', a: 'c0', b: 'c0', result: 'a' },
        shownOrder: ['c0', 'c1'],
      },
      'outcome.b',
    ],
    [
      'a ranking naming a column twice',
      { runId: 'run-alpha', outcome: { kind: 'ranking', order: ['c1', 'c1'] }, shownOrder: ['c0', 'c1'] },
      'outcome.order.1',
    ],
    [
      'a shown order with a stranger',
      { runId: 'run-alpha', outcome: { kind: 'best', best: 'c0' }, shownOrder: ['c0', 'x'] },
      'shownOrder.1',
    ],
    [
      'a shown order naming a column twice',
      { runId: 'run-alpha', outcome: { kind: 'best', best: 'c0' }, shownOrder: ['c0', 'c0'] },
      'shownOrder',
    ],
  ] satisfies [string, VoteInput, string][])('refuses %s, keeping nothing', (_case, input, field) => {
    const store = threeConversations();
    expect(arenaErrorOf(() => store.vote(input))).toMatchObject({
      kind: 'invalid_input',
      field,
    });
    expect(store.get('alpha').turns[0]?.vote).toBeNull();
  });
});

describe('spending', () => {
  function spentStore() {
    const store = openTestStore();
    const add = (runId: string, day: Date, columns: Parameters<typeof seedRun>[1]['columns']) =>
      seedRun(store, { runId, conversationId: runId, startedAt: day, prompt: runId, columns });
    add('nov-20', new Date(2026, 10, 20, 23, 30), [
      { provider: 'openai', model: 'gpt-4o', outcome: doneColumn('a', usdCost(0.5)) },
      { provider: 'minimax', model: 'MiniMax-M2.7', outcome: doneColumn('b', cnyCost(7.1, 1)) },
      // Came back, but no price: counted apart, never as $0.
      { provider: 'custom', model: 'llama3.2', outcome: doneColumn('c', null) },
    ]);
    add('nov-21', new Date(2026, 10, 21, 0, 30), [
      { provider: 'openai', model: 'gpt-4o', outcome: doneColumn('d', usdCost(0.25)) },
    ]);
    add('dec-01', new Date(2026, 11, 1, 8), [
      { provider: 'openai', model: 'gpt-4o', outcome: doneColumn('e', usdCost(1)) },
      // Refused before anything was sent: cost nothing, and is not "unknown" either.
      {
        provider: 'openai',
        model: 'gpt-5-mini',
        outcome: {
          ...doneColumn('', null),
          usage: null,
          error: { kind: 'auth', message: 'no key' },
          finishReason: 'error',
        },
      },
    ]);
    return store;
  }

  it('adds up per local day × provider × model, USD and CNY apart, unknown costs counted', () => {
    const report = spentStore().spending({ groupBy: 'day' });
    const money = (usd: number, cny: number, unknown: number) => ({
      usd,
      cny,
      estimatedUsd: usd + cny / CNY_PER_USD.rate,
      unknownColumns: unknown,
    });
    expect(report.rows).toEqual([
      { period: '2026-11-20', provider: 'custom', model: 'llama3.2', runs: 1, total: money(0, 0, 1) },
      { period: '2026-11-20', provider: 'minimax', model: 'MiniMax-M2.7', runs: 1, total: money(0, 7.1, 0) },
      { period: '2026-11-20', provider: 'openai', model: 'gpt-4o', runs: 1, total: money(0.5, 0, 0) },
      { period: '2026-11-21', provider: 'openai', model: 'gpt-4o', runs: 1, total: money(0.25, 0, 0) },
      { period: '2026-12-01', provider: 'openai', model: 'gpt-4o', runs: 1, total: money(1, 0, 0) },
      { period: '2026-12-01', provider: 'openai', model: 'gpt-5-mini', runs: 1, total: money(0, 0, 0) },
    ]);
    expect(report.total).toEqual(money(1.75, 7.1, 1));
    expect(report.total.estimatedUsd).toBeCloseTo(2.75, 12);
    expect(report.byPeriod.map((entry) => [entry.period, entry.total.usd])).toEqual([
      ['2026-11-20', 0.5],
      ['2026-11-21', 0.25],
      ['2026-12-01', 1],
    ]);
    expect(report.byProvider.map((entry) => [entry.provider, entry.total.usd, entry.total.cny])).toEqual([
      ['custom', 0, 0],
      ['minimax', 0, 7.1],
      ['openai', 1.75, 0],
    ]);
  });

  it('by month, and within a date range', () => {
    const store = spentStore();
    const months = store.spending({ groupBy: 'month' });
    expect(months.byPeriod.map((entry) => [entry.period, entry.total.usd, entry.total.cny])).toEqual([
      ['2026-11', 0.75, 7.1],
      ['2026-12', 1, 0],
    ]);
    expect(months.rows.find((row) => row.period === '2026-11' && row.model === 'gpt-4o')?.runs).toBe(2);
    const range = store.spending({ groupBy: 'day', from: '2026-11-21', to: '2026-11-30' });
    expect(range.total.usd).toBe(0.25);
    expect(range.rows).toHaveLength(1);
  });
});
