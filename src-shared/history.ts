// History: every run kept (a conversation is its first run and the follow-ups that continued it),
// blind votes and what they add up to, spending, exports. Types and constants only; the schemas are
// in history-schemas.ts and the store in src-main/core/history/.

import type { ColumnResult, ColumnSpec, ColumnTiming, CompareParams } from './compare.ts';
import type { AssistantReplay } from './conversation.ts';
import type { ModelRef, ProviderId } from './domain.ts';

/** How a stored column ended. 'interrupted': the app stopped before it did (what arrived is kept). */
export type StoredColumnState = 'done' | 'failed' | 'cancelled' | 'interrupted';

/**
 * One column of a stored turn: what it was asked with (its spec, without the earlier turns that the
 * conversation's own turns hold; the key by its id, never the key) and everything that came back.
 */
export interface StoredColumn extends Omit<ColumnSpec, 'history'>, Omit<ColumnResult, 'timing'> {
  state: StoredColumnState;
  /** Null for a column that never ended (no result stored). */
  timing: ColumnTiming | null;
  answeredModel?: string;
  replay?: AssistantReplay;
}

/** A blind vote on one turn. Column ids refer to the turn's columns. */
export type VoteOutcome =
  /** Two columns: A better, B better, a tie, or both bad. */
  | { kind: 'pair'; a: string; b: string; result: 'a' | 'b' | 'tie' | 'both_bad' }
  /** Three or more: only the best picked (it beats each of the others). */
  | { kind: 'best'; best: string }
  /** Three or more, ranked best first (expanded into every pair). */
  | { kind: 'ranking'; order: string[] };

export interface StoredVote {
  /** ISO time. */
  votedAt: string;
  outcome: VoteOutcome;
  /** The shuffled order the columns were shown in ("Model A", "Model B", …), column ids. */
  shownOrder: string[];
}

/** One run: a prompt sent to every column. */
export interface StoredTurn {
  runId: string;
  conversationId: string;
  /** 0 for the first prompt, 1 for the first follow-up, … */
  turnIndex: number;
  /** ISO time the run started. */
  startedAt: string;
  prompt: string;
  system: string | null;
  params: CompareParams;
  columns: StoredColumn[];
  /** The run was started in blind mode. */
  blind: boolean;
  /**
   * A blind run's columns in the order they were shown ("Model A", "Model B", …) as the run started;
   * null when not blind or stored before the order was kept (then the vote's shownOrder, if any).
   */
  shownOrder: string[] | null;
  /** A blind run's names were shown: voted on, or revealed without a vote (history.reveal). */
  revealed: boolean;
  vote: StoredVote | null;
}

export interface Conversation {
  conversationId: string;
  /** ISO times: the first run's start, the last run's start. */
  createdAt: string;
  updatedAt: string;
  turns: StoredTurn[];
  total: MoneyTotal;
}

/** Money added up across columns: USD-billed and CNY-billed amounts apart, and both as estimated USD. */
export interface MoneyTotal {
  usd: number;
  cny: number;
  /** usd + cny converted at the dated rate (CNY_PER_USD): estimated whenever cny > 0. */
  estimatedUsd: number;
  /** Columns whose cost is unknown (no usage or no price): the totals leave them out. */
  unknownColumns: number;
}

/** One line of the History list: a conversation. */
export interface HistoryItem {
  conversationId: string;
  createdAt: string;
  updatedAt: string;
  /** The first prompt, cut to about 200 characters. */
  promptStart: string;
  turns: number;
  models: ModelRef[];
  total: MoneyTotal;
  /**
   * The latest voted turn's vote, named: the model picked best (or first in a ranking), 'tie',
   * 'both_bad'; null when no turn was voted on.
   */
  winner: ModelRef | 'tie' | 'both_bad' | null;
  /** A turn was run blind and neither voted on nor revealed yet: the window hides the models' names. */
  blindUnvoted: boolean;
  /**
   * With a search: where it matched, a short excerpt with each match between HIGHLIGHT_START and
   * HIGHLIGHT_END (the window renders them as <mark>; the text is never parsed as HTML).
   */
  snippet: string | null;
}

export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface HistoryQuery {
  /** Words to find in prompts and answers (full-text; quoted phrases allowed). */
  search?: string;
  provider?: ProviderId;
  model?: string;
  /** YYYY-MM-DD, inclusive, local day of the run's start. */
  from?: string;
  to?: string;
  /** From the previous page's nextCursor. */
  cursor?: string;
  /** 1–200, default 50. */
  limit?: number;
}

export interface HistoryPage {
  items: HistoryItem[];
  nextCursor: string | null;
  /** How many conversations match the query (all pages). */
  total: number;
  /**
   * Said with the page when the search could not be run as typed: nothing searchable in it (the page
   * is then empty), or a short CJK word looked for in the newest texts only.
   */
  notice?: string;
}

/** Whether history is being kept, and what happened to a database that could not be opened. */
export interface HistoryStatus {
  state: 'ok' | 'moved_aside' | 'unavailable';
  /** For moved_aside / unavailable: what happened and what to do; names the file it was moved to. */
  message: string | null;
  conversations: number;
}

export interface SpendingQuery {
  groupBy: 'day' | 'month';
  from?: string;
  to?: string;
}

export interface SpendingRow {
  /** YYYY-MM-DD or YYYY-MM. */
  period: string;
  provider: ProviderId;
  model: string;
  runs: number;
  total: MoneyTotal;
}

export interface SpendingReport {
  groupBy: 'day' | 'month';
  rows: SpendingRow[];
  byPeriod: { period: string; total: MoneyTotal }[];
  byProvider: { provider: ProviderId; total: MoneyTotal }[];
  byModel: { provider: ProviderId; model: string; total: MoneyTotal }[];
  total: MoneyTotal;
}

/** Your personal leaderboard: a Bradley–Terry rating per model from your blind votes. */
export interface LeaderboardRow extends ModelRef {
  /** On an Elo-like scale (anchored so the mean model is 1000). */
  rating: number;
  /** 95 % confidence interval. */
  ci95: [number, number];
  votes: number;
  wins: number;
  losses: number;
  ties: number;
  /**
   * Which group of models compared with each other (directly or through others) this one is in,
   * numbered 1, 2, … in the board's order. Each group is centred on 1000 by itself: ratings in
   * different groups are not comparable (say "not compared with each other").
   */
  group?: number;
}

export interface Leaderboard {
  rows: LeaderboardRow[];
  /** Votes counted (turns voted on). */
  votes: number;
  /** ISO time of the newest vote. */
  updatedAt: string | null;
}

export type ExportFormat = 'markdown' | 'json' | 'csv';

export interface ExportResult {
  /** False when the user closed the save dialog. */
  saved: boolean;
  /** Where the file was written (the renderer shows it), or null. */
  path: string | null;
  bytes: number;
}
