// Does a workload fit a plan's windows, by how much does it overflow, and where does it break even
// against pay-as-you-go on the same model?
import type {
  MeasuredQuotaUse,
  ModelProjection,
  Plan,
  PlanVerdict,
  Workload,
} from '../../../src-shared/plan.ts';
import { CNY_PER_USD } from '../../../src-shared/pricing.ts';
import { monthlyRequests } from './workload-usage.ts';

const WINDOW_HOURS = 5;

/**
 * The day's requests are spread evenly over `hoursPerDay`, so the busiest 5 hours hold
 * requestsPerDay × min(5, hoursPerDay) / hoursPerDay calls. A week holds requestsPerDay × its active
 * days: activeDaysPerMonth × 7 / 30, at most 7.
 */
export function peakFiveHourCalls(workload: Workload): number {
  return (workload.requestsPerDay * Math.min(WINDOW_HOURS, workload.hoursPerDay)) / workload.hoursPerDay;
}

export function weeklyCalls(workload: Workload): number {
  return workload.requestsPerDay * Math.min(7, (workload.activeDaysPerMonth * 7) / 30);
}

interface WindowUse {
  name: '5-hour' | 'weekly';
  /** load ÷ size; null when the size is unknown and nothing was measured. */
  ratio: number | null;
  describe: string;
  /** True when the ratio comes from a measured percent per call. */
  measured: boolean;
}

const count = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
const usd = (value: number) => `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

function windowUse(
  name: WindowUse['name'],
  calls: number,
  size: number | null,
  plan: Plan,
  requestsPerCall: number,
  perRequestUsd: number | null,
  measuredPercentPerCall: number | null,
): WindowUse {
  if (size !== null && plan.quota.unit === 'requests') {
    const load = calls * requestsPerCall;
    return {
      name,
      ratio: size > 0 ? load / size : Number.POSITIVE_INFINITY,
      describe: `${count(load)} of ${count(size)} requests`,
      measured: false,
    };
  }
  if (size !== null && perRequestUsd !== null) {
    const load = calls * perRequestUsd;
    return {
      name,
      ratio: size > 0 ? load / size : Number.POSITIVE_INFINITY,
      describe: `${usd(load)} of ${usd(size)} pay-as-you-go-equivalent`,
      measured: false,
    };
  }
  if (measuredPercentPerCall !== null) {
    const percent = calls * measuredPercentPerCall;
    return {
      name,
      ratio: percent / 100,
      describe: `${count(percent)} % of the window, as measured`,
      measured: true,
    };
  }
  return { name, ratio: null, describe: 'size not published', measured: false };
}

export function judgePlan(
  workload: Workload,
  plan: Plan,
  model: string,
  payg: ModelProjection | null,
  measured: MeasuredQuotaUse | null,
): PlanVerdict {
  const listed =
    plan.requestsPerCall.find((entry) => entry.model.toLowerCase() === model.toLowerCase())?.requests ?? 1;
  const requestsPerCall = measured?.requestsPerCall ?? listed;
  const perRequestUsd = payg?.perRequestUsd ?? null;
  const fiveHourCalls = peakFiveHourCalls(workload);
  const weekCalls = weeklyCalls(workload);
  const windows = [
    windowUse(
      '5-hour',
      fiveHourCalls,
      plan.quota.fiveHour,
      plan,
      requestsPerCall,
      perRequestUsd,
      measured?.fiveHourPercentPerCall ?? null,
    ),
  ];
  if (plan.quota.hasWeekly) {
    windows.push(
      windowUse(
        'weekly',
        weekCalls,
        plan.quota.weekly,
        plan,
        requestsPerCall,
        perRequestUsd,
        measured?.weeklyPercentPerCall ?? null,
      ),
    );
  }
  const usedMeasurement =
    (measured?.requestsPerCall != null && plan.quota.unit === 'requests') ||
    windows.some((use) => use.measured);
  const known = windows.flatMap((use) => (use.ratio === null ? [] : [use.ratio]));
  const fullest = known.length > 0 ? Math.max(...known) : null;
  const unknown = windows.filter((use) => use.ratio === null);
  const fits = fullest !== null && fullest > 1 ? false : unknown.length > 0 ? null : true;
  const monthlyUsd = plan.currency === 'CNY' ? plan.monthlyPrice / CNY_PER_USD.rate : plan.monthlyPrice;
  const requests = monthlyRequests(workload);
  return {
    planId: plan.id,
    planName: plan.name,
    model,
    monthlyUsd,
    monthlyPrice: plan.monthlyPrice,
    currency: plan.currency,
    fits,
    // A window of size 0 holds nothing: no finite overflow to state.
    overflowPct:
      fits === null || !Number.isFinite(fullest ?? 0) ? null : Math.max(0, ((fullest ?? 0) - 1) * 100),
    effectivePerRequestUsd: fits === true && requests > 0 ? monthlyUsd / requests : null,
    breakEvenRequestsPerDay: breakEven(monthlyUsd, perRequestUsd, workload),
    peakFiveHourRequests: fiveHourCalls * requestsPerCall,
    weeklyRequests: weekCalls * requestsPerCall,
    requestsPerCall,
    basis: usedMeasurement ? 'measured' : 'assumed',
    explanation: [
      measured?.requestsPerCall != null && plan.quota.unit === 'requests'
        ? `Your measured runs cost ${count(requestsPerCall)} request${requestsPerCall === 1 ? '' : 's'} a call (${measured.runs} run${measured.runs === 1 ? '' : 's'}).`
        : '',
      explain(fits, windows),
      capacity(plan, requestsPerCall),
    ]
      .filter(Boolean)
      .join(' '),
    source: plan.source,
    asOf: plan.asOf,
    verified: plan.verified,
  };
}

/**
 * Requests a day at which pay-as-you-go costs the plan's price: price ÷ (cost per request × active
 * days). A CNY plan against CNY pay-as-you-go converts both at the same rate, so the rate cancels out.
 */
function breakEven(monthlyUsd: number, perRequestUsd: number | null, workload: Workload): number | null {
  if (perRequestUsd === null || perRequestUsd <= 0) return null;
  return monthlyUsd / (perRequestUsd * workload.activeDaysPerMonth);
}

/** "1,500 per 5 hours holds 300 calls an hour": what a request-count window holds at this cost per call. */
function capacity(plan: Plan, requestsPerCall: number): string {
  const size = plan.quota.fiveHour;
  if (plan.quota.unit !== 'requests' || size === null || requestsPerCall <= 0) return '';
  return `${count(size)} per 5 hours holds ${count(size / requestsPerCall / WINDOW_HOURS)} calls an hour.`;
}

function explain(fits: boolean | null, windows: WindowUse[]): string {
  const parts = windows.map((use) => `${use.name}: ${use.describe}`).join('; ');
  if (fits === true) return `Fits (${parts}).`;
  if (fits === false) return `Does not fit (${parts}).`;
  return `Unknown until measured: the plan does not publish its window size (${parts}). Run this model with your Token Plan key in the Playground to measure it.`;
}
