import type { ProviderId } from '../../../src-shared/domain.ts';
import type { PriceRow } from '../../../src-shared/pricing.ts';
import { DEFAULT_QUALITY_INDEX, type QualityIndexRef } from '../../../src-shared/quality.ts';
import {
  defaultCallMode,
  describeQualityScore,
  pickQualityScore,
  qualityIndexLabel,
  qualityMissingReason,
} from '../../../src-shared/quality-pick.ts';
import { QualityTable } from '../quality/quality-scores.ts';
import { tierFor } from '../quality/tiers.ts';
import type { PriceCatalog } from './price-catalog.ts';

/**
 * One row per USD catalog entry. `quality` is the score on `index` for the model as the app calls it
 * by default (pickQualityScore), never another version's number; tiers rank it within that version.
 */
export function priceRows(
  catalog: PriceCatalog,
  quality = new QualityTable(),
  provider?: ProviderId,
  index: QualityIndexRef = DEFAULT_QUALITY_INDEX,
): PriceRow[] {
  const indexes = quality.indexes();
  const label = qualityIndexLabel(index, indexes);
  const population = quality.population(index);
  return catalog
    .all()
    .filter((entry) => entry.currency === 'USD' && (!provider || entry.provider === provider))
    .map((entry) => {
      const scores = quality.scoresFor(entry.provider, entry.model, entry.aliases);
      const mode = defaultCallMode(entry.provider, entry.model);
      const chosen = pickQualityScore(scores, index, mode);
      const tier = tierFor(entry.model, entry, chosen ? { score: chosen.score, label, population } : null);
      return {
        provider: entry.provider,
        model: entry.model,
        aliases: [...entry.aliases],
        inputUsdPerToken: entry.input,
        outputUsdPerToken: entry.output,
        cacheReadUsdPerToken: entry.cacheRead,
        cacheWriteUsdPerToken: entry.cacheWrite,
        contextWindow: entry.contextWindow,
        maxOutputTokens: entry.maxOutputTokens,
        tier: tier?.tier ?? null,
        tierReason: tier?.reason ?? null,
        quality: chosen?.score ?? null,
        qualitySource: chosen ? describeQualityScore(chosen, indexes) : null,
        qualityScore: chosen,
        qualityMissing: chosen ? null : qualityMissingReason(scores, index, mode, label),
        qualityScores: scores,
        source: entry.source,
        asOf: entry.asOf,
        estimated: entry.estimated,
      };
    });
}
