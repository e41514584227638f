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
