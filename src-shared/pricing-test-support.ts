// Builders for the tests on both sides (main, window, bench): a cost, a price row and a quality score,
// with plain defaults that each test overrides where its expectation depends on the field.
import type { ProviderId } from './domain.ts';
import type { CostResult, PriceRow } from './pricing.ts';
import type { QualityScoreEntry } from './quality.ts';

/** A curated USD cost, split evenly between input and output. */
export function usdCost(usd: number): CostResult {
  return {
    usd,
    breakdown: { input: usd / 2, cacheRead: 0, cacheWrite: 0, output: usd / 2 },
    source: 'curated',
    asOf: '2026-11-01',
    estimated: false,
    tierAboveInputTokens: null,
    billed: null,
  };
}

/** A cost billed in CNY, with `usd` as its estimated USD. */
export function cnyCost(cny: number, usd: number): CostResult {
  return { ...usdCost(usd), estimated: true, billed: { currency: 'CNY', amount: cny } };
}

/** A curated row with nothing but its name set: no prices, tier or quality unless given. */
export function priceRow(provider: ProviderId, model: string, fields: Partial<PriceRow> = {}): PriceRow {
  return {
    provider,
    model,
    inputUsdPerToken: null,
    outputUsdPerToken: null,
    cacheReadUsdPerToken: null,
    cacheWriteUsdPerToken: null,
    contextWindow: null,
    maxOutputTokens: null,
    tier: null,
    tierReason: null,
    quality: null,
    qualitySource: null,
    qualityScore: null,
    qualityMissing: null,
    qualityScores: [],
    source: 'curated',
    asOf: '2026-09-01',
    estimated: false,
    ...fields,
  };
}

/** Claude Sonnet 4.5's AA Intelligence v4.1 score (reasoning) unless `fields` say otherwise. */
export function qualityScoreEntry(fields: Partial<QualityScoreEntry>): QualityScoreEntry {
  return {
    index: 'aa-intelligence',
    version: 'v4.1',
    score: 36.42,
    date: '2026-07-10',
    variant: 'reasoning',
    reasoning: true,
    effort: null,
    estimated: false,
    preview: false,
    sourceModel: 'Claude 4.5 Sonnet',
    source: 'https://github.com/example',
    ...fields,
  };
}
