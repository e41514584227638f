import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ModelRef, ProviderId } from '../../../src-shared/domain.ts';
import type { HistoryItem, HistoryPage, HistoryQuery, VoteOutcome } from '../../../src-shared/history.ts';
import { type SearchPlan, searchPlan } from './fts-query.ts';
import { decodeCursor, encodeCursor } from './list-cursor.ts';
import { addMoney, moneyTotal, NO_MONEY } from './money.ts';
import {
  matchingConversations,
  matchingRows,
  SHORT_TERM_ROWS,
  shortTermsBounded,
  snippetsOf,
} from './search-match.ts';
import { jsonList } from './transaction.ts';
import { namedWinner } from './winner.ts';

export const DEFAULT_PAGE_SIZE = 50;
/** Characters of the first prompt a list line shows. */
export const PROMPT_START_CHARS = 200;

type Params = Record<string, SQLInputValue>;

/** The WHERE clause over `conversations c` that the query's filters make, with its parameters. */
function filters(query: HistoryQuery, plan: SearchPlan | null): { where: string[]; params: Params } {
  const where: string[] = [];
  const params: Params = {};
  if (plan !== null) {
    const rows = matchingRows(plan);
    where.push(`c.seq IN (${matchingConversations(rows.sql)})`);
    Object.assign(params, rows.params);
  }
  // Each filter is one uncorrelated set, built once per query: a correlated EXISTS let SQLite scan
  // every column of a provider for every conversation (quadratic in the history's size).
  if (query.provider !== undefined || query.model !== undefined) {
    const conditions: string[] = [];
    if (query.provider !== undefined) {
      conditions.push('col.provider = :provider');
      params.provider = query.provider;
    }
    if (query.model !== undefined) {
      conditions.push('col.model = :model');
      params.model = query.model;
    }
    where.push(
      `c.seq IN (SELECT r.conversation_seq FROM columns col JOIN runs r ON r.seq = col.run_seq WHERE ${conditions.join(' AND ')})`,
    );
  }
  if (query.from !== undefined || query.to !== undefined) {
    where.push('c.seq IN (SELECT conversation_seq FROM runs WHERE started_day BETWEEN :from AND :to)');
    params.from = query.from ?? '0000-00-00';
    params.to = query.to ?? '9999-99-99';
  }
  return { where, params };
}

