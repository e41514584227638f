import type { DatabaseSync } from 'node:sqlite';
import type { CompareParams } from '../../../src-shared/compare.ts';
import type { ProviderId } from '../../../src-shared/domain.ts';
import type {
  Conversation,
  StoredColumn,
  StoredColumnState,
  StoredTurn,
  StoredVote,
  VoteOutcome,
} from '../../../src-shared/history.ts';
import { addMoney, moneyTotal, NO_MONEY } from './money.ts';
import type { ColumnRowState, StoredResult, StoredSpec } from './stored-column-fields.ts';

interface RunRow {
  seq: number;
  id: string;
  turn_index: number;
  started_at: string;
  prompt: string;
  system: string | null;
  params: string;
  blind: number;
  blind_order: string | null;
  revealed_at: string | null;
  voted_at: string | null;
  outcome: string | null;
  shown_order: string | null;
}

interface ColumnRow {
  column_id: string;
  provider: ProviderId;
  model: string;
  spec: string;
  state: ColumnRowState;
  text: string;
  reasoning: string;
  result: string | null;
  cost_usd: number | null;
  cost_cny: number | null;
  cost_unknown: number;
}

/** What a column that never ended shows: its spec, no result. */
const NO_RESULT: StoredResult = {
  toolCalls: [],
  usage: null,
  finishReason: null,
  error: null,
  timing: null,
  cost: null,
  truncated: false,
};

function storedColumn(row: ColumnRow): StoredColumn {
  const spec = JSON.parse(row.spec) as StoredSpec;
  const result = row.result === null ? NO_RESULT : (JSON.parse(row.result) as StoredResult);
  // A column still running as it is read is being streamed now: it is shown as not ended yet.
  const state: StoredColumnState = row.state === 'running' ? 'interrupted' : row.state;
  return {
    columnId: row.column_id,
    provider: row.provider,
    model: row.model,
    ...spec,
    ...result,
    state,
    text: row.text,
    reasoning: row.reasoning,
  };
}

function storedVote(row: RunRow): StoredVote | null {
  if (row.voted_at === null || row.outcome === null || row.shown_order === null) return null;
  return {
    votedAt: row.voted_at,
    outcome: JSON.parse(row.outcome) as VoteOutcome,
    shownOrder: JSON.parse(row.shown_order) as string[],
  };
}

/** A conversation with every turn, oldest first, exactly as stored; null when there is none by that id. */
export function readConversation(db: DatabaseSync, conversationId: string): Conversation | null {
  const conversation = db
    .prepare('SELECT seq, created_at, updated_at FROM conversations WHERE id = ?')
    .get(conversationId) as { seq: number; created_at: string; updated_at: string } | undefined;
  if (!conversation) return null;
  const runs = db
    .prepare(
      `SELECT r.seq, r.id, r.turn_index, r.started_at, r.prompt, r.system, r.params, r.blind,
              r.blind_order, r.revealed_at, v.voted_at, v.outcome, v.shown_order
       FROM runs r LEFT JOIN votes v ON v.run_seq = r.seq
       WHERE r.conversation_seq = ? ORDER BY r.turn_index`,
    )
    .all(conversation.seq) as unknown as RunRow[];
  const columnsOf = db.prepare(
    `SELECT column_id, provider, model, spec, state, text, reasoning, result, cost_usd, cost_cny, cost_unknown
     FROM columns WHERE run_seq = ? ORDER BY position`,
  );
  let total = NO_MONEY;
  const turns = runs.map((run): StoredTurn => {
    const rows = columnsOf.all(run.seq) as unknown as ColumnRow[];
    for (const row of rows)
      total = addMoney(
        total,
        moneyTotal({ usd: row.cost_usd ?? 0, cny: row.cost_cny ?? 0, unknown: row.cost_unknown }),
      );
    return {
      runId: run.id,
      conversationId,
      turnIndex: run.turn_index,
      startedAt: run.started_at,
      prompt: run.prompt,
      system: run.system,
      params: JSON.parse(run.params) as CompareParams,
      columns: rows.map(storedColumn),
      blind: run.blind === 1,
      shownOrder: run.blind_order === null ? null : (JSON.parse(run.blind_order) as string[]),
      revealed: run.voted_at !== null || run.revealed_at !== null,
      vote: storedVote(run),
    };
  });
  return {
    conversationId,
    createdAt: conversation.created_at,
    updatedAt: conversation.updated_at,
    turns,
    total,
  };
}
