import { describe, expect, it } from 'vitest';
import { buildAnthropicMessagesBody } from './anthropic-messages-body.ts';

const RULES = { thinking: 'budget', defaultMaxTokens: 4096 } as const;

describe('Anthropic messages body: tools', () => {
  // Anthropic Messages API (docs.anthropic.com, "Tool use"): each tool is
  // { name, description, input_schema } where input_schema is a JSON Schema object.
  it('sends each tool as name, description and input_schema, in order', () => {
    const weather = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    const body = buildAnthropicMessagesBody(
      {
        model: 'claude-sonnet-4-5',
        messages: [{ role: 'user', content: 'Weather in Paris?' }],
        tools: [
          { name: 'get_weather', description: 'Current weather for a city.', parameters: weather },
          { name: 'now', parameters: { type: 'object', properties: {} } },
        ],
      },
      RULES,
    );
    expect(body.tools).toStrictEqual([
      { name: 'get_weather', description: 'Current weather for a city.', input_schema: weather },
      { name: 'now', description: undefined, input_schema: { type: 'object', properties: {} } },
    ]);
  });

  it('sends no tools field when the request has none', () => {
    const body = buildAnthropicMessagesBody(
      { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi' }], tools: [] },
      RULES,
    );
    expect(Object.hasOwn(body, 'tools')).toBe(false);
  });
});

type Request = Parameters<typeof buildAnthropicMessagesBody>[0];
const ask = (fields: Partial<Request>): Request => ({
  model: 'claude-sonnet-4-5',
  messages: [{ role: 'user', content: 'Hi' }],
  ...fields,
});

describe('Anthropic messages body: thinking, temperature and system', () => {
  // Anthropic, "Extended thinking": thinking is { type: 'enabled', budget_tokens }, budget_tokens is at
  // least 1024 and below max_tokens. This project sizes it as a share of max_tokens per level (low 1/4,
  // medium 1/2, high 3/4, minimal the minimum), rounded down.
  it.each([
    ['medium by default when reasoning is asked', { reasoning: true, maxOutputTokens: 10_001 }, 5000],
    ['low', { reasoningEffort: 'low', maxOutputTokens: 10_001 }, 2500],
    ['high', { reasoningEffort: 'high', maxOutputTokens: 10_001 }, 7500],
    ['minimal: the minimum', { reasoningEffort: 'minimal', maxOutputTokens: 10_001 }, 1024],
    ['a small max_tokens: the minimum', { reasoningEffort: 'low', maxOutputTokens: 2000 }, 1024],
  ] as const)('budgets thinking (%s)', (_name, fields, budget) => {
    expect(buildAnthropicMessagesBody(ask(fields), RULES).thinking).toStrictEqual({
      type: 'enabled',
      budget_tokens: budget,
    });
  });

  it.each([
    ['max_tokens at the minimum budget leaves no room for it', { reasoning: true, maxOutputTokens: 1024 }],
    ['reasoning off beats a level', { reasoning: false, reasoningEffort: 'high' }],
    ['nothing was asked', {}],
  ] as const)('sends no thinking when %s', (_name, fields) => {
    expect(Object.hasOwn(buildAnthropicMessagesBody(ask(fields), RULES), 'thinking')).toBe(false);
  });

  // PROVIDERS.md, MiniMax-M3: "accepts `thinking.type` adaptive or disabled only".
  it.each([
    ['a MiniMax-M3 model, whatever its case', 'minimax-m3', RULES, { type: 'adaptive' }],
    [
      'an adaptive provider',
      'claude-sonnet-4-5',
      { ...RULES, thinking: 'adaptive' } as const,
      { type: 'adaptive' },
    ],
    [
      'a model that only mentions MiniMax-M3',
      'distilled-MiniMax-M3',
      RULES,
      { type: 'enabled', budget_tokens: 2048 },
    ],
  ] as const)('thinks adaptively or not for %s', (_name, model, rules, thinking) => {
    const body = buildAnthropicMessagesBody(ask({ model, reasoning: true, maxOutputTokens: 4096 }), rules);
    expect(body.thinking).toStrictEqual(thinking);
  });

  // Anthropic: temperature ranges from 0 to 1, and thinking is not compatible with changing it.
  it.each([
    ['is passed through', { temperature: 0.3 }, 0.3],
    ['is capped at 1', { temperature: 1.5 }, 1],
    ['is left out when thinking', { temperature: 0.3, reasoning: true }, undefined],
  ] as const)('the temperature %s', (_name, fields, temperature) => {
    const body = buildAnthropicMessagesBody(ask(fields), RULES);
    expect(body.temperature).toBe(temperature);
    expect(Object.hasOwn(body, 'temperature')).toBe(temperature !== undefined);
  });

  it('sends the system prompt as the top-level system field, and none when there is none', () => {
    expect(buildAnthropicMessagesBody(ask({ system: 'Be brief.' }), RULES).system).toBe('Be brief.');
    expect(Object.hasOwn(buildAnthropicMessagesBody(ask({ system: '' }), RULES), 'system')).toBe(false);
  });
});

describe('Anthropic messages body: the fields every request has', () => {
  // Anthropic Messages API: model, max_tokens and messages are required; stream: true asks for SSE.
  it('sends model, the default max_tokens, the messages and stream: true, and nothing else unasked', () => {
    expect(buildAnthropicMessagesBody(ask({}), RULES)).toStrictEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    });
  });
});
