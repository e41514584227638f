import type { PriceEntry } from '../../../src-shared/pricing.ts';

/**
 * A price row for tests: a published USD list price (LiteLLM's, not a guess) with nothing else known
 * and no aliases, with the given fields on top.
 */
export function priceEntry(fields: Pick<PriceEntry, 'provider' | 'model'> & Partial<PriceEntry>): PriceEntry {
  return {
    aliases: [],
    input: null,
    output: null,
    cacheRead: null,
    cacheWrite: null,
    tiers: [],
    currency: 'USD',
    contextWindow: null,
    maxOutputTokens: null,
    capabilities: {},
    source: 'litellm',
    asOf: '2026-11-27',
    estimated: false,
    ...fields,
  };
}
