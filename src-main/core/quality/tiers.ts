import type { ProviderId, Tier } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import type { QualityScore } from './quality-scores.ts';

export interface TierAssignment {
  tier: Tier;
  /** Why: for the badge's tooltip. */
  reason: string;
}

/** Known models by id pattern (ATOM's cognitive tiers). Checked in order; the first match wins. */
const KNOWN: readonly { provider?: ProviderId; pattern: RegExp; tier: Tier; family: string }[] = [
  {
    pattern: /^(gpt-5(?!-mini|-nano)|o3|o1)(\b|-)/i,
    tier: 'COMPLEX',
    family: 'frontier reasoning (gpt-5, o3 class)',
  },
  {
    pattern: /opus|(^|\/)gemini-[\d.]+-pro|deepseek-v4-pro|kimi-k2-thinking/i,
    tier: 'HEAVY',
    family: 'opus / pro class',
  },
  {
    pattern: /sonnet|^gpt-4o(?!-mini)|^gpt-4\.1(?!-mini|-nano)|MiniMax-M3/i,
    tier: 'VERSATILE',
    family: 'gpt-4o / sonnet class',
  },
  {
    pattern: /flash|deepseek|MiniMax-M2|kimi-k2|gpt-5-mini/i,
    tier: 'STANDARD',
    family: 'gemini-flash / deepseek / MiniMax M2.x class',
  },
  // "-mini", not "mini": gemini and MiniMax are not small models.
  { pattern: /[-/](mini|nano|lite)\b|haiku/i, tier: 'MICRO', family: 'gpt-4o-mini / haiku class' },
];

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
 * The table for known models; otherwise the rule: the price band (blended $/1M: <0.5 MICRO, <2
 * STANDARD, <8 VERSATILE, <25 HEAVY, else COMPLEX) and, when a quality score exists, its band
 * (≥65 COMPLEX, ≥60 HEAVY, ≥55 VERSATILE, ≥45 STANDARD, else MICRO): the lower of the two, so a
 * model is never ranked above what both its price and its measured quality support.
 */
export function tierFor(
  provider: ProviderId,
  model: string,
  price: PriceEntry | null,
  quality: QualityScore | null,
): TierAssignment | null {
  const known = KNOWN.find(
    (entry) => (!entry.provider || entry.provider === provider) && entry.pattern.test(model),
  );
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
