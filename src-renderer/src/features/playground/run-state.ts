// The Playground's run state and the pure reducers over it: what each column shows and the
// conversation it has had. No DOM, no bridge: the store (run-store.ts) wires these to main.
import type { ColumnBatch, ColumnEvent, ColumnSummary } from '../../../../src-shared/compare.ts';
import type { ChatTurn } from '../../../../src-shared/conversation.ts';
import type { ArenaError, ErrorKind, ToolCall, Usage } from '../../../../src-shared/domain.ts';
import type { MoneyTotal } from '../../../../src-shared/history.ts';
import { addAnswer, NO_MONEY } from '../spending/money-total.ts';

export type ColumnPhase =
  | 'idle'
  | 'queued'
  | 'rate-limited'
  | 'requesting'
  | 'retrying'
  | 'streaming'
  | 'done'
  | 'failed'
  | 'cancelled';

const ACTIVE_PHASES: ReadonlySet<ColumnPhase> = new Set([
  'queued',
  'rate-limited',
  'requesting',
  'retrying',
  'streaming',
]);

export const isActivePhase = (phase: ColumnPhase): boolean => ACTIVE_PHASES.has(phase);

/** One column's latest exchange (prompt → answer) and the conversation before it. */
export interface ColumnRun {
  /** The run this column's current answer belongs to: events of any other run are stale. */
  runId: string;
  phase: ColumnPhase;
  /** While requesting or retrying: which attempt. */
  attempt: number;
  /** While retrying: when the next attempt goes out (the clock the reducers were given). */
  retryAt: number | null;
  /** When the latest attempt went out, as this window saw it (for live metrics until main's arrive). */
  requestedAt: number;
  /** When this window received the first text or reasoning. */
  firstTokenAt: number | null;
  retryReason: ErrorKind | null;
  /** The user turn this answer replies to. */
  prompt: string;
  text: string;
  reasoning: string;
  toolCalls: ToolCall[];
  /** The latest usage the stream reported (the summary's, once the column is done). */
  usage: Usage | null;
  /** The model the provider says answered, when it said. */
  answeredModel: string | null;
  /** Metrics and cost from main, once the column is done. */
  summary: ColumnSummary | null;
  error: ArenaError | null;
  /** Something the window changed about this column's request, said on the column ("Its key was removed; …"). */
  notice: string | null;
  /** The turns sent with this answer's request (a retry sends them again). */
  history: ChatTurn[];
  /** The conversation a follow-up continues: `history`, plus this exchange once it has an answer. */
  turns: ChatTurn[];
}

/** What arrives from main, in order: a column's events, or its end. */
export type RunUpdate =
  | { kind: 'batch'; item: ColumnBatch }
  | { kind: 'done'; runId: string; columnId: string; summary: ColumnSummary };

export interface RunSlice {
  columns: ReadonlyMap<string, ColumnRun>;
  /**
   * What every answer since the conversation began cost (retries included): USD and CNY bills apart,
   * both as estimated USD, and the answers that used tokens at a price nobody knows.
   */
  conversationCost: MoneyTotal;
}

export const emptyRunSlice = (): RunSlice => ({
  columns: new Map(),
  conversationCost: NO_MONEY,
});

/** A column's new exchange: `history` goes with the request, the answer starts empty. */
export function startedColumn(
  runId: string,
  prompt: string,
  history: ChatTurn[],
  now = 0,
  notice: string | null = null,
): ColumnRun {
  return {
    runId,
    phase: 'queued',
    attempt: 0,
    retryAt: null,
    requestedAt: now,
    firstTokenAt: null,
    retryReason: null,
    prompt,
    text: '',
    reasoning: '',
    toolCalls: [],
    usage: null,
    answeredModel: null,
    summary: null,
    error: null,
    notice,
    history,
    turns: history,
  };
}

/** The column's current exchange as turns, or none when there is no answer to carry on from. */
export function exchangeTurns(run: ColumnRun): ChatTurn[] {
  if (!run.text) return [];
  const replay = run.summary?.replay;
  return [
    { role: 'user', content: run.prompt },
    {
      role: 'assistant',
      content: run.text,
      ...(run.reasoning ? { reasoning: run.reasoning } : {}),
      ...(replay ? { replay } : {}),
    },
  ];
}

