import type { PriceEntry } from '../../../src-shared/pricing.ts';
import bundled from './bundled-prices.json' with { type: 'json' };
import { CURATED_OVER_REFRESH, CURATED_PRICES } from './curated-prices.ts';
import { PriceCatalog } from './price-catalog.ts';

/** The offline catalog: our curated table over the bundled LiteLLM snapshot (a refresh adds its layer later). */
export function createDefaultCatalog(): PriceCatalog {
  return new PriceCatalog(
    { curated: CURATED_PRICES, bundled: bundled.entries as PriceEntry[] },
    { curatedOverRefresh: CURATED_OVER_REFRESH },
  );
}

export const BUNDLED_AS_OF: string = bundled.asOf;
