import { describe, expect, it } from 'vitest';
import type { Usage } from '../../../src-shared/domain.ts';
import { normalizeAnthropicUsage, normalizeOpenAIUsage } from './normalize-usage.ts';

const ZERO: Usage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
};

describe('normalized usage: a count of zero is a count', () => {
  it('reads OpenAI-style usage of zero tokens as zero usage, not as no usage', () => {
    expect(normalizeOpenAIUsage({ prompt_tokens: 0, completion_tokens: 0 })).toStrictEqual(ZERO);
  });

  // PROVIDERS.md, "Streaming (Anthropic wire)": message_delta usage repeats input_tokens and the cache
  // fields and is the one to trust; so a zero there replaces what message_start said.
  it('lets an Anthropic message_delta zero replace the counts message_start gave', () => {
    const start = normalizeAnthropicUsage(
      { input_tokens: 10, cache_read_input_tokens: 4, cache_creation_input_tokens: 6, output_tokens: 1 },
      null,
    );
    expect(start).toStrictEqual({
      ...ZERO,
      inputTokens: 20,
      outputTokens: 1,
      cacheReadTokens: 4,
      cacheWriteTokens: 6,
    });
    expect(
      normalizeAnthropicUsage(
        { input_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, output_tokens: 0 },
        start,
      ),
    ).toStrictEqual(ZERO);
  });
});

describe('normalized Anthropic usage: what a later event does not restate', () => {
  it('keeps the earlier reasoning tokens, which Anthropic usage never states', () => {
    const previous: Usage = { ...ZERO, inputTokens: 10, outputTokens: 2, reasoningTokens: 3 };
    expect(normalizeAnthropicUsage({ output_tokens: 9 }, previous)).toStrictEqual({
      ...ZERO,
      inputTokens: 10,
      outputTokens: 9,
      reasoningTokens: 3,
    });
  });
});
