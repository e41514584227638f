import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';
import { BUILTIN_PRESETS, cheapestPerProvider } from './builtin-presets.ts';

/** A row priced in dollars per million tokens. */
function row(
  provider: ProviderId,
  model: string,
  inputPerMillion: number | null,
  outputPerMillion: number | null,
  quality: number | null = null,
): PriceRow {
  return {
    provider,
    model,
    inputUsdPerToken: inputPerMillion === null ? null : inputPerMillion / 1e6,
    outputUsdPerToken: outputPerMillion === null ? null : outputPerMillion / 1e6,
    cacheReadUsdPerToken: null,
    cacheWriteUsdPerToken: null,
    contextWindow: null,
    maxOutputTokens: null,
    tier: null,
    tierReason: null,
    quality,
    qualitySource: null,
    source: 'curated',
    asOf: '2026-09-01',
    estimated: false,
  };
}

const ROWS = [
  row('openai', 'gpt-5', 1.25, 10),
  // Blended (3 in : 1 out): gpt-5-mini 0.25*3+2 = 2.75/4; gpt-4o-mini 0.15*3+0.6 = 1.05/4 → cheaper.
  row('openai', 'gpt-5-mini', 0.25, 2),
  row('openai', 'gpt-4o-mini', 0.15, 0.6),
  // Cheaper input, dearer output: blended 0.1*3+3 = 3.3/4, so not the cheapest.
  row('openai', 'gpt-odd', 0.1, 3),
  row('openai', 'gpt-unpriced', null, null),
  row('minimax', 'MiniMax-M2.7', 0.3, 1.2),
  row('minimax', 'MiniMax-M2.5', 0.3, 1.2, 60),
  row('anthropic', 'claude-haiku-4-5', 1, 5),
  row('deepseek', 'deepseek-v4-flash', 0.14, 0.28),
];

describe('cheapestPerProvider', () => {
  it('picks each keyed provider’s cheapest model by blended price, in provider order', () => {
    const keyed = new Set<ProviderId>(['openai', 'deepseek']);
    expect(cheapestPerProvider(ROWS, keyed)).toEqual([
      { provider: 'openai', model: 'gpt-4o-mini' },
      { provider: 'deepseek', model: 'deepseek-v4-flash' },
    ]);
  });

  it('takes every priced provider when no key is stored', () => {
    expect(cheapestPerProvider(ROWS, new Set()).map((column) => column.provider)).toEqual([
      'minimax',
      'openai',
      'anthropic',
      'deepseek',
    ]);
  });

  it('breaks a price tie by the higher quality score', () => {
    const [minimax] = cheapestPerProvider(ROWS, new Set(['minimax']));
    expect(minimax).toEqual({ provider: 'minimax', model: 'MiniMax-M2.5' });
  });

  it('skips a keyed provider that has no priced model', () => {
    expect(cheapestPerProvider([row('gemini', 'gemini-x', null, null)], new Set(['gemini']))).toEqual([]);
  });
});

describe('BUILTIN_PRESETS', () => {
  it('line up MiniMax against the field and the MiniMax family as the issue names them', () => {
    const byName = new Map(BUILTIN_PRESETS.map((preset) => [preset.name, preset]));
    const ids = (name: string) =>
      byName
        .get(name)
        ?.columns(ROWS, new Set())
        .map((column) => `${column.provider}/${column.model}`);
    expect(ids('MiniMax vs the field')).toEqual([
      'minimax/MiniMax-M2.7',
      'openai/gpt-5-mini',
      'anthropic/claude-haiku-4-5',
      'deepseek/deepseek-v4-flash',
      'gemini/gemini-2.5-flash',
    ]);
    expect(ids('MiniMax family')).toEqual([
      'minimax/MiniMax-M2.7',
      'minimax/MiniMax-M2.7-highspeed',
      'minimax/MiniMax-M2.5',
      'minimax/MiniMax-M3',
    ]);
    expect(ids('Cheapest of each provider')).toHaveLength(4);
  });
});
