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
import { measuredOnPlan, shortPlanName } from './measured-plan.ts';
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
  measuredPercent: MeasuredPercent,
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
  if (measuredPercent.kind === 'flat')
    return {
      name,
      ratio: null,
      describe: 'run more calls to measure: the window did not move',
      measured: false,
    };
  if (measuredPercent.kind === 'other plan')
    return { name, ratio: null, describe: measuredPercent.why, measured: false };
  if (measuredPercent.kind === 'per call') {
    const percent = calls * measuredPercent.value;
    return {
      name,
      ratio: percent / 100,
      describe: `${count(percent)} % of the window, as measured`,
      measured: true,
    };
  }
  return { name, ratio: null, describe: 'size not published', measured: false };
}

/**
 * A measured percent per call, as it applies to one plan: only the plan the key subscribes to, and a
 * total of 0 over successful calls is below the read's resolution, not free.
 */
type MeasuredPercent =
  | { kind: 'none' }
  | { kind: 'flat' }
  | { kind: 'other plan'; why: string }
  | { kind: 'per call'; value: number };

function percentFor(measured: MeasuredQuotaUse | null, plan: Plan, value: number | null): MeasuredPercent {
  if (!measured || value === null) return { kind: 'none' };
  if (!measuredOnPlan(measured.plan, plan)) {
    const short = shortPlanName(plan);
    const why = measured.plan
      ? `measured on ${measured.plan}, not ${short}`
      : `measured on a key that did not name its plan, so it may not be ${short}`;
    return { kind: 'other plan', why };
  }
  return value > 0 ? { kind: 'per call', value } : { kind: 'flat' };
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
  // A measured 0 requests a call is the window not moving (a rolling window released one), not free.
  const measuredRequests =
    measured?.requestsPerCall != null && measured.requestsPerCall > 0 ? measured.requestsPerCall : null;
  const requestsPerCall = measuredRequests ?? listed;
  const perRequestUsd = payg?.perRequestUsd ?? null;
  const fiveHourCalls = peakFiveHourCalls(workload);
  const weekCalls = weeklyCalls(workload);
  const windowsAt = (fiveHour: number, week: number) => {
    const uses = [
      windowUse(
        '5-hour',
        fiveHour,
        plan.quota.fiveHour,
        plan,
        requestsPerCall,
        perRequestUsd,
        percentFor(measured, plan, measured?.fiveHourPercentPerCall ?? null),
      ),
    ];
    if (plan.quota.hasWeekly) {
      uses.push(
        windowUse(
          'weekly',
          week,
          plan.quota.weekly,
          plan,
          requestsPerCall,
          perRequestUsd,
          percentFor(measured, plan, measured?.weeklyPercentPerCall ?? null),
        ),
      );
    }
    return uses;
  };
  const windows = windowsAt(fiveHourCalls, weekCalls);
  const requestCountKnown = plan.quota.unit === 'requests' && plan.quota.fiveHour !== null;
  const usedMeasuredRequests = measuredRequests !== null && requestCountKnown;
  const usedMeasurement = usedMeasuredRequests || windows.some((use) => use.measured);
  const known = windows.flatMap((use) => (use.ratio === null ? [] : [use.ratio]));
  const fullest = known.length > 0 ? Math.max(...known) : null;
  const unknown = windows.filter((use) => use.ratio === null);
  const fits = fullest !== null && fullest > 1 ? false : unknown.length > 0 ? null : true;
  const stopsFittingAt =
    fits === null
      ? null
      : fitLimit(
          windowsAt(
            peakFiveHourCalls({ ...workload, requestsPerDay: 1 }),
            weeklyCalls({ ...workload, requestsPerDay: 1 }),
          ),
        );
  const payAsYouGoEven = breakEven(monthlyUsdOf(plan), perRequestUsd, workload);
  const neverBreaksEven =
    payAsYouGoEven !== null && stopsFittingAt !== null && payAsYouGoEven > stopsFittingAt;
  const monthlyUsd = monthlyUsdOf(plan);
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
    breakEvenRequestsPerDay: neverBreaksEven ? null : payAsYouGoEven,
    stopsFittingAtRequestsPerDay: stopsFittingAt,
    breakEvenBeyondFit: neverBreaksEven,
    peakFiveHourRequests: fiveHourCalls * requestsPerCall,
    weeklyRequests: weekCalls * requestsPerCall,
    requestsPerCall,
    basis: usedMeasurement ? 'measured' : 'assumed',
    explanation: [
      usedMeasuredRequests && measured
        ? `Your measured runs cost ${count(requestsPerCall)} request${requestsPerCall === 1 ? '' : 's'} a call (${measured.runs} run${measured.runs === 1 ? '' : 's'}).`
        : '',
      explain(fits, windows),
      capacity(plan, requestsPerCall),
      neverBreaksEven && stopsFittingAt !== null
        ? `Break-even: never: stops fitting at ${count(stopsFittingAt)}/day, before pay-as-you-go would cost ${usd(monthlyUsd)}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    source: plan.source,
    asOf: plan.asOf,
    verified: plan.verified,
  };
}

const monthlyUsdOf = (plan: Plan) =>
  plan.currency === 'CNY' ? plan.monthlyPrice / CNY_PER_USD.rate : plan.monthlyPrice;

/**
 * Requests a day past which the plan stops fitting, from its windows' use at 1 request a day (every
 * window's use grows in proportion to the requests a day); null when a window is unknown.
 */
function fitLimit(perRequestADay: WindowUse[]): number | null {
  let fullest = 0;
  for (const use of perRequestADay) {
    if (use.ratio === null) return null;
    fullest = Math.max(fullest, use.ratio);
  }
  if (fullest === 0) return null;
  return Number.isFinite(fullest) ? 1 / fullest : 0;
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
