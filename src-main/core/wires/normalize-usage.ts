import type { Usage } from '../../../src-shared/domain.ts';
import { asJson } from '../json-fields.ts';

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** OpenAI-style usage (OpenAI, MiniMax, DeepSeek, Gemini, Moonshot, OpenRouter) → normalized usage. */
export function normalizeOpenAIUsage(raw: unknown): Usage | null {
  const usage = asJson(raw);
  if (!('prompt_tokens' in usage) && !('completion_tokens' in usage)) return null;
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
  const has = (name: string) => typeof usage[name] === 'number';
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
