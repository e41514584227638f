// Stored turns as the Playground's column runs: what the read-only columns show, and what "Continue in
// Playground" hands the run store so the next prompt is a follow-up. Pure.
import type { ColumnSummary, ColumnTiming } from '../../../../src-shared/compare.ts';
import type { ChatTurn } from '../../../../src-shared/conversation.ts';
import type { Conversation, StoredColumn, StoredTurn } from '../../../../src-shared/history.ts';
import type { ColumnSetup } from '../../../../src-shared/settings.ts';
import { type ColumnPhase, type ColumnRun, exchangeTurns } from '../playground/run-state.ts';

export const INTERRUPTED_NOTICE = 'The app stopped before this answer ended; what had arrived is kept.';

/** For a column that never reported its timing: every duration reads "not reported". */
const NO_TIMING: ColumnTiming = {
  ttftMs: null,
  totalMs: Number.NaN,
  tokensPerSecond: null,
  tokensEstimated: false,
};

function phaseOf(column: StoredColumn): ColumnPhase {
  if (column.state === 'interrupted' || column.state === 'cancelled') return 'cancelled';
  if (column.state === 'failed' || column.error)
    return column.error?.kind === 'cancelled' ? 'cancelled' : 'failed';
  return 'done';
}

function summaryOf(column: StoredColumn): ColumnSummary {
  return {
    usage: column.usage,
    finishReason: column.finishReason,
    error: column.error,
    timing: column.timing ?? NO_TIMING,
    cost: column.cost,
    truncated: column.truncated,
    ...(column.answeredModel ? { answeredModel: column.answeredModel } : {}),
    ...(column.replay ? { replay: column.replay } : {}),
  };
}

/** One stored column of a turn as the Playground shows a finished column; `history` came before it. */
export function storedColumnRun(turn: StoredTurn, column: StoredColumn, history: ChatTurn[] = []): ColumnRun {
  const run: ColumnRun = {
    runId: turn.runId,
    phase: phaseOf(column),
    attempt: 0,
    retryAt: null,
    requestedAt: 0,
    firstTokenAt: null,
    retryReason: null,
    prompt: turn.prompt,
    text: column.text,
    reasoning: column.reasoning,
    toolCalls: column.toolCalls,
    usage: column.usage,
    answeredModel: column.answeredModel ?? null,
    summary: summaryOf(column),
    error: column.error,
    notice: column.state === 'interrupted' ? INTERRUPTED_NOTICE : null,
    history,
    turns: history,
  };
  return { ...run, turns: [...history, ...exchangeTurns(run)] };
}

/** A turn's columns, each alone (the turn's prompt shows above them), keyed by column id. */
export function turnRuns(turn: StoredTurn): Map<string, ColumnRun> {
  return new Map(turn.columns.map((column) => [column.columnId, storedColumnRun(turn, column)]));
}

export interface ResumedColumn {
  setup: ColumnSetup;
  /** The last turn's answer, with every earlier exchange of this column as its history. */
  run: ColumnRun;
}

/** How the column was asked, as the Playground remembers a column (fields it did not set left out). */
export function columnSetupOf(column: StoredColumn): ColumnSetup {
  const { provider, model, region, baseUrl, wire, keyId, params } = column;
  const setup: ColumnSetup = { provider, model };
  if (region !== undefined) setup.region = region;
  if (baseUrl !== undefined) setup.baseUrl = baseUrl;
  if (wire !== undefined) setup.wire = wire;
  if (keyId !== undefined) setup.keyId = keyId;
  if (params !== undefined && Object.keys(params).length > 0) setup.params = params;
  return setup;
}

/**
 * The last turn's columns, in order, each carrying its own conversation: the exchanges of every turn
 * it took part in (a column added later has only its own), as the Playground would have kept them.
 */
export function resumedColumns(conversation: Conversation): ResumedColumn[] {
  const histories = new Map<string, ChatTurn[]>();
  let last: ResumedColumn[] = [];
  for (const turn of conversation.turns) {
    last = turn.columns.map((column) => {
      const run = storedColumnRun(turn, column, histories.get(column.columnId) ?? []);
      histories.set(column.columnId, run.turns);
      return { setup: columnSetupOf(column), run };
    });
  }
  return last;
}
