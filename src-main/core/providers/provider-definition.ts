import type { ReasoningEffort } from '../../../src-shared/compare.ts';
import type { KeyKind, ProviderId, Region, WireId } from '../../../src-shared/domain.ts';
import type { AssistantMessage } from '../wires/chat-request.ts';

export interface ModelInfo {
  id: string;
  contextWindow?: number;
  maxOutputTokens?: number;
  /** The model thinks before answering (reasoning tokens are billed as output). */
  reasoning?: boolean;
  /** Older ids that mean this model (e.g. MiniMax's "-lightning" for "-highspeed"). */
  aliases?: string[];
}

/** Request rules of providers on the OpenAI chat wire. */
export interface OpenAIWireRules {
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  /** Some providers reject temperature 0 (MiniMax wants > 0). */
  minTemperature?: number;
  /** Reasoning may arrive inside content as <think>/<thought> tags. */
  reasoningTags: boolean;
  /** Extra body fields the provider needs on every request. */
  extraBody?: Record<string, unknown>;
  /**
   * The body fields that turn thinking on or off for `model`, when the user chose either; undefined
   * where the model cannot switch (it always thinks, or never does).
   */
  reasoningSwitch?: (on: boolean, model: string) => Record<string, unknown> | undefined;
  /**
   * The body fields that ask `model` for an effort level (merged with the switch's, one level deep);
   * undefined where the model takes none. Not asked when the user turned reasoning off.
   */
  effortFields?: (effort: ReasoningEffort, model: string) => Record<string, unknown> | undefined;
  /**
   * How an earlier answer goes back to `model` in a follow-up, when not as plain role/content
   * (see wires/openai-history.ts): MiniMax's raw content, DeepSeek V4's reasoning_content.
   */
  assistantHistory?: (turn: AssistantMessage, model: string) => Record<string, unknown>;
}

export interface AnthropicWireRules {
  /** The thinking parameter form: budgeted (Anthropic) or adaptive (MiniMax-M3). */
  thinking: 'budget' | 'adaptive';
  defaultMaxTokens: number;
}

export interface ProviderDefinition {
  id: ProviderId;
  displayName: string;
  /** The wire used unless the user picks another (only MiniMax speaks both). */
  defaultWire: WireId;
  wires: readonly WireId[];
  /**
   * Default base URLs per region. For the OpenAI wire the chat path is appended
   * (`/chat/completions`); for the Anthropic wire `/v1/messages`.
   */
  baseUrls: Partial<Record<Region, Partial<Record<WireId, string>>>>;
  defaultRegion: Region;
  /** Environment variables holding a key, in order of precedence. */
  keyEnv: readonly string[];
  keyOptional: boolean;
  /** How the key is sent on each wire. */
  auth: Partial<Record<WireId, 'bearer' | 'x-api-key'>>;
  openai?: OpenAIWireRules;
  anthropic?: AnthropicWireRules;
  models: readonly ModelInfo[];
  /** It takes a reasoning effort level (reasoning_effort, reasoning.effort, a thinking budget). */
  reasoningEffort?: boolean;
  keyKind(key: string): KeyKind;
  /** Where to ask "is this key alive" cheaply; undefined means "use a 1-token completion". */
  modelListPath?: string;
  docsUrl: string;
}

export const standardKeyKind = (key: string): KeyKind => (key.trim() ? 'standard' : 'none');
