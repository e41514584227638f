import type { Usage } from '../../../src-shared/domain.ts';
import { asJson } from '../json-fields.ts';

/** More tokens than any request could use: a count past it is provider nonsense, not a bill. */
const MAX_TOKEN_COUNT = 1e12;

/** A token count, or undefined when the value is not one (a fraction, negative, absurd, not a number). */
function tokenCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TOKEN_COUNT
    ? value
    : undefined;
}

/** A count that is not usable is treated as unreported. */
function count(value: unknown): number {
  return tokenCount(value) ?? 0;
}

/** OpenAI-style usage (OpenAI, MiniMax, DeepSeek, Gemini, Moonshot, OpenRouter) → normalized usage. */
export function normalizeOpenAIUsage(raw: unknown): Usage | null {
  // Most frames carry none (absent, or null): no need to read an empty object's fields.
  if (!raw || typeof raw !== 'object') return null;
  const usage = asJson(raw);
  if (tokenCount(usage.prompt_tokens) === undefined && tokenCount(usage.completion_tokens) === undefined)
    return null;
  const promptDetails = asJson(usage.prompt_tokens_details);
  const completionDetails = asJson(usage.completion_tokens_details);
  return {
    inputTokens: count(usage.prompt_tokens),
    outputTokens: count(usage.completion_tokens),
    cacheReadTokens: count(promptDetails.cached_tokens) || count(usage.prompt_cache_hit_tokens),
    cacheWriteTokens: count(promptDetails.cache_write_tokens),
    reasoningTokens: count(completionDetails.reasoning_tokens),
  };
}

/**
 * Anthropic usage → normalized. Anthropic's input_tokens excludes cached tokens, so the cache
 * parts are added back: inputTokens always means every prompt token.
 */
export function normalizeAnthropicUsage(raw: unknown, previous: Usage | null): Usage {
  const usage = asJson(raw);
  const has = (name: string) => tokenCount(usage[name]) !== undefined;
  const cacheRead = has('cache_read_input_tokens')
    ? count(usage.cache_read_input_tokens)
    : (previous?.cacheReadTokens ?? 0);
  const cacheWrite = has('cache_creation_input_tokens')
    ? count(usage.cache_creation_input_tokens)
    : (previous?.cacheWriteTokens ?? 0);
  const uncached = has('input_tokens')
    ? count(usage.input_tokens)
    : previous
      ? previous.inputTokens - previous.cacheReadTokens - previous.cacheWriteTokens
      : 0;
  return {
    inputTokens: uncached + cacheRead + cacheWrite,
    outputTokens: has('output_tokens') ? count(usage.output_tokens) : (previous?.outputTokens ?? 0),
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    reasoningTokens: previous?.reasoningTokens ?? 0,
  };
}
