// Quality scores: which index measured a model, on which version and in which configuration.
// Scores are comparable only within one index and version: every view picks one and says which.
// Types and constants only (the window imports them); the choosing logic is in quality-pick.ts.

/**
 * The indexes the app knows. 'user' holds the scores you typed in yourself (Models & Prices); 'votes'
 * the ratings your blind votes give (the personal leaderboard, version 'yours').
 */
export const QUALITY_INDEX_IDS = ['aa-intelligence', 'aa-coding', 'lmarena-text', 'user', 'votes'] as const;
export type QualityIndexId = (typeof QUALITY_INDEX_IDS)[number];

/** One selectable scale: an index at one version. */
export interface QualityIndexRef {
  index: QualityIndexId;
  version: string;
}

/** What the selector and the attribution line show about one index version. */
export interface QualityIndexInfo extends QualityIndexRef {
  /** "Artificial Analysis Intelligence Index" */
  name: string;
  /** "AA Intelligence v4.1" — for a selector option or a badge's title. */
  label: string;
  /** The snapshot's date (YYYY-MM-DD); for a refresh that names no version, the day it was fetched. */
  date: string | null;
  /** "0–100" or "rating (Bradley–Terry)": what a number on this index means. */
  scale: string;
  /** Required wherever its scores appear, e.g. "Data: Artificial Analysis (artificialanalysis.ai)". */
  attribution: string;
  attributionUrl: string | null;
  /** bundled with the app, fetched with your key, typed in by you, or rated from your blind votes. */
  origin: 'bundled' | 'refreshed' | 'user' | 'votes';
  /** For 'votes': how many votes the ratings come from. */
  votes?: number;
  /** How many models this version scored (distinct provider model ids). */
  measuredModels: number;
  /** A later version of the same index exists (AA v4.0.x after v4.1). */
  superseded: boolean;
}

/** One model's score on one index version in one configuration. */
export interface QualityScoreEntry extends QualityIndexRef {
  score: number;
  /** YYYY-MM-DD of the snapshot. */
  date: string;
  /** The configuration as the index labels it ("high", "non-reasoning", "thinking-32k"), or null. */
  variant: string | null;
  /** Whether that configuration reasons: true, false, or null when the label does not say. */
  reasoning: boolean | null;
  /** The reasoning effort the variant names ("minimal" … "max"), when it names one. */
  effort: string | null;
  /** The index itself marks the value as estimated (AA's `_is_estimated`). */
  estimated: boolean;
  /** Scored as a preview entry (e.g. LMArena's "minimax-m2.1-preview"). */
  preview: boolean;
  /** The model's name on the index (what it was matched by). */
  sourceModel: string;
  /** Where the number was copied from: a URL with a commit, or "your score". */
  source: string;
  /** For a rating from your votes: its 95 % confidence interval. */
  interval?: [number, number];
  /** For a rating from your votes: the votes the model was in. */
  votes?: number;
  /**
   * Set when the score was measured under another id that stands for this one, and why
   * ("MiniMax-M2.7: the same model, served faster"). Absent for the model's own scores.
   */
  via?: string;
}

export const DEFAULT_QUALITY_INDEX: QualityIndexRef = { index: 'aa-intelligence', version: 'v4.1' };

/** How a column calls a model, which decides the variant a score is shown for. */
export interface CallMode {
  /** Reasoning on (true), off (false), or the provider's default (null). */
  reasoning: boolean | null;
  /** The effort asked for, when the provider takes one. */
  effort?: string | null;
  /**
   * The model cannot stop reasoning (MiniMax M2.x, the o-series, gpt-5): with reasoning off it is
   * shown at its least-effort reasoning variant. Any other model has no score when the index did not
   * measure it the way the app calls it.
   */
  alwaysReasons?: boolean;
}

/** The last "Refresh quality scores" (Artificial Analysis, with your key). */
export interface QualityRefreshStatus {
  state: 'never' | 'ok' | 'failed' | 'no_key' | 'refreshing';
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** The version the payload named, or null when it named none. */
  version: string | null;
  /** Models scored in the last good copy. */
  models: number;
  message: string;
  /** The key is missing, refused (HTTP 401/403) or unreadable: the Keys page is where to fix it. */
  keyProblem?: boolean;
}
