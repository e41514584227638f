import { describe, expect, it } from 'vitest';
import { reasoningContentAssistant } from './openai-history.ts';

describe("DeepSeek V4's assistant history", () => {
  // PROVIDERS.md, history: DeepSeek V4 thinking mode takes reasoning_content back on assistant turns; a
  // turn that had no reasoning (thinking off) sends none, not an empty one.
  it.each([
    ['no reasoning', undefined],
    ['empty reasoning', ''],
  ])('sends no reasoning_content for a turn with %s', (_name, reasoning) => {
    expect(reasoningContentAssistant({ role: 'assistant', content: 'Hi.', reasoning })).toStrictEqual({
      role: 'assistant',
      content: 'Hi.',
    });
  });
});
