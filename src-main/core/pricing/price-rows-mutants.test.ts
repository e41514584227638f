import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { PriceCatalog } from './price-catalog.ts';
import { priceRows } from './price-rows.ts';

function entry(provider: PriceEntry['provider'], model: string, extra: Partial<PriceEntry> = {}): PriceEntry {
  return {
    provider,
    model,
    aliases: [],
    input: 0.3e-6,
    output: 1.2e-6,
    cacheRead: null,
    cacheWrite: null,
    tiers: [],
    currency: 'USD',
    contextWindow: 204_800,
    maxOutputTokens: null,
    capabilities: {},
    source: 'curated',
    asOf: '2026-09-01',
    estimated: false,
    ...extra,
  };
}

// The rows' columns are USD per token: a CNY price (MiniMax China, PROVIDERS.md "China prices are in
// CNY (M2.7: 2.1 / 8.4 / 0.42 / 2.625)") must not appear there as if it were dollars.
const catalog = new PriceCatalog({
  curated: [
    entry('minimax', 'MiniMax-M2.7'),
    entry('minimax', 'MiniMax-M2.7', { currency: 'CNY', region: 'china', input: 2.1e-6, output: 8.4e-6 }),
    entry('deepseek', 'deepseek-v4-pro', { input: 1.32e-6, output: 3.96e-6 }),
  ],
});

const summary = (rows: ReturnType<typeof priceRows>) =>
  rows.map((row) => `${row.provider}/${row.model} in ${(row.inputUsdPerToken ?? Number.NaN) * 1e6}`);

describe('priceRows: the USD rows, all providers or one', () => {
  it('lists every USD entry once and leaves the CNY price out', () => {
    expect(summary(priceRows(catalog))).toEqual([
      'deepseek/deepseek-v4-pro in 1.32',
      'minimax/MiniMax-M2.7 in 0.3',
    ]);
  });

  it.each([
    ['minimax', ['minimax/MiniMax-M2.7 in 0.3']],
    ['deepseek', ['deepseek/deepseek-v4-pro in 1.32']],
    ['openai', []],
  ] as const)('for %s, only that provider', (provider, expected) => {
    expect(summary(priceRows(catalog, undefined, provider))).toEqual(expected);
  });
});
