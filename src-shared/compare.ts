import type { AssistantReplay, ChatTurn } from './conversation.ts';
import type {
  ArenaError,
  ErrorKind,
  FinishReason,
  ProviderId,
  Region,
  StreamEvent,
  ToolCall,
  Usage,
  WireId,
} from './domain.ts';
import type { CostResult } from './pricing.ts';

export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high';

/** The highest temperature a column may ask for (the lowest is 0). */
export const MAX_TEMPERATURE = 2;
/** The most output tokens any request may ask for (1 Mi: no model's limit is higher). */
export const MAX_OUTPUT_TOKENS = 1_048_576;

/** Generation settings: the request's shared defaults, or one column's overrides of them. */
export interface CompareParams {
  temperature?: number;
  maxOutputTokens?: number;
  /** Ask for thinking where the model supports switching it. */
  reasoning?: boolean;
  /** How hard to think, where the provider takes a level; ignored elsewhere. */
  reasoningEffort?: ReasoningEffort;
}

export interface ColumnSpec {
  columnId: string;
  provider: ProviderId;
  model: string;
  region?: Region;
  baseUrl?: string;
  wire?: WireId;
  /** A stored key of this provider; the provider's default key when absent. */
  keyId?: string;
  /** This column's overrides of the request's shared params. */
  params?: CompareParams;
  /** This column's earlier turns, oldest first, ending with an assistant turn; `prompt` is the next one. */
  history?: ChatTurn[];
}

export interface CompareRequest {
  /** The new user turn, sent to every column. */
  prompt: string;
  system?: string;
  params: CompareParams;
  columns: ColumnSpec[];
  /** The conversation a follow-up continues (History keeps its turns together); new when absent. */
  conversationId?: string;
  /** Started in blind mode: names hidden until a vote (stored with the run). */
  blind?: boolean;
  /**
   * Only with blind: the columns' ids in the order shown as Model A, B, … (a permutation of the
   * columns), stored with the run so History labels them as the Playground did.
   */
  blindOrder?: string[];
}

/** Where a column is before and while it streams (its end comes with compare.column-done). */
export type ColumnStatus =
  | { state: 'queued' }
  /** Waiting for the per-provider pacing before the request may go out. */
  | { state: 'rate-limited' }
  /** The request is out (attempt 1, 2, …), no token yet. */
  | { state: 'requesting'; attempt: number }
  /** An attempt failed before any token; the next goes out after `delayMs`. */
  | { state: 'retrying'; attempt: number; delayMs: number; reason: ErrorKind }
  | { state: 'streaming' };

/** What the window receives for a column: the decoded stream, plus status changes. */
export type ColumnEvent = Exclude<StreamEvent, { type: 'replay' }> | { type: 'status'; status: ColumnStatus };

/** One column's events in a batch (see compare.batch). */
export interface ColumnBatch {
  runId: string;
  columnId: string;
  events: ColumnEvent[];
}

export interface ColumnTiming {
  /** Request sent → first text or reasoning token. */
  ttftMs: number | null;
  totalMs: number;
  /** Output tokens per second over the streaming window (first token → last token). */
  tokensPerSecond: number | null;
  /** True when the output token count was estimated from characters (no usage reported). */
  tokensEstimated: boolean;
}

export interface ColumnResult {
  text: string;
  reasoning: string;
  toolCalls: ToolCall[];
  usage: Usage | null;
  finishReason: FinishReason | null;
  error: ArenaError | null;
  timing: ColumnTiming;
  /** From the usage and the price catalog, computed in main; null when usage or price is unknown. */
  cost: CostResult | null;
  /** The output reached the per-column cap: it was cut (text ends with a marker) and the request cancelled. */
  truncated: boolean;
}

/**
 * What `compare.column-done` carries: the result without the output itself, which the window
 * already has from the column's events (repeating it would send every answer twice).
 */
export type ColumnSummary = Omit<ColumnResult, 'text' | 'reasoning' | 'toolCalls'> & {
  /** The model id the provider says answered, when it said (it can differ from the one asked for). */
  answeredModel?: string;
  /** What a follow-up must send back for this turn, when plain text would lose something. */
  replay?: AssistantReplay;
};

export const MAX_COLUMNS = 16;
