// The reasoning on/off choice reaches each provider in the form it understands, and only where the model can switch.
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { codecFor } from './wire-codec.ts';

function body(provider: ProviderId, model: string, reasoning: boolean | undefined): Record<string, unknown> {
  const definition = PROVIDERS[provider];
  return codecFor(definition, definition.defaultWire, model).buildBody({
    model,
    messages: [{ role: 'user', content: 'hi' }],
    maxOutputTokens: 4096,
    ...(reasoning === undefined ? {} : { reasoning }),
  });
}

const SWITCH_FIELDS = ['thinking', 'reasoning', 'reasoning_effort', 'extra_body'];

describe('reasoning switch', () => {
  it.each([
    ['minimax', 'MiniMax-M3', true, { thinking: { type: 'adaptive' } }],
    ['minimax', 'MiniMax-M3', false, { thinking: { type: 'disabled' } }],
    [
      'gemini',
      'gemini-2.5-flash',
      true,
      { extra_body: { google: { thinking_config: { include_thoughts: true } } } },
    ],
    ['gemini', 'gemini-2.5-flash', false, { reasoning_effort: 'none' }],
    ['openrouter', 'minimax/minimax-m2', false, { reasoning: { enabled: false } }],
    ['openrouter', 'minimax/minimax-m2', true, { reasoning: { enabled: true } }],
    ['openai', 'gpt-5-mini', false, { reasoning_effort: 'minimal' }],
    ['anthropic', 'claude-sonnet-4-5', true, { thinking: { type: 'enabled', budget_tokens: 2048 } }],
    ['deepseek', 'deepseek-v4-pro', false, { thinking: { type: 'disabled' } }],
  ] as const)('%s %s with reasoning %s sends %j', (provider, model, reasoning, expected) => {
    expect(body(provider, model, reasoning)).toMatchObject(expected);
  });

  it.each([
    ['minimax', 'MiniMax-M2.7', false],
    ['gemini', 'gemini-2.5-pro', false],
    ['openai', 'gpt-4o', false],
    ['openai', 'gpt-5', true],
    ['moonshot', 'kimi-k2-thinking', false],
    ['custom', 'llama3.2', true],
    ['anthropic', 'claude-sonnet-4-5', false],
  ] as const)(
    '%s %s with reasoning %s sends no switch: the model cannot take it',
    (provider, model, reasoning) => {
      const sent = body(provider, model, reasoning);
      for (const field of SWITCH_FIELDS) expect(sent).not.toHaveProperty(field);
    },
  );

  it.each(Object.keys(PROVIDERS) as ProviderId[])(
    '%s sends no switch when the user left reasoning unset',
    (provider) => {
      const model = PROVIDERS[provider].models[0]?.id ?? 'any-model';
      const sent = body(provider, model, undefined);
      for (const field of SWITCH_FIELDS) expect(sent).not.toHaveProperty(field);
    },
  );
});
