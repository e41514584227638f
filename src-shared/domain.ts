// Pure domain types shared by main, preload and renderer. No node:, electron or DOM imports.
import type { AssistantReplay } from './conversation.ts';

export type { Settings, ThemePreference } from './settings.ts';

export const PROVIDER_IDS = [
  'minimax',
  'openai',
  'anthropic',
  'deepseek',
  'gemini',
  'moonshot',
  'openrouter',
  'custom',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export type WireId = 'openai-chat' | 'anthropic-messages';
export type Region = 'global' | 'china';

/** How a key is billed, as far as its shape tells. */
export type KeyKind = 'token_plan' | 'pay_as_you_go' | 'legacy_jwt' | 'standard' | 'none';

export interface ModelRef {
  provider: ProviderId;
  model: string;
}

/**
 * One meaning everywhere, whatever the wire says:
 * inputTokens counts all prompt tokens (cached or not); cacheRead/cacheWrite are parts of it.
 * outputTokens counts all completion tokens (reasoning included); reasoningTokens is part of it.
 */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'error' | 'cancelled';

export const ERROR_KINDS = [
  'auth',
  'rate_limit',
  'insufficient_balance',
  'plan_excludes_model',
  'quota_exhausted',
  'invalid_request',
  'model_not_found',
  'context_length',
  'content_filtered',
  'overloaded',
  'server',
  'timeout',
  'network',
  'cancelled',
  'protocol',
  // IPC-level kinds: a route refused the call before any provider was involved.
  'invalid_input',
  'forbidden',
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ArenaError {
  kind: ErrorKind;
  /** The provider's own code: MiniMax's numeric status, OpenAI's error.code, Anthropic's error.type. */
  providerCode?: number | string;
  httpStatus?: number;
  /** What happened and what to do. Never contains a key. */
  message: string;
  retryAfterMs?: number;
  /** For invalid_input: the dotted path of the offending field. */
  field?: string;
}

export interface ToolCall {
  id: string;
  name: string;
  /** The JSON arguments text, exactly as streamed. */
  arguments: string;
}

/** What a decoder yields: every wire's quirks normalized into this one shape. */
export type StreamEvent =
  | { type: 'text'; delta: string }
  | { type: 'reasoning'; delta: string }
  | { type: 'tool-call'; call: ToolCall }
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; reason: FinishReason }
  | { type: 'error'; error: ArenaError }
  /** The model id the provider says is answering (once, and again only if it changes). */
  | { type: 'model'; model: string }
  /** Once, before finish: what a follow-up must send back (main keeps it for column-done). */
  | { type: 'replay'; replay: AssistantReplay };

export type Result<T> = { ok: true; value: T } | { ok: false; error: ArenaError };

export const TIERS = ['MICRO', 'STANDARD', 'VERSATILE', 'HEAVY', 'COMPLEX'] as const;
export type Tier = (typeof TIERS)[number];

export type PriceSource = 'curated' | 'litellm' | 'remote' | 'user' | 'estimated';

export interface Cost {
  usd: number;
  source: PriceSource;
  asOf: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** "electron" in the desktop app, "harness" when the core runs in a test process, "cli" headless. */
  host: 'electron' | 'harness' | 'cli';
  platform: string;
  providers: readonly ProviderId[];
}

/** What the renderer needs to know about a provider. */
export interface ProviderInfo {
  id: ProviderId;
  displayName: string;
  regions: Region[];
  keyOptional: boolean;
  keyEnv: readonly string[];
  models: readonly string[];
  /** The wires it speaks; the first is its default (only MiniMax speaks both). */
  wires: readonly WireId[];
  /** Default base URL per region and wire, for the column settings' placeholder. */
  defaultBaseUrls: Partial<Record<Region, Partial<Record<WireId, string>>>>;
  /** Whether it takes a reasoning effort level (otherwise reasoning is on/off at most). */
  reasoningEffort: boolean;
  /** What is known of each listed model. */
  modelInfo: readonly ProviderModelInfo[];
}

export interface ProviderModelInfo {
  id: string;
  contextWindow?: number;
  maxOutputTokens?: number;
  /** It thinks before answering. */
  reasoning?: boolean;
  aliases?: readonly string[];
}
