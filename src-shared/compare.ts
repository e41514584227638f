import type { ArenaError, FinishReason, ProviderId, Region, ToolCall, Usage, WireId } from './domain.ts';
import type { CostResult } from './pricing.ts';

export interface ColumnSpec {
  columnId: string;
  provider: ProviderId;
  model: string;
  region?: Region;
  baseUrl?: string;
  wire?: WireId;
}

export interface CompareParams {
  temperature?: number;
  maxOutputTokens?: number;
  /** Ask for thinking where the model supports switching it. */
  reasoning?: boolean;
}

export interface CompareRequest {
  prompt: string;
  system?: string;
  params: CompareParams;
  columns: ColumnSpec[];
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
export type ColumnSummary = Omit<ColumnResult, 'text' | 'reasoning' | 'toolCalls'>;

export const MAX_COLUMNS = 16;