/** A column being changed within one flush: deltas are collected and joined once. */
interface Draft {
  run: ColumnRun;
  text: string[];
  reasoning: string[];
}

function settle(draft: Draft): ColumnRun {
  if (draft.text.length > 0) draft.run.text += draft.text.join('');
  if (draft.reasoning.length > 0) draft.run.reasoning += draft.reasoning.join('');
  draft.text = [];
  draft.reasoning = [];
  return draft.run;
}

function applyEvent(draft: Draft, event: ColumnEvent, now: number): void {
  const run = draft.run;
  switch (event.type) {
    case 'text':
    case 'reasoning':
      (event.type === 'text' ? draft.text : draft.reasoning).push(event.delta);
      if (run.phase !== 'streaming') run.phase = 'streaming';
      run.firstTokenAt ??= now;
      return;
    case 'tool-call':
      run.toolCalls = [...run.toolCalls, event.call];
      return;
    case 'usage':
      run.usage = event.usage;
      return;
    case 'model':
      run.answeredModel = event.model;
      return;
    case 'error':
      run.error = event.error;
      return;
    case 'finish':
      return;
    case 'status': {
      const status = event.status;
      run.phase = status.state;
      run.retryAt = null;
      run.retryReason = null;
      if (status.state === 'requesting') {
        run.attempt = status.attempt;
        run.requestedAt = now;
      }
      if (status.state === 'retrying') {
        run.attempt = status.attempt;
        run.retryAt = now + status.delayMs;
        run.retryReason = status.reason;
      }
      return;
    }
  }
}

function finish(draft: Draft, summary: ColumnSummary): void {
  const run = settle(draft);
  run.summary = summary;
  run.error = summary.error;
  run.phase = summary.error ? (summary.error.kind === 'cancelled' ? 'cancelled' : 'failed') : 'done';
  run.answeredModel = summary.answeredModel ?? run.answeredModel;
  run.usage = summary.usage ?? run.usage;
  run.retryAt = null;
  run.turns = [...run.history, ...exchangeTurns(run)];
}

/**
 * Applies everything that arrived since the last frame, in order, in one pass. Columns nothing
 * happened to keep their object (so their components do not re-render); events of a run that is no
 * longer the column's are dropped.
 */
export function applyUpdates(slice: RunSlice, updates: readonly RunUpdate[], now: number): RunSlice {
  const drafts = new Map<string, Draft>();
  let conversationCost = slice.conversationCost;
  const draftFor = (runId: string, columnId: string): Draft | undefined => {
    const existing = drafts.get(columnId);
    if (existing) return existing.run.runId === runId && !existing.run.summary ? existing : undefined;
    const run = slice.columns.get(columnId);
    // Another run's events are stale; a finished column takes nothing more.
    if (!run || run.runId !== runId || run.summary) return undefined;
    const draft: Draft = { run: { ...run }, text: [], reasoning: [] };
    drafts.set(columnId, draft);
    return draft;
  };
  for (const update of updates) {
    if (update.kind === 'batch') {
      const draft = draftFor(update.item.runId, update.item.columnId);
      if (!draft) continue;
      for (const event of update.item.events) applyEvent(draft, event, now);
      continue;
    }
    const draft = draftFor(update.runId, update.columnId);
    if (!draft) continue;
    finish(draft, update.summary);
    conversationCost = addAnswer(conversationCost, update.summary);
  }
  if (drafts.size === 0) return slice;
  const columns = new Map(slice.columns);
  for (const [columnId, draft] of drafts) columns.set(columnId, settle(draft));
  return { columns, conversationCost };
}

/** The runs of these columns only: a removed column's answer (and failure) is gone with it. */
export function keepColumns(
  columns: ReadonlyMap<string, ColumnRun>,
  present: ReadonlySet<string>,
): ReadonlyMap<string, ColumnRun> {
  if ([...columns.keys()].every((columnId) => present.has(columnId))) return columns;
  return new Map([...columns].filter(([columnId]) => present.has(columnId)));
}

/** True while any column waits for or receives an answer. */
export function anyActive(columns: ReadonlyMap<string, ColumnRun>): boolean {
  for (const run of columns.values()) if (isActivePhase(run.phase)) return true;
  return false;
}
