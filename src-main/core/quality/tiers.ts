import type { Tier } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { knownModel } from './known-models.ts';

export interface TierAssignment {
  tier: Tier;
  /** Why: for the badge's tooltip. */
  reason: string;
}

/** A model's score on one index version, with the scores that version gave every model it measured. */
export interface RankedScore {
  score: number;
  /** "AA Intelligence v4.1" */
  label: string;
  /** One score per measured model, ascending (QualityTable.population). */
  population: readonly number[];
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
/**
 * Quality bands by percentile among the models the same index version measured, so a rescale (AA v3 →
 * v4.0 → v4.1 moved every score down) does not reshuffle tiers: below p20 MICRO, p45 STANDARD, p70
 * VERSATILE, p90 HEAVY, else COMPLEX.
 */
const PERCENTILE_BANDS: readonly [below: number, tier: Tier][] = [
  [20, 'MICRO'],
  [45, 'STANDARD'],
  [70, 'VERSATILE'],
  [90, 'HEAVY'],
  [Number.POSITIVE_INFINITY, 'COMPLEX'],
];
/** A version that scored fewer models than this cannot place one by percentile. */
export const MIN_RANKED_MODELS = 10;
const ORDER: readonly Tier[] = ['MICRO', 'STANDARD', 'VERSATILE', 'HEAVY', 'COMPLEX'];

/** Mid-rank percentile: the share of the population below the score, counting ties as half. */
export function percentileOf(score: number, population: readonly number[]): number {
  let below = 0;
  let equal = 0;
  for (const other of population) {
    if (other < score) below += 1;
    else if (other === score) equal += 1;
  }
  return (100 * (below + equal / 2)) / population.length;
}

/** The quality band of a score on its own version, and the numbers that placed it; null if unrankable. */
export function qualityBand(quality: RankedScore): { tier: Tier; why: string } | null {
  const count = quality.population.length;
  if (count < MIN_RANKED_MODELS) return null;
  const percentile = percentileOf(quality.score, quality.population);
  const tier = PERCENTILE_BANDS.find(([below]) => percentile < below)![1];
  // Floored, so the text agrees with the band: 44.5 is "44th", below p45.
  const nth = Math.floor(percentile);
  return {
    tier,
    why: `${quality.score} on ${quality.label} = ${ordinal(nth)} percentile of ${count} models`,
  };
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The family table for known models (the id decides, whoever serves the model); otherwise the rule:
 * the price band (blended $/1M: <0.5 MICRO, <2 STANDARD, <8 VERSATILE, <25 HEAVY, else COMPLEX) and,
 * when the chosen index version scored the model, its percentile band (PERCENTILE_BANDS): the lower of
 * the two, so a model is never ranked above what both its price and its measured quality support.
 */
export function tierFor(
  model: string,
  price: PriceEntry | null,
  quality: RankedScore | null,
): TierAssignment | null {
  const known = knownModel(model);
  if (known) return { tier: known.tier, reason: `${known.tier}: known model, ${known.family}.` };
  const blended = price ? blendedPricePerMillion(price) : null;
  if (blended === null) return null;
  const byPrice = PRICE_BANDS.find(([upTo]) => blended < upTo)![1];
  const priceWhy = `$${blended.toFixed(2)} per 1M blended`;
  const band = quality ? qualityBand(quality) : null;
  if (!band) {
    const missing = quality
      ? `${quality.label} scored too few models (${quality.population.length}) to rank`
      : 'no quality score';
    return { tier: byPrice, reason: `${byPrice}: by price (${priceWhy}); ${missing}.` };
  }
  const tier = ORDER[Math.min(ORDER.indexOf(byPrice), ORDER.indexOf(band.tier))]!;
  return {
    tier,
    reason: `${tier}: price band ${byPrice} (${priceWhy}), quality band ${band.tier} (${band.why}); the lower applies.`,
  };
}
