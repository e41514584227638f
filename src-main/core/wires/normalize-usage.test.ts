// Token counts come from the provider: absurd values must not turn into absurd costs.
import { describe, expect, it } from 'vitest';
import { normalizeAnthropicUsage, normalizeOpenAIUsage } from './normalize-usage.ts';

const ABSURD = [1e308, 1.7e308, 1e13, 1e12 + 1, -5, 12.5, Number.NaN, '100', true, null, { n: 1 }];

describe('normalized usage', () => {
  it('keeps plausible counts as they are, up to a trillion', () => {
    expect(
      normalizeOpenAIUsage({
        prompt_tokens: 1e12,
        completion_tokens: 7,
        prompt_tokens_details: { cached_tokens: 3 },
        completion_tokens_details: { reasoning_tokens: 2 },
      }),
    ).toEqual({
      inputTokens: 1e12,
      outputTokens: 7,
      cacheReadTokens: 3,
      cacheWriteTokens: 0,
      reasoningTokens: 2,
    });
  });

  it.each(ABSURD)('treats an OpenAI-style count of %s as unreported', (absurd) => {
    const usage = normalizeOpenAIUsage({
      prompt_tokens: 40,
      completion_tokens: absurd,
      prompt_tokens_details: { cached_tokens: absurd },
      completion_tokens_details: { reasoning_tokens: absurd },
      prompt_cache_hit_tokens: absurd,
    });
    expect(usage).toEqual({
      inputTokens: 40,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      reasoningTokens: 0,
    });
  });

  it('reports no usage at all when neither count is usable', () => {
    expect(normalizeOpenAIUsage({ prompt_tokens: 1e308, completion_tokens: -1 })).toBeNull();
  });

  it.each(ABSURD)('treats an Anthropic count of %s as unreported (the earlier value stands)', (absurd) => {
    const start = normalizeAnthropicUsage(
      { input_tokens: 10, output_tokens: 1, cache_read_input_tokens: 5, cache_creation_input_tokens: 2 },
      null,
    );
    expect(start).toMatchObject({
      inputTokens: 17,
      outputTokens: 1,
      cacheReadTokens: 5,
      cacheWriteTokens: 2,
    });
    const later = normalizeAnthropicUsage(
      {
        input_tokens: absurd,
        output_tokens: absurd,
        cache_read_input_tokens: absurd,
        cache_creation_input_tokens: absurd,
      },
      start,
    );
    expect(later).toEqual(start);
    expect(normalizeAnthropicUsage({ input_tokens: absurd, output_tokens: 4 }, null)).toEqual({
      inputTokens: 0,
      outputTokens: 4,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      reasoningTokens: 0,
    });
  });
});
