import type { PriceEntry } from '../../../src-shared/pricing.ts';
import bundled from './bundled-prices.json' with { type: 'json' };
import { CURATED_PRICES } from './curated-prices.ts';
import { PriceCatalog } from './price-catalog.ts';

/** The offline catalog: our curated table over the bundled LiteLLM snapshot. */
export function createDefaultCatalog(): PriceCatalog {
  return new PriceCatalog({ curated: CURATED_PRICES, bundled: bundled.entries as PriceEntry[] });
}

export const BUNDLED_AS_OF: string = bundled.asOf;
