import type { Tier } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { knownModel } from './known-models.ts';
import type { QualityScore } from './quality-scores.ts';

export interface TierAssignment {
  tier: Tier;
  /** Why: for the badge's tooltip. */
  reason: string;
}

/** Blended USD per 1M tokens, weighting input 3 : output 1 (a typical chat's token mix). */
export function blendedPricePerMillion(entry: PriceEntry): number | null {
  if (entry.input === null || entry.output === null || entry.currency !== 'USD') return null;
  return ((entry.input * 3 + entry.output) / 4) * 1_000_000;
}

const PRICE_BANDS: readonly [upTo: number, tier: Tier][] = [
  [0.5, 'MICRO'],
  [2, 'STANDARD'],
  [8, 'VERSATILE'],
  [25, 'HEAVY'],
  [Number.POSITIVE_INFINITY, 'COMPLEX'],
];
const QUALITY_BANDS: readonly [atLeast: number, tier: Tier][] = [
  [65, 'COMPLEX'],
  [60, 'HEAVY'],
  [55, 'VERSATILE'],
  [45, 'STANDARD'],
  [0, 'MICRO'],
];
const ORDER: readonly Tier[] = ['MICRO', 'STANDARD', 'VERSATILE', 'HEAVY', 'COMPLEX'];

/**
 * The family table for known models (the id decides, whoever serves the model); otherwise the rule: the price band (blended $/1M: <0.5 MICRO, <2
 * STANDARD, <8 VERSATILE, <25 HEAVY, else COMPLEX) and, when a quality score exists, its band
 * (≥65 COMPLEX, ≥60 HEAVY, ≥55 VERSATILE, ≥45 STANDARD, else MICRO): the lower of the two, so a
 * model is never ranked above what both its price and its measured quality support.
 */
export function tierFor(
  model: string,
  price: PriceEntry | null,
  quality: QualityScore | null,
): TierAssignment | null {
  const known = knownModel(model);
  if (known) return { tier: known.tier, reason: `${known.tier}: known model, ${known.family}.` };
  const blended = price ? blendedPricePerMillion(price) : null;
  if (blended === null) return null;
  const byPrice = PRICE_BANDS.find(([upTo]) => blended < upTo)![1];
  if (!quality)
    return {
      tier: byPrice,
      reason: `${byPrice}: by price ($${blended.toFixed(2)} per 1M blended); no quality score.`,
    };
  const byQuality = QUALITY_BANDS.find(([atLeast]) => quality.score >= atLeast)![1];
  const tier = ORDER[Math.min(ORDER.indexOf(byPrice), ORDER.indexOf(byQuality))]!;
  return {
    tier,
    reason: `${tier}: price band ${byPrice} ($${blended.toFixed(2)} per 1M blended), quality band ${byQuality} (${quality.score}); the lower applies.`,
  };
}