const whereClause = (where: readonly string[]) => (where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`);

function promptStart(prompt: string): string {
  return prompt.length > PROMPT_START_CHARS ? `${prompt.slice(0, PROMPT_START_CHARS).trimEnd()}…` : prompt;
}

interface PageRow {
  seq: number;
  id: string;
  created_at: string;
  updated_at: string;
}

/** Everything a list line shows, for one page of conversations, in a few queries over the page. */
function describePage(db: DatabaseSync, rows: readonly PageRow[], plan: SearchPlan | null): HistoryItem[] {
  const seqs = jsonList(rows.map((row) => row.seq));
  const firsts = new Map<number, { prompt: string; turns: number }>();
  for (const row of db
    .prepare(
      `SELECT conversation_seq AS seq, min(turn_index), substr(prompt, 1, ${PROMPT_START_CHARS + 1}) AS prompt, count(*) AS turns
       FROM runs WHERE conversation_seq IN (SELECT value FROM json_each(?)) GROUP BY conversation_seq`,
    )
    .all(seqs) as { seq: number; prompt: string; turns: number }[])
    firsts.set(row.seq, { prompt: row.prompt, turns: row.turns });

  const models = new Map<number, ModelRef[]>();
  const totals = new Map<number, HistoryItem['total']>();
  for (const row of db
    .prepare(
      `SELECT r.conversation_seq AS seq, col.provider, col.model, total(col.cost_usd) AS usd,
              total(col.cost_cny) AS cny, total(col.cost_unknown) AS unknown
       FROM runs r JOIN columns col ON col.run_seq = r.seq
       WHERE r.conversation_seq IN (SELECT value FROM json_each(?))
       GROUP BY r.conversation_seq, col.provider, col.model
       ORDER BY r.conversation_seq, min(r.turn_index), min(col.position)`,
    )
    .all(seqs) as {
    seq: number;
    provider: ProviderId;
    model: string;
    usd: number;
    cny: number;
    unknown: number;
  }[]) {
    models.set(row.seq, [...(models.get(row.seq) ?? []), { provider: row.provider, model: row.model }]);
    totals.set(row.seq, addMoney(totals.get(row.seq) ?? NO_MONEY, moneyTotal(row)));
  }

  // The latest voted turn's winner: turns come oldest first, so a later vote replaces an earlier one.
  const winners = new Map<number, HistoryItem['winner']>();
  const columnsOf = db.prepare('SELECT column_id, provider, model FROM columns WHERE run_seq = ?');
  for (const row of db
    .prepare(
      `SELECT r.conversation_seq AS seq, r.seq AS run_seq, v.outcome FROM runs r JOIN votes v ON v.run_seq = r.seq
       WHERE r.conversation_seq IN (SELECT value FROM json_each(?)) ORDER BY r.turn_index`,
    )
    .all(seqs) as { seq: number; run_seq: number; outcome: string }[]) {
    const columns = new Map<string, ModelRef>();
    for (const column of columnsOf.all(row.run_seq) as {
      column_id: string;
      provider: ProviderId;
      model: string;
    }[])
      columns.set(column.column_id, { provider: column.provider, model: column.model });
    winners.set(row.seq, namedWinner(JSON.parse(row.outcome) as VoteOutcome, columns));
  }

  const blindUnvoted = new Set<number>();
  for (const row of db
    .prepare(
      `SELECT DISTINCT r.conversation_seq AS seq FROM runs r LEFT JOIN votes v ON v.run_seq = r.seq
       WHERE r.conversation_seq IN (SELECT value FROM json_each(?)) AND r.blind = 1 AND v.run_seq IS NULL
         AND r.revealed_at IS NULL`,
    )
    .all(seqs) as { seq: number }[])
    blindUnvoted.add(row.seq);

  const snippets = plan === null ? new Map<number, string>() : snippetsOf(db, plan, seqs);

  return rows.map((row) => ({
    conversationId: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    promptStart: promptStart(firsts.get(row.seq)?.prompt ?? ''),
    turns: firsts.get(row.seq)?.turns ?? 0,
    models: models.get(row.seq) ?? [],
    total: totals.get(row.seq) ?? NO_MONEY,
    winner: winners.get(row.seq) ?? null,
    blindUnvoted: blindUnvoted.has(row.seq),
    snippet: snippets.get(row.seq) ?? null,
  }));
}

/** Conversations newest first (by their last run), filtered and searched, one keyset page at a time. */
export function listConversations(db: DatabaseSync, query: HistoryQuery): HistoryPage {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const plan = query.search ? searchPlan(query.search) : null;
  if (query.search && plan === null) {
    return {
      items: [],
      nextCursor: null,
      total: 0,
      notice: `Nothing to search for in “${query.search.slice(0, 60)}”: a search needs letters or digits (punctuation, symbols and emoji alone are not indexed).`,
    };
  }
  const { where, params } = filters(query, plan);
  const { total } = db
    .prepare(`SELECT count(*) AS total FROM conversations c ${whereClause(where)}`)
    .get(params) as { total: number };
  const pageWhere = [...where];
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    pageWhere.push('(c.updated_at < :afterTime OR (c.updated_at = :afterTime AND c.seq < :afterSeq))');
    params.afterTime = after.updatedAt;
    params.afterSeq = after.seq;
  }
  const rows = db
    .prepare(
      `SELECT c.seq, c.id, c.created_at, c.updated_at FROM conversations c ${whereClause(pageWhere)}
       ORDER BY c.updated_at DESC, c.seq DESC LIMIT :limit`,
    )
    .all({ ...params, limit: limit + 1 }) as unknown as PageRow[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: describePage(db, page, plan),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ updatedAt: last.updated_at, seq: last.seq }) : null,
    total,
    ...(plan !== null && shortTermsBounded(db, plan)
      ? {
          notice: `Words of one or two Chinese, Japanese or Korean characters were looked for in the newest ${SHORT_TERM_ROWS.toLocaleString('en-US')} prompts and answers with such text only: add a longer word to search everything.`,
        }
      : {}),
  };
}
