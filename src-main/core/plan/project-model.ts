// Pay-as-you-go for one model under one workload, with the core's one cost formula (computeCost).
import type { ModelProjection, PlanModelRef, Workload } from '../../../src-shared/plan.ts';
import { computeCost, type PriceEntry, type PriceRow } from '../../../src-shared/pricing.ts';
import { offPeakDiscountFor } from './time-discounts.ts';
import { largestTurn, monthlyRequests, turnUsages } from './workload-usage.ts';

interface RequestCost {
  usd: number;
  native: number;
  tierAboveInputTokens: number | null;
  estimated: boolean;
}

/** One request (a conversation of `turns` calls) averaged per call: each turn priced at its own tier. */
function averageCallCost(workload: Workload, entry: PriceEntry): RequestCost | null {
  const costs = turnUsages(workload).map((usage) => computeCost(usage, entry));
  let usd = 0;
  let native = 0;
  let tierAboveInputTokens: number | null = null;
  let estimated = false;
  for (const cost of costs) {
    if (!cost) return null;
    usd += cost.usd;
    native += cost.billed?.amount ?? cost.usd;
    estimated ||= cost.estimated;
    if (cost.tierAboveInputTokens !== null) {
      tierAboveInputTokens = Math.max(tierAboveInputTokens ?? 0, cost.tierAboveInputTokens);
    }
  }
  return { usd: usd / costs.length, native: native / costs.length, tierAboveInputTokens, estimated };
}

/** The warning when the largest turn's input is over the model's context window; null when it fits or is unknown. */
function overContextOf(workload: Workload, entry: PriceEntry | null): string | null {
  const context = entry?.contextWindow ?? null;
  if (context === null) return null;
  const { turn, inputTokens } = largestTurn(workload);
  if (inputTokens <= context) return null;
  const tokens = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return `turn ${turn} sends ${tokens(inputTokens)} tokens, over the model's ${tokens(context)} context`;
}

export function projectModel(
  workload: Workload,
  entry: PriceEntry | null,
  ref: PlanModelRef,
  row?: PriceRow,
): ModelProjection {
  const region = ref.region ?? entry?.region ?? 'global';
  const quality = row?.quality ?? null;
  const base = {
    provider: ref.provider,
    model: ref.model,
    region,
    currency: entry?.currency ?? 'USD',
    quality,
    tier: row?.tier ?? null,
    source: entry?.source ?? null,
    asOf: entry?.asOf ?? null,
    overContext: overContextOf(workload, entry),
  } as const;
  const cost = entry ? averageCallCost(workload, entry) : null;
  if (!cost) {
    return {
      ...base,
      monthlyUsd: null,
      perRequestUsd: null,
      perThousandUsd: null,
      monthlyNative: null,
      perQualityPointUsd: null,
      tierAboveInputTokens: null,
      estimated: true,
      offPeak: null,
      missing: `No price for ${ref.provider}/${ref.model}${region === 'global' ? '' : ` (${region})`}: set one on the Models & Prices page.`,
    };
  }
  const discount = offPeakDiscountFor(ref.provider);
  const offPeakShare = discount ? workload.offPeakShare : 0;
  const factor = 1 - offPeakShare * (discount?.discount ?? 0);
  const perRequestUsd = cost.usd * factor;
  const monthlyUsd = perRequestUsd * monthlyRequests(workload);
  return {
    ...base,
    monthlyUsd,
    perRequestUsd,
    perThousandUsd: perRequestUsd * 1000,
    monthlyNative: cost.native * factor * monthlyRequests(workload),
    perQualityPointUsd: quality !== null && quality > 0 ? monthlyUsd / quality : null,
    tierAboveInputTokens: cost.tierAboveInputTokens,
    estimated: cost.estimated || (offPeakShare > 0 && !discount?.confirmed),
    offPeak:
      discount && offPeakShare > 0
        ? {
            share: offPeakShare,
            discount: discount.discount,
            confirmed: discount.confirmed,
            source: discount.source,
          }
        : null,
    missing: null,
  };
}
