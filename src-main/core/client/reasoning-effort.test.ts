// The effort level reaches each provider in the form its docs give, only where the model takes one;
// "reasoning off" beats any level.
import { describe, expect, it } from 'vitest';
import type { ReasoningEffort } from '../../../src-shared/compare.ts';
import type { ProviderId, WireId } from '../../../src-shared/domain.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { codecFor } from './wire-codec.ts';

interface Ask {
  effort?: ReasoningEffort;
  reasoning?: boolean;
  maxOutputTokens?: number;
  wire?: WireId;
}

function body(provider: ProviderId, model: string, ask: Ask): Record<string, unknown> {
  const definition = PROVIDERS[provider];
  return codecFor(definition, ask.wire ?? definition.defaultWire, model).buildBody({
    model,
    messages: [{ role: 'user', content: 'hi' }],
    maxOutputTokens: ask.maxOutputTokens ?? 8192,
    reasoningEffort: ask.effort,
    ...(ask.reasoning === undefined ? {} : { reasoning: ask.reasoning }),
  });
}

const EFFORT_FIELDS = ['thinking', 'reasoning', 'reasoning_effort', 'extra_body'];

describe('reasoning effort', () => {
  it.each([
    // OpenAI: reasoning_effort on the gpt-5 family and the o-series; "minimal" exists on gpt-5 only.
    ['openai', 'gpt-5-mini', { effort: 'high' }, { reasoning_effort: 'high' }],
    ['openai', 'gpt-5', { effort: 'minimal' }, { reasoning_effort: 'minimal' }],
    ['openai', 'o4-mini', { effort: 'medium' }, { reasoning_effort: 'medium' }],
    ['openai', 'o3', { effort: 'minimal' }, { reasoning_effort: 'low' }],
    // Gemini's OpenAI-compatible reasoning_effort: low/medium/high on 2.5 (its smallest level is low).
    ['gemini', 'gemini-2.5-flash', { effort: 'high' }, { reasoning_effort: 'high' }],
    ['gemini', 'gemini-2.5-pro', { effort: 'minimal' }, { reasoning_effort: 'low' }],
    [
      'gemini',
      'gemini-2.5-flash',
      { effort: 'medium', reasoning: true },
      {
        reasoning_effort: 'medium',
        extra_body: { google: { thinking_config: { include_thoughts: true } } },
      },
    ],
    // OpenRouter's unified reasoning object.
    ['openrouter', 'minimax/minimax-m2', { effort: 'low' }, { reasoning: { effort: 'low' } }],
    [
      'openrouter',
      'anthropic/claude-sonnet-4.5',
      { effort: 'high', reasoning: true },
      { reasoning: { enabled: true, effort: 'high' } },
    ],
    // Anthropic: a thinking budget (at least 1,024 tokens, below max_tokens) sized by the level.
    [
      'anthropic',
      'claude-sonnet-4-5',
      { effort: 'minimal' },
      { thinking: { type: 'enabled', budget_tokens: 1024 } },
    ],
    [
      'anthropic',
      'claude-sonnet-4-5',
      { effort: 'low', reasoning: true },
      { thinking: { type: 'enabled', budget_tokens: 2048 } },
    ],
    [
      'anthropic',
      'claude-haiku-4-5',
      { effort: 'medium' },
      { thinking: { type: 'enabled', budget_tokens: 4096 } },
    ],
    [
      'anthropic',
      'claude-opus-4-1',
      { effort: 'high', maxOutputTokens: 16_000 },
      { max_tokens: 16_000, thinking: { type: 'enabled', budget_tokens: 12_000 } },
    ],
    // MiniMax's Anthropic wire takes the same budget.
    [
      'minimax',
      'MiniMax-M2.7',
      { effort: 'high', wire: 'anthropic-messages' },
      { thinking: { type: 'enabled', budget_tokens: 6144 } },
    ],
  ] as const)('%s %s with %j sends %j', (provider, model, ask, expected) => {
    expect(body(provider, model, ask)).toMatchObject(expected);
  });

  it('sends the thinking budget below max_tokens, and none when max_tokens leaves no room for one', () => {
    const small = body('anthropic', 'claude-sonnet-4-5', { effort: 'high', maxOutputTokens: 1024 });
    expect(small).not.toHaveProperty('thinking');
    const tight = body('anthropic', 'claude-sonnet-4-5', { effort: 'high', maxOutputTokens: 1100 });
    expect(tight.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
  });

  it.each([
    ['openai', 'gpt-5-mini', { reasoning_effort: 'minimal' }],
    ['gemini', 'gemini-2.5-flash', { reasoning_effort: 'none' }],
    ['openrouter', 'minimax/minimax-m2', { reasoning: { enabled: false } }],
  ] as const)(
    '%s %s with reasoning off sends only the off switch, whatever the level',
    (provider, model, off) => {
      expect(body(provider, model, { effort: 'high', reasoning: false })).toEqual(
        expect.objectContaining(off),
      );
      const sent = body(provider, model, { effort: 'high', reasoning: false });
      for (const field of EFFORT_FIELDS.filter((name) => !(name in off)))
        expect(sent).not.toHaveProperty(field);
    },
  );

  // OpenAI: from gpt-5.1 on, reasoning_effort defaults to "none" (no reasoning), so "on" must ask for a level.
  it.each([
    ['gpt-5.1', { reasoning: true }, 'medium'],
    ['gpt-5.2', { reasoning: true }, 'medium'],
    ['gpt-5.5', { reasoning: true }, 'medium'],
    ['gpt-5.2', { reasoning: true, effort: 'high' }, 'high'],
    ['gpt-5.1', { reasoning: false }, 'none'],
    ['gpt-5.4-mini', { reasoning: false }, 'none'],
  ] as const)('openai %s with %o sends reasoning_effort %s', (model, options, expected) => {
    expect(body('openai', model, options).reasoning_effort).toBe(expected);
  });

  it('openai gpt-5.1-chat-latest takes no level and no switch', () => {
    const sent = body('openai', 'gpt-5.1-chat-latest', { reasoning: true, effort: 'high' });
    for (const field of EFFORT_FIELDS) expect(sent).not.toHaveProperty(field);
  });

  it('sends no thinking to Anthropic with reasoning off, whatever the level', () => {
    expect(body('anthropic', 'claude-sonnet-4-5', { effort: 'high', reasoning: false })).not.toHaveProperty(
      'thinking',
    );
  });

  it.each([
    ['openai', 'gpt-4o'],
    ['gemini', 'gemini-2.0-flash'],
    ['deepseek', 'deepseek-v4-pro'],
    ['moonshot', 'kimi-k2-thinking'],
    ['minimax', 'MiniMax-M2.7'],
    ['custom', 'llama3.2'],
  ] as const)('%s %s takes no level: none is sent', (provider, model) => {
    const sent = body(provider, model, { effort: 'high' });
    for (const field of EFFORT_FIELDS) expect(sent).not.toHaveProperty(field);
  });

  it('MiniMax-M3 on the Anthropic wire thinks adaptively: a level changes nothing', () => {
    const sent = body('minimax', 'MiniMax-M3', {
      effort: 'high',
      reasoning: true,
      wire: 'anthropic-messages',
    });
    expect(sent.thinking).toEqual({ type: 'adaptive' });
  });

  it('the providers that take a level say so (the column settings offer it there only)', () => {
    const taking = Object.values(PROVIDERS)
      .filter((provider) => provider.reasoningEffort)
      .map((provider) => provider.id)
      .sort();
    expect(taking).toEqual(['anthropic', 'gemini', 'openai', 'openrouter']);
  });
});
