// 10,000 stored runs listed a page at a time: every conversation exactly once, newest first, the total
// on every page, the last page saying it is the last; filters and search page the same way. The
// cursor is the list's own: one made up is refused with a clear message.
import { describe, expect, it } from 'vitest';
import type { HistoryItem, HistoryQuery } from '../../../src-shared/history.ts';
import { expectLinearTime } from '../linear-time-test-support.ts';
import { doneColumn, openTestStore, seedRun } from './history-test-support.ts';

const RUNS = 10_000;
const BASE = Date.UTC(2026, 0, 1);

/**
 * `count` conversations of one run each; run i starts i minutes after BASE, except that every tenth
 * run shares its start with the next. Seeded in one transaction (each run's own is a savepoint of it).
 */
function seedConversations(count: number) {
  const store = openTestStore();
  const db = store.databaseOrNull()!;
  db.exec('BEGIN');
  for (let index = 0; index < count; index++) {
    const minute = index % 10 === 0 ? index + 1 : index;
    seedRun(store, {
      runId: `run-${index}`,
      conversationId: `conv-${index}`,
      startedAt: new Date(BASE + minute * 60_000),
      prompt: `Question number ${index}${index % 100 === 0 ? ' about zebras' : ''}`,
      columns: [
        {
          provider: index % 2 === 0 ? 'openai' : 'deepseek',
          model: index % 2 === 0 ? 'gpt-4o' : 'deepseek-v4-flash',
          outcome: doneColumn(`Answer ${index}`),
        },
      ],
    });
  }
  db.exec('COMMIT');
  return store;
}

function everyPage(
  store: ReturnType<typeof openTestStore>,
  query: HistoryQuery,
): { items: HistoryItem[]; totals: number[] } {
  const items: HistoryItem[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = store.list({ ...query, ...(cursor === undefined ? {} : { cursor }) });
    items.push(...page.items);
    totals.push(page.total);
    if (page.nextCursor === null) return { items, totals };
    expect(page.items).toHaveLength(query.limit ?? 50);
    cursor = page.nextCursor;
  }
}

/** The conversations' ids newest first, as worked out from how they were seeded. */
function expectedOrder(indexes: number[]): string[] {
  const minuteOf = (index: number) => (index % 10 === 0 ? index + 1 : index);
  // Same start: the later-inserted (higher index) first.
  return [...indexes].sort((a, b) => minuteOf(b) - minuteOf(a) || b - a).map((index) => `conv-${index}`);
}

describe('listing 10,000 runs', () => {
  const store = seedConversations(RUNS);
  const all = Array.from({ length: RUNS }, (_, index) => index);

  it('pages through all of them, each once, newest first', () => {
    const { items, totals } = everyPage(store, { limit: 200 });
    expect(items.map((item) => item.conversationId)).toEqual(expectedOrder(all));
    expect(new Set(totals)).toEqual(new Set([RUNS]));
    expect(totals).toHaveLength(RUNS / 200);
  });

  it('pages a filter the same way', () => {
    const { items, totals } = everyPage(store, { provider: 'deepseek', limit: 75 });
    expect(items.map((item) => item.conversationId)).toEqual(
      expectedOrder(all.filter((index) => index % 2 === 1)),
    );
    expect(new Set(totals)).toEqual(new Set([RUNS / 2]));
  });

  it('pages a search the same way, every line with its snippet', () => {
    const { items } = everyPage(store, { search: 'zebras', limit: 7 });
    expect(items.map((item) => item.conversationId)).toEqual(
      expectedOrder(all.filter((index) => index % 100 === 0)),
    );
    expect(items.every((item) => item.snippet?.includes('zebras'))).toBe(true);
  });

  it('takes time linear in the number of conversations for a filtered, counted page', () => {
    // 2,500 conversations for the 1 MiB size, 10,000 for the 4 MiB one.
    expectLinearTime(
      (size) => (size > 2 * 1024 * 1024 ? store : seedConversations(2_500)),
      (seeded) => seeded.list({ provider: 'deepseek', from: '2026-01-01', limit: 50 }),
    );
  });

  it('refuses a cursor it did not make', () => {
    expect(() => store.list({ cursor: 'bm90IG1pbmU' })).toThrow(/not one the list gave: start again/);
  });
});
