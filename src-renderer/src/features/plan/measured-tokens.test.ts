import { describe, expect, it } from 'vitest';
import { averageByModel } from './measured-tokens.ts';

const usage = (input: number, output: number, cacheRead = 0, reasoning = 0) => ({
  inputTokens: input,
  outputTokens: output,
  cacheReadTokens: cacheRead,
  cacheWriteTokens: 0,
  reasoningTokens: reasoning,
});

describe('averageByModel', () => {
  it('averages each model apart, in first-seen order, with its cache and reasoning shares', () => {
    const result = averageByModel([
      { provider: 'minimax', model: 'MiniMax-M2.7', usage: usage(1_000, 400, 300, 100) },
      { provider: 'deepseek', model: 'deepseek-chat', usage: usage(1_000, 100) },
      { provider: 'minimax', model: 'MiniMax-M2.7', usage: usage(3_000, 600, 900, 400) },
    ]);
    expect(result).toEqual([
      {
        provider: 'minimax',
        model: 'MiniMax-M2.7',
        inputTokens: 2_000,
        outputTokens: 500,
        cacheHitShare: 0.3,
        reasoningShare: 0.5,
        answers: 2,
      },
      {
        provider: 'deepseek',
        model: 'deepseek-chat',
        inputTokens: 1_000,
        outputTokens: 100,
        cacheHitShare: 0,
        reasoningShare: 0,
        answers: 1,
      },
    ]);
  });

  it('leaves out answers that used no tokens (a failed column) rather than averaging zeros in', () => {
    const result = averageByModel([
      { provider: 'openai', model: 'gpt-5', usage: usage(0, 0) },
      { provider: 'openai', model: 'gpt-5', usage: usage(800, 200) },
    ]);
    expect(result.map((model) => [model.inputTokens, model.answers])).toEqual([[800, 1]]);
  });

  it('treats a model id like "constructor" as any other name', () => {
    const result = averageByModel([{ provider: 'custom', model: 'constructor', usage: usage(10, 5) }]);
    expect(result[0]?.model).toBe('constructor');
  });
});
