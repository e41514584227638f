// The leaderboard through the core's routes: votes stored with their runs (history.vote) are rated
// (history.leaderboard), offered as the 'votes' quality index on Models & Prices, and gone with
// their conversations.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../../../src-shared/history.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import { createTempCore } from '../../core-test-support.ts';
import type { ColumnOutcome } from '../stored-column-fields.ts';

type Core = ReturnType<typeof createTempCore>;

async function value<T>(core: Core, route: string, input?: unknown): Promise<T> {
  const result = await core.call(route, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const FABLE = { provider: 'anthropic', model: 'claude-fable-5' } as const;
const GEMMA = { provider: 'gemini', model: 'gemma-3-27b-it' } as const;

/** A column that answered, as the recorder keeps it (no cost: the leaderboard does not read it). */
const answered = (text: string): ColumnOutcome => ({
  text,
  reasoning: '',
  toolCalls: [],
  usage: null,
  finishReason: 'stop',
  error: null,
  timing: { ttftMs: 100, totalMs: 500, tokensPerSecond: 20, tokensEstimated: true },
  cost: null,
  truncated: false,
});

/** A stored run of Fable (c0) against Gemma (c1) in conversation `id`, recorded as the recorder does. */
function seed(core: Core, id: string): void {
  const history = core.core.history;
  history.recordRunStart({
    runId: `run-${id}`,
    conversationId: id,
    startedAt: new Date('2026-11-30T10:00:00Z'),
    prompt: 'Which is better?',
    system: null,
    params: {},
    blind: true,
    columns: [
      { columnId: 'c0', ...FABLE },
      { columnId: 'c1', ...GEMMA },
    ],
  });
  history.recordColumnEnd(`run-${id}`, 'c0', answered('one answer'));
  history.recordColumnEnd(`run-${id}`, 'c1', answered('another answer'));
}

const fableWins = (id: string) => ({
  runId: `run-${id}`,
  outcome: { kind: 'pair', a: 'c1', b: 'c0', result: 'b' },
  shownOrder: ['c1', 'c0'],
});

describe('the leaderboard routes', () => {
  it('rates stored votes, offers them as the votes index, and forgets them with their conversations', async () => {
    const core = createTempCore();
    expect(await value<Leaderboard>(core, 'history.leaderboard')).toEqual({
      rows: [],
      votes: 0,
      updatedAt: null,
    });
    const before = await value<PriceTable>(core, 'prices.list');
    expect(before.qualityIndexes.some((info) => info.index === 'votes')).toBe(false);

    for (const id of ['one', 'two', 'three']) seed(core, id);
    await value(core, 'history.vote', fableWins('one'));
    await value(core, 'history.vote', fableWins('two'));
    await value(core, 'history.vote', {
      ...fableWins('three'),
      outcome: { kind: 'pair', a: 'c1', b: 'c0', result: 'a' },
    });

    const board = await value<Leaderboard>(core, 'history.leaderboard');
    expect(board.votes).toBe(3);
    // 2 wins to 1 with the prior's virtual tie: 2.5 : 1.5, so Fable is 200·log10(5/3) = 44.4 above 1000.
    expect(
      board.rows.map((row) => [row.model, Math.round(row.rating * 10) / 10, row.wins, row.losses, row.group]),
    ).toEqual([
      ['claude-fable-5', 1044.4, 2, 1, 1],
      ['gemma-3-27b-it', 955.6, 1, 2, 1],
    ]);

    const table = await value<PriceTable>(core, 'prices.setQualityIndex', {
      index: 'votes',
      version: 'yours',
    });
    expect(table.qualityIndex).toEqual({ index: 'votes', version: 'yours' });
    expect(table.qualityIndexes.find((info) => info.index === 'votes')).toMatchObject({
      votes: 3,
      measuredModels: 2,
    });
    const fable = table.rows.find((row) => row.provider === FABLE.provider && row.model === FABLE.model);
    expect(fable?.quality).toBe(1044);
    expect(fable?.qualityScore?.votes).toBe(3);

    // A changed vote rates again: now 1 win to 2.
    await value(core, 'history.vote', {
      ...fableWins('one'),
      outcome: { kind: 'pair', a: 'c1', b: 'c0', result: 'a' },
    });
    const changed = await value<PriceTable>(core, 'prices.list');
    expect(
      changed.rows.find((row) => row.model === FABLE.model && row.provider === FABLE.provider)?.quality,
    ).toBe(956);

    await value(core, 'history.delete', { conversationIds: ['one', 'two', 'three'] });
    expect((await value<Leaderboard>(core, 'history.leaderboard')).rows).toEqual([]);
    const after = await value<PriceTable>(core, 'prices.list');
    expect(after.qualityIndexes.some((info) => info.index === 'votes')).toBe(false);
    // The stored choice names an index there are no scores for now: the default stands in.
    expect(after.qualityIndex).toEqual({ index: 'aa-intelligence', version: 'v4.1' });
  });

  it('says the history is damaged, and to restart, when its votes cannot be read', async () => {
    const core = createTempCore();
    seed(core, 'one');
    await value(core, 'history.vote', fableWins('one'));
    const db = core.core.history.databaseOrNull()!;
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    // Every page after the first (the schema) overwritten under the open database.
    const file = join(core.dataDir, 'history.sqlite');
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    writeSync(fd, Buffer.alloc(size - 4096, 0xab), 0, size - 4096, 4096);
    closeSync(fd);
    db.exec('PRAGMA cache_size = 0');
    const board = await core.call('history.leaderboard');
    expect(board.ok).toBe(false);
    if (!board.ok) expect(board.error.message).toMatch(/History is damaged.*restart the app/);
    const status = await value<{ message: string | null }>(core, 'history.status');
    expect(status.message).toMatch(/History is damaged.*restart the app/);
  });
});
