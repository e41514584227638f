import type { ProviderId } from '../../../src-shared/domain.ts';
import type { PriceRow } from '../../../src-shared/pricing.ts';
import { QualityTable } from '../quality/quality-scores.ts';
import { tierFor } from '../quality/tiers.ts';
import type { PriceCatalog } from './price-catalog.ts';

export function priceRows(
  catalog: PriceCatalog,
  quality = new QualityTable(),
  provider?: ProviderId,
): PriceRow[] {
  return catalog
    .all()
    .filter((entry) => entry.currency === 'USD' && (!provider || entry.provider === provider))
    .map((entry) => {
      const score = quality.lookup(entry.provider, entry.model);
      const tier = tierFor(entry.model, entry, score);
      return {
        provider: entry.provider,
        model: entry.model,
        inputUsdPerToken: entry.input,
        outputUsdPerToken: entry.output,
        cacheReadUsdPerToken: entry.cacheRead,
        cacheWriteUsdPerToken: entry.cacheWrite,
        contextWindow: entry.contextWindow,
        maxOutputTokens: entry.maxOutputTokens,
        tier: tier?.tier ?? null,
        tierReason: tier?.reason ?? null,
        quality: score?.score ?? null,
        qualitySource: score ? `${score.index} ${score.version}, ${score.date}` : null,
        source: entry.source,
        asOf: entry.asOf,
        estimated: entry.estimated,
      };
    });
}
