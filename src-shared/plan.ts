// The Plan page's and `arena plan`'s shapes: what a workload costs per month pay-as-you-go, and
// whether a subscription plan holds it. The core computes all of it (src-main/core/plan/) so the
// page, the CLI and the exported report agree.
import type { ModelRef, PriceSource, ProviderId, Region, Tier } from './domain.ts';

/**
 * What the user sends. `requestsPerDay` counts calls to the model, as plans count them. A
 * conversation of `turns` turns is `turns` calls, and each turn resends the history, so turn k
 * (1-based) sends inputTokens + (k − 1) × (inputTokens + outputTokens) input tokens; a request's
 * cost is the average over the turns of each turn's cost (each turn priced at its own tier).
 */
export interface Workload {
  requestsPerDay: number;
  /** The first turn's input tokens. */
  inputTokens: number;
  outputTokens: number;
  /** 0–1: the share of each call's input read from the provider's cache. */
  cacheHitShare: number;
  /** 0–1 of output: reasoning tokens, billed as output (shown, no price of its own). */
  reasoningShare: number;
  /** ≥ 1. */
  turns: number;
  /** Default 30. */
  activeDaysPerMonth: number;
  /** 0–1: the share sent in DeepSeek's off-peak hours (half price; unconfirmed, see PLANS in the core). */
  offPeakShare: number;
  /** 1–24: the day's requests are spread evenly over this many hours (gives the peak 5-hour load). */
  hoursPerDay: number;
}

export const DEFAULT_WORKLOAD: Workload = {
  requestsPerDay: 1000,
  inputTokens: 2000,
  outputTokens: 500,
  cacheHitShare: 0,
  reasoningShare: 0,
  turns: 1,
  activeDaysPerMonth: 30,
  offPeakShare: 0,
  hoursPerDay: 8,
};

export interface PlanModelRef extends ModelRef {
  region?: Region;
}

/** Pay-as-you-go for one model. Money fields are null when the catalog has no price for it. */
export interface ModelProjection {
  provider: ProviderId;
  model: string;
  region: Region;
  monthlyUsd: number | null;
  perRequestUsd: number | null;
  perThousandUsd: number | null;
  /** The currency the provider bills in; monthlyNative is in it (equal to monthlyUsd for USD). */
  currency: 'USD' | 'CNY';
  monthlyNative: number | null;
  /** The chosen quality index's score (PriceRow.quality), or null. */
  quality: number | null;
  /** monthlyUsd ÷ quality: what a month costs per point of the chosen index. */
  perQualityPointUsd: number | null;
  tier: Tier | null;
  /** The highest input threshold whose tier priced some turn, or null for base prices. */
  tierAboveInputTokens: number | null;
  source: PriceSource | null;
  asOf: string | null;
  /** True for converted CNY, guessed prices, and an off-peak discount not confirmed by the provider. */
  estimated: boolean;
  /** Set when an off-peak discount applied: the share, the discount and whether it is confirmed. */
  offPeak: { share: number; discount: number; confirmed: boolean; source: string } | null;
  /** Why there is no figure ("no price for …"), else null. */
  missing: string | null;
  /** "turn 3 sends 320,000 tokens, over the model's 204,800 context" when the largest turn cannot fit; else null. */
  overContext?: string | null;
}

/**
 * A plan's windows. unit 'requests': a count of requests; 'usd': pay-as-you-go-equivalent dollars of
 * usage. null: the window exists but its size is not published ("unknown until measured"), or, for
 * `weekly` with `hasWeekly` false, there is no weekly window.
 */
export interface PlanQuota {
  unit: 'requests' | 'usd';
  fiveHour: number | null;
  weekly: number | null;
  hasWeekly: boolean;
}

export interface Plan {
  id: string;
  name: string;
  provider: ProviderId;
  region: Region;
  monthlyPrice: number;
  currency: 'USD' | 'CNY';
  /** The models the plan covers (exact ids as the catalog names them). */
  models: string[];
  quota: PlanQuota;
  /** Models that count more than one request per call (MiniMax-M2.7-highspeed: 2). Others count 1. */
  requestsPerCall: { model: string; requests: number }[];
  /** A URL or a named third-party source. */
  source: string;
  /** YYYY-MM-DD, or YYYY-MM where the source gives only the month. */
  asOf: string;
  /** False for figures only third parties report. */
  verified: boolean;
  origin: 'shipped' | 'user';
  /** Caveats shown beside the plan. */
  note: string | null;
}

/** A plan as the user saves it: no origin (always 'user'); no id for a new plan. */
export type PlanInput = Omit<Plan, 'origin' | 'id'> & { id?: string };

/**
 * What a measured run consumed of a plan's windows (P2: read /v1/token_plan/remains before and after).
 * Percent values are of the window's size; null where the key did not report that window.
 */
export interface MeasuredQuotaUse {
  provider: ProviderId;
  model: string;
  requestsPerCall: number | null;
  fiveHourPercentPerCall: number | null;
  weeklyPercentPerCall: number | null;
  /** How many measured runs the averages come from. */
  runs: number;
  measuredAt: string;
  /**
   * The key's subscription title ("Plus"), when the remains read named it: percents of a window are
   * only meaningful for the plan they were measured on. Null or absent: not named.
   */
  plan?: string | null;
}

/** One plan against the workload on one of its models. */
export interface PlanVerdict {
  planId: string;
  planName: string;
  model: string;
  /** The plan's monthly price in USD (CNY converted, then estimated). */
  monthlyUsd: number;
  monthlyPrice: number;
  currency: 'USD' | 'CNY';
  /** null: unknown until measured (a window whose size is not published). */
  fits: boolean | null;
  /** How far the fullest window is exceeded, in percent (0 when it fits); null when unknown or the window's size is 0. */
  overflowPct: number | null;
  /** Monthly price ÷ monthly requests, when it fits; else null. */
  effectivePerRequestUsd: number | null;
  /**
   * Requests per day at which pay-as-you-go on the same model costs the plan's price; null without a
   * PAYG price, or when the plan stops fitting before that volume (see stopsFittingAtRequestsPerDay).
   */
  breakEvenRequestsPerDay: number | null;
  /** Requests per day past which the plan no longer fits; null when its windows are unknown or unbounded. */
  stopsFittingAtRequestsPerDay?: number | null;
  /** True when pay-as-you-go would cost the plan's price only past stopsFittingAtRequestsPerDay: never. */
  breakEvenBeyondFit?: boolean;
  /** Requests counted against the plan in the busiest 5 hours (calls × requests per call). */
  peakFiveHourRequests: number;
  weeklyRequests: number;
  requestsPerCall: number;
  basis: 'assumed' | 'measured';
  /** One sentence: why it fits, by how much it overflows, or what is unknown. */
  explanation: string;
  source: string;
  asOf: string;
  verified: boolean;
}

export interface PlanReport {
  workload: Workload;
  /** Cheapest first; unpriced models last. */
  projections: ModelProjection[];
  verdicts: PlanVerdict[];
  /** Dated caveats: the CNY rate, unconfirmed discounts, assumed vs measured. */
  notes: string[];
  generatedAt: string;
}

/** The chart image the window may add to an exported report, as a data URL (bounded). */
export const MAX_CHART_PNG_DATA_URL = 4_000_000;

export interface PlanExportResult {
  saved: boolean;
  /** The Markdown file, or null when cancelled. */
  path: string | null;
  /** The CSV (and PNG) written beside it. */
  companions: string[];
  bytes: number;
}
