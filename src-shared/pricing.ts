// Prices as data, and the one cost formula (DESIGN.md §2). Pure: used by main and by tests.
import type { PriceSource, ProviderId, Region, Tier, Usage } from './domain.ts';
import type {
  QualityIndexInfo,
  QualityIndexRef,
  QualityRefreshStatus,
  QualityScoreEntry,
} from './quality.ts';

/** Prices that apply to the whole request once its input exceeds a threshold (e.g. 200k, 512k tokens). */
export interface PriceTier {
  aboveInputTokens: number;
  input: number;
  output: number;
  cacheRead: number | null;
  cacheWrite: number | null;
}

/** Per-token prices in `currency`, with where they came from and when. */
export interface PriceEntry {
  provider: ProviderId;
  model: string;
  aliases: string[];
  input: number | null;
  output: number | null;
  cacheRead: number | null;
  cacheWrite: number | null;
  tiers: PriceTier[];
  currency: 'USD' | 'CNY';
  /** Set when the price differs by region (MiniMax China is billed in CNY). */
  region?: Region;
  contextWindow: number | null;
  maxOutputTokens: number | null;
  capabilities: { reasoning?: boolean; vision?: boolean; tools?: boolean; caching?: boolean };
  source: PriceSource;
  /** YYYY-MM-DD. */
  asOf: string;
  /** True where the price is a guess rather than a published list price. */
  estimated: boolean;
}

export interface CostBreakdown {
  input: number;
  cacheRead: number;
  cacheWrite: number;
  output: number;
}

export interface CostResult {
  usd: number;
  breakdown: CostBreakdown;
  source: PriceSource;
  asOf: string;
  estimated: boolean;
  /** The input threshold whose tier applied, when a tiered price was used. */
  tierAboveInputTokens: number | null;
  /** The exact amount in the currency billed, when that is not USD (MiniMax China bills in CNY). */
  billed: { currency: 'CNY'; amount: number } | null;
}

/**
 * CNY per USD, to put a China-region cost next to the others. Approximate and dated, so a cost
 * converted with it is marked estimated; the CNY amount itself is exact.
 */
export const CNY_PER_USD = { rate: 7.1, asOf: '2026-11-01' } as const;

/** The tier for this many input tokens: the highest threshold exceeded, else the base prices. */
export function pricesFor(entry: PriceEntry, inputTokens: number): PriceTier | null {
  const tier = [...entry.tiers]
    .sort((a, b) => b.aboveInputTokens - a.aboveInputTokens)
    .find((candidate) => inputTokens > candidate.aboveInputTokens);
  if (tier) return tier;
  if (entry.input === null || entry.output === null) return null;
  return {
    aboveInputTokens: 0,
    input: entry.input,
    output: entry.output,
    cacheRead: entry.cacheRead,
    cacheWrite: entry.cacheWrite,
  };
}

/**
 * (input − cacheRead − cacheWrite) × input price + cacheRead × cache-read price
 * + cacheWrite × cache-write price + output × output price. A missing cache price falls back to
 * the input price (no discount assumed). Unknown price → null, never $0. A CNY price gives the exact
 * CNY amount in `billed` and an estimated USD figure converted at CNY_PER_USD.
 */
export function computeCost(usage: Usage, entry: PriceEntry | null | undefined): CostResult | null {
  if (!entry) return null;
  const prices = pricesFor(entry, usage.inputTokens);
  if (!prices) return null;
  const uncached = Math.max(0, usage.inputTokens - usage.cacheReadTokens - usage.cacheWriteTokens);
  const breakdown: CostBreakdown = {
    input: uncached * prices.input,
    cacheRead: usage.cacheReadTokens * (prices.cacheRead ?? prices.input),
    cacheWrite: usage.cacheWriteTokens * (prices.cacheWrite ?? prices.input),
    output: usage.outputTokens * prices.output,
  };
  const total = breakdown.input + breakdown.cacheRead + breakdown.cacheWrite + breakdown.output;
  const tierAboveInputTokens = prices.aboveInputTokens > 0 ? prices.aboveInputTokens : null;
  if (entry.currency === 'CNY') {
    const toUsd = (amount: number) => amount / CNY_PER_USD.rate;
    return {
      usd: toUsd(total),
      breakdown: {
        input: toUsd(breakdown.input),
        cacheRead: toUsd(breakdown.cacheRead),
        cacheWrite: toUsd(breakdown.cacheWrite),
        output: toUsd(breakdown.output),
      },
      source: entry.source,
      asOf: entry.asOf,
      estimated: true,
      tierAboveInputTokens,
      billed: { currency: 'CNY', amount: total },
    };
  }
  return {
    usd: total,
    breakdown,
    source: entry.source,
    asOf: entry.asOf,
    estimated: entry.estimated,
    tierAboveInputTokens,
    billed: null,
  };
}

export const PER_MILLION = 1_000_000;

/** One row of the Models & Prices table and of `arena prices --json`. USD entries only. */
export interface PriceRow {
  provider: ProviderId;
  model: string;
  /**
   * Other ids the provider answers to with this model ("deepseek-v4-flash" for deepseek-flash). Main
   * always fills it; optional only so rows built by hand (tests) need not.
   */
  aliases?: string[];
  inputUsdPerToken: number | null;
  outputUsdPerToken: number | null;
  cacheReadUsdPerToken: number | null;
  cacheWriteUsdPerToken: number | null;
  contextWindow: number | null;
  maxOutputTokens: number | null;
  tier: Tier | null;
  tierReason: string | null;
  /** The chosen index's score for the model as the app calls it by default, or null. */
  quality: number | null;
  /** "AA Intelligence v4.1, 2026-07-10, high, estimated" — or null when there is no score. */
  qualitySource: string | null;
  /** The chosen index's entry behind `quality` (variant, estimated, source), or null. */
  qualityScore: QualityScoreEntry | null;
  /** When `quality` is null: why ("not measured on AA Intelligence v4.1"). */
  qualityMissing: string | null;
  /** Every score the app has for the model: every index, version and variant. */
  qualityScores: QualityScoreEntry[];
  source: string;
  asOf: string;
  estimated: boolean;
}

export interface PriceRefreshStatus {
  state: 'never' | 'ok' | 'not_modified' | 'failed' | 'skipped' | 'refreshing';
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  entries: number;
  message: string;
}

export interface PriceTable {
  rows: PriceRow[];
  refresh: PriceRefreshStatus;
  /** The index version `quality`, tiers and "$ per quality point" use (saved in the settings). */
  qualityIndex: QualityIndexRef;
  /** Every index version the app has scores for, for the selector and the attribution line. */
  qualityIndexes: QualityIndexInfo[];
  qualityRefresh: QualityRefreshStatus;
}

/** Which tier a prompt needs, and the cheapest configured model that is good enough for it. */
export interface PromptAdvice {
  tier: Tier;
  reason: string;
  recommendation: {
    provider: ProviderId;
    model: string;
    tier: Tier;
    quality: number | null;
    blendedPerMillion: number;
  } | null;
  /** How many priced models of providers with a key were considered. */
  considered: number;
}
