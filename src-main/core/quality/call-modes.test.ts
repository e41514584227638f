// The score a model shows is the one for how the app calls it by default: the provider's own default,
// since the app sends no reasoning field unless the column sets one. Expected variants come from the
// providers' documented defaults and the data's variant labels (data/quality/quality-scores.json).
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { PriceRow } from '../../../src-shared/pricing.ts';
import { defaultCallMode, pickQualityScore } from '../../../src-shared/quality-pick.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { priceRows } from '../pricing/price-rows.ts';
import { QualityTable } from './quality-scores.ts';

const rows = priceRows(createDefaultCatalog(), new QualityTable());
const row = (provider: ProviderId, model: string): PriceRow => {
  const found = rows.find((entry) => entry.provider === provider && entry.model === model);
  if (!found) throw new Error(`no row ${provider}/${model}`);
  return found;
};
const V41 = { index: 'aa-intelligence', version: 'v4.1' } as const;

describe('the score for how the app calls a model by default', () => {
  it.each([
    // Gemini 2.5 Flash-Lite does not think unless asked.
    ['gemini', 'gemini-2.5-flash-lite', 'non-reasoning', 6.92],
    // OpenAI: gpt-5.1 and later default to reasoning_effort "none".
    ['openai', 'gpt-5.1', 'non-reasoning', 20.4],
    ['openai', 'gpt-5.2', 'non-reasoning', 26.02],
    ['openai', 'gpt-5.4', 'non-reasoning', 27.68],
    ['openai', 'gpt-5.5', 'non-reasoning', 35.38],
    // gpt-5-mini: medium by default.
    ['openai', 'gpt-5-mini', 'medium', 30.92],
    // OpenRouter's hybrid DeepSeek models reason only when asked.
    ['openrouter', 'deepseek/deepseek-chat-v3.1', 'non-reasoning', 21.05],
    ['openrouter', 'deepseek/deepseek-v3.2', 'non-reasoning (deepseek-chat)', 24.66],
    // MiniMax-M2.7 always reasons; M3 thinks adaptively by default.
    ['minimax', 'MiniMax-M2.7', 'reasoning (always-on)', 38.13],
    ['minimax', 'MiniMax-M3', 'reasoning', 44.44],
  ] as const)('%s/%s shows its %s score (%s)', (provider, model, variant, score) => {
    expect(row(provider, model).qualityScore).toMatchObject({ variant, score });
  });

  it('claude-opus-4-8, measured only with adaptive reasoning, shows none: the app sends no thinking', () => {
    const opus = row('anthropic', 'claude-opus-4-8');
    expect(opus).toMatchObject({
      quality: null,
      qualityMissing: 'not measured as the app calls it (reasoning off) on AA Intelligence v4.1',
    });
    expect(opus.qualityScores.map((entry) => entry.variant)).toContain('adaptive reasoning, max effort');
  });

  it('with reasoning turned off, MiniMax-M3 has no score but an always-reasoning M2.7 keeps its own', () => {
    const off = (provider: ProviderId, model: string) =>
      pickQualityScore(row(provider, model).qualityScores, V41, {
        ...defaultCallMode(provider, model),
        reasoning: false,
      });
    expect(off('minimax', 'MiniMax-M3')).toBeNull();
    expect(off('minimax', 'MiniMax-M2.7')?.score).toBe(38.13);
    expect(off('openai', 'gpt-5-mini')?.variant).toBe('minimal');
  });
});
