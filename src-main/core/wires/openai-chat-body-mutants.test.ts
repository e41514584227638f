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

describe('OpenAI chat body: which reasoning fields are asked for', () => {
  const rules: OpenAIWireRules = {
    maxTokensField: 'max_completion_tokens',
    reasoningTags: false,
    reasoningSwitch: (on) => ({ thinking: { type: on ? 'enabled' : 'disabled' } }),
    effortFields: (effort) => ({ reasoning_effort: effort }),
  };
  /** The body's reasoning fields, only those present. */
  const fieldsFor = (fields: { reasoning?: boolean; reasoningEffort?: 'low' | 'high' }) => {
    const body = buildOpenAIChatBody(
      { model: 'm', messages: [{ role: 'user', content: 'Hi' }], ...fields },
      rules,
    );
    return Object.fromEntries(
      Object.entries(body).filter(([name]) => name === 'thinking' || name === 'reasoning_effort'),
    );
  };

  it.each([
    [
      'reasoning off beats a level',
      { reasoning: false, reasoningEffort: 'high' },
      { thinking: { type: 'disabled' } },
    ],
    ['a level alone asks no switch', { reasoningEffort: 'low' }, { reasoning_effort: 'low' }],
    ['reasoning on without a level', { reasoning: true }, { thinking: { type: 'enabled' } }],
    [
      'reasoning on with a level',
      { reasoning: true, reasoningEffort: 'high' },
      { thinking: { type: 'enabled' }, reasoning_effort: 'high' },
    ],
    ['nothing asked', {}, {}],
  ] as const)('%s', (_name, fields, expected) => {
    expect(fieldsFor(fields)).toStrictEqual(expected);
  });
});

describe('OpenAI chat body: tools', () => {
  const rules: OpenAIWireRules = { maxTokensField: 'max_completion_tokens', reasoningTags: false };
  // OpenAI Chat Completions API: tools: [{ type: 'function', function: { name, description, parameters } }].
  it('sends each tool as a function with its name, description and parameters', () => {
    const parameters = { type: 'object', properties: { city: { type: 'string' } } };
    const body = buildOpenAIChatBody(
      {
        model: 'm',
        messages: [{ role: 'user', content: 'Weather?' }],
        tools: [{ name: 'get_weather', description: 'Current weather.', parameters }],
      },
      rules,
    );
    expect(body.tools).toStrictEqual([
      { type: 'function', function: { name: 'get_weather', description: 'Current weather.', parameters } },
    ]);
  });

  it('sends no tools field for an empty tool list', () => {
    const body = buildOpenAIChatBody(
      { model: 'm', messages: [{ role: 'user', content: 'Hi' }], tools: [] },
      rules,
    );
    expect(Object.hasOwn(body, 'tools')).toBe(false);
  });
});

describe('OpenAI chat body: the fields every request has', () => {
  // PROVIDERS.md, "Streaming (OpenAI wire)": send stream: true and stream_options: {include_usage: true}.
  it('sends the model, the messages, stream: true and include_usage, and nothing unasked', () => {
    const rules: OpenAIWireRules = { maxTokensField: 'max_completion_tokens', reasoningTags: false };
    expect(
      buildOpenAIChatBody({ model: 'm', messages: [{ role: 'user', content: 'Hi' }] }, rules),
    ).toStrictEqual({
      model: 'm',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
  });
});
