import type { DatabaseSync } from 'node:sqlite';
import type { ColumnSpec, CompareParams } from '../../../src-shared/compare.ts';
import { CJK_CHARACTER } from './fts-query.ts';
import { SEARCH_ROWS_PER_RUN } from './schema.ts';
import {
  type ColumnOutcome,
  type ColumnRowState,
  costFields,
  localDay,
  resultOf,
  specOf,
} from './stored-column-fields.ts';
import { inTransaction } from './transaction.ts';

export interface RunStart {
  runId: string;
  conversationId: string;
  startedAt: Date;
  prompt: string;
  system: string | null;
  params: CompareParams;
  blind: boolean;
  /** A blind run's column ids in the order shown (Model A, B, …); absent when not sent. */
  blindOrder?: readonly string[];
  columns: readonly ColumnSpec[];
}

/** A column's output so far, for one that did not end (the app stopped first). */
export type PartialOutput = Pick<ColumnOutcome, 'text' | 'reasoning' | 'toolCalls' | 'usage'>;

function runSeq(db: DatabaseSync, runId: string): number | null {
  const row = db.prepare('SELECT seq FROM runs WHERE id = ?').get(runId) as { seq: number } | undefined;
  return row?.seq ?? null;
}

/** A prompt's or answer's search row; text with CJK in it also in the trigram table, by the same rowid. */
function indexSearchRow(db: DatabaseSync, rowid: number, body: string): void {
  db.prepare('DELETE FROM search WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM search_cjk WHERE rowid = ?').run(rowid);
  if (body.length === 0) return;
  db.prepare('INSERT INTO search (rowid, body) VALUES (?, ?)').run(rowid, body);
  if (CJK_CHARACTER.test(body))
    db.prepare('INSERT INTO search_cjk (rowid, body) VALUES (?, ?)').run(rowid, body);
}

/** The run, its conversation (made when new) and its columns as 'running', in one transaction. */
export function insertRun(db: DatabaseSync, run: RunStart): void {
  const startedAt = run.startedAt.toISOString();
  inTransaction(db, () => {
    db.prepare(
      `INSERT INTO conversations (id, created_at, updated_at) VALUES (:id, :at, :at)
       ON CONFLICT (id) DO UPDATE SET updated_at = max(updated_at, excluded.updated_at)`,
    ).run({ id: run.conversationId, at: startedAt });
    const conversation = db.prepare('SELECT seq FROM conversations WHERE id = ?').get(run.conversationId) as {
      seq: number;
    };
    const { seq } = db
      .prepare(
        `INSERT INTO runs (id, conversation_seq, turn_index, started_at, started_day, prompt, system, params, blind, blind_order)
         VALUES (:id, :conversation, (SELECT coalesce(max(turn_index) + 1, 0) FROM runs WHERE conversation_seq = :conversation),
                 :startedAt, :day, :prompt, :system, :params, :blind, :blindOrder)
         RETURNING seq`,
      )
      .get({
        id: run.runId,
        conversation: conversation.seq,
        startedAt,
        day: localDay(run.startedAt),
        prompt: run.prompt,
        system: run.system,
        params: JSON.stringify(run.params),
        blind: run.blind ? 1 : 0,
        blindOrder: run.blind && run.blindOrder ? JSON.stringify(run.blindOrder) : null,
      }) as { seq: number };
    const insertColumn = db.prepare(
      `INSERT INTO columns (run_seq, position, column_id, provider, model, spec, state)
       VALUES (?, ?, ?, ?, ?, ?, 'running')`,
    );
    run.columns.forEach((column, position) => {
      insertColumn.run(
        seq,
        position,
        column.columnId,
        column.provider,
        column.model,
        JSON.stringify(specOf(column)),
      );
    });
    indexSearchRow(db, seq * SEARCH_ROWS_PER_RUN, run.prompt);
  });
}

/** One column's end (or what arrived before the app stopped), and its answer indexed, in one transaction. */
export function updateColumn(
  db: DatabaseSync,
  runId: string,
  columnId: string,
  state: ColumnRowState,
  outcome: ColumnOutcome,
): boolean {
  return inTransaction(db, () => {
    const seq = runSeq(db, runId);
    if (seq === null) return false;
    const cost = costFields(outcome);
    const row = db
      .prepare(
        `UPDATE columns SET state = :state, text = :text, reasoning = :reasoning, result = :result,
           cost_usd = :costUsd, cost_cny = :costCny, cost_unknown = :costUnknown
         WHERE run_seq = :seq AND column_id = :columnId
         RETURNING position`,
      )
      .get({
        state,
        text: outcome.text,
        reasoning: outcome.reasoning,
        result: JSON.stringify(resultOf(outcome)),
        ...cost,
        seq,
        columnId,
      }) as { position: number } | undefined;
    if (!row) return false;
    indexSearchRow(db, seq * SEARCH_ROWS_PER_RUN + row.position + 1, outcome.text);
    return true;
  });
}

/** Columns left 'running' by an app that stopped without saying: interrupted, with nothing that arrived. */
export function interruptLeftovers(db: DatabaseSync): number {
  return Number(db.prepare(`UPDATE columns SET state = 'interrupted' WHERE state = 'running'`).run().changes);
}

/** The conversations and everything in them (runs, columns, votes, search rows), in one transaction. */
export function deleteConversations(db: DatabaseSync, conversationIds: readonly string[]): number {
  return inTransaction(db, () => {
    const ids = JSON.stringify(conversationIds);
    const runs = db
      .prepare(
        `SELECT r.seq FROM conversations c JOIN runs r ON r.conversation_seq = c.seq
         WHERE c.id IN (SELECT value FROM json_each(?))`,
      )
      .all(ids) as { seq: number }[];
    for (const table of ['search', 'search_cjk']) {
      const deleteSearchRows = db.prepare(`DELETE FROM ${table} WHERE rowid BETWEEN ? AND ?`);
      for (const { seq } of runs)
        deleteSearchRows.run(seq * SEARCH_ROWS_PER_RUN, (seq + 1) * SEARCH_ROWS_PER_RUN - 1);
    }
    return Number(
      db.prepare('DELETE FROM conversations WHERE id IN (SELECT value FROM json_each(?))').run(ids).changes,
    );
  });
}
