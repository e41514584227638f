import { describe, expect, it } from 'vitest';
import type { OpenAIWireRules } from '../providers/provider-definition.ts';
import { buildOpenAIChatBody } from './openai-chat-body.ts';

const request = {
  model: 'some-model',
  messages: [{ role: 'user' as const, content: 'Hi' }],
  reasoning: true,
  reasoningEffort: 'high' as const,
};

function rulesWith(fromSwitch: unknown, fromEffort: unknown): OpenAIWireRules {
  return {
    maxTokensField: 'max_tokens',
    reasoningTags: false,
    reasoningSwitch: () => ({ reasoning: fromSwitch }),
    effortFields: () => ({ reasoning: fromEffort }),
  };
}

describe('OpenAI chat body: the switch and the effort level in one field', () => {
  // Only two objects merge (OpenRouter's `reasoning` takes the switch and the level); null is no object.
  it.each([
    ['two objects merge', { enabled: true }, { effort: 'high' }, { enabled: true, effort: 'high' }],
    ['a later null replaces an object', { enabled: true }, null, null],
    ['a later object replaces a null', null, { effort: 'high' }, { effort: 'high' }],
    ['a later array replaces an object', { enabled: true }, ['high'], ['high']],
    ['a later object replaces an array', ['on'], { effort: 'high' }, { effort: 'high' }],
  ])('%s', (_name, fromSwitch, fromEffort, expected) => {
    expect(buildOpenAIChatBody(request, rulesWith(fromSwitch, fromEffort)).reasoning).toStrictEqual(expected);
  });
});
