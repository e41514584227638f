// What the Plan chart draws, from the projection: monthly cost against requests per day. Pay-as-you-go
// grows in proportion to volume; a plan costs the same until the workload no longer fits it. Pure.
import type { ModelProjection, Plan, PlanReport, PlanVerdict } from '../../../../src-shared/plan.ts';

export interface ChartPoint {
  x: number;
  y: number;
}

export interface PaygLine {
  label: string;
  points: [ChartPoint, ChartPoint];
}

export interface PlanLine {
  label: string;
  points: [ChartPoint, ChartPoint];
  /** Requests per day from which the plan stops fitting, or null when it fits the whole range or is unknown. */
  stopsAt: number | null;
  /** True when the plan's window size is unknown (drawn dashed, across the range). */
  unknown: boolean;
}

export interface MarkedPoint extends ChartPoint {
  label: string;
}

export interface PlanChartData {
  xMax: number;
  payg: PaygLine[];
  plans: PlanLine[];
  breakEvens: MarkedPoint[];
  workload: MarkedPoint[];
}

export const modelLabel = (projection: Pick<ModelProjection, 'provider' | 'model'>): string =>
  `${projection.provider}/${projection.model}`;

/**
 * The requests per day at which the plan's fullest window is full. Window use grows in proportion
 * to requests per day, so the verdict's use at today's volume scales to any other.
 */
export function fitLimit(
  verdict: PlanVerdict,
  plan: Plan | undefined,
  requestsPerDay: number,
  perRequestUsd: number | null,
): number | null {
  if (verdict.fits === null || requestsPerDay <= 0) return null;
  const limits: number[] = [];
  const perCall = verdict.requestsPerCall > 0 ? verdict.requestsPerCall : 1;
  const windowUse = (requests: number): number | null => {
    if (plan?.quota.unit === 'requests') return requests;
    return perRequestUsd === null ? null : (requests / perCall) * perRequestUsd;
  };
  const windows: [number, number | null | undefined][] = [
    [verdict.peakFiveHourRequests, plan?.quota.fiveHour],
  ];
  if (plan?.quota.hasWeekly) windows.push([verdict.weeklyRequests, plan.quota.weekly]);
  for (const [requests, size] of windows) {
    const used = windowUse(requests);
    if (size === null || size === undefined || used === null || used <= 0) continue;
    limits.push((requestsPerDay * size) / used);
  }
  if (limits.length > 0) return Math.min(...limits);
  // Without the plan's sizes, the verdict's own overflow says where the fullest window fills.
  if (verdict.overflowPct !== null && verdict.overflowPct > 0)
    return requestsPerDay / (1 + verdict.overflowPct / 100);
  return null;
}

/** The next round number at or above `value` (1, 2, 2.5 or 5 times a power of ten): the axis ends on a tick. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((multiple) => multiple * magnitude >= value) ?? 10;
  return step * magnitude;
}

function rangeEnd(requestsPerDay: number, marks: readonly number[]): number {
  const base = Math.max(100, requestsPerDay * 2);
  // A mark far beyond today's volume would squash the lines that matter: up to 10× is shown.
  const inReach = marks.filter((mark) => mark > 0 && mark <= Math.max(base, requestsPerDay) * 10);
  return niceCeil(Math.max(base, ...inReach.map((mark) => mark * 1.2)));
}

export function planChartData(report: PlanReport, plans: readonly Plan[]): PlanChartData {
  const { requestsPerDay, activeDaysPerMonth } = report.workload;
  const priced = report.projections.filter((entry) => entry.perRequestUsd !== null);
  const chosen = new Map(priced.map((entry) => [entry.model, entry]));
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  const verdicts = report.verdicts.filter((verdict) => chosen.has(verdict.model));
  const limits = verdicts.map((verdict) =>
    fitLimit(
      verdict,
      plansById.get(verdict.planId),
      requestsPerDay,
      chosen.get(verdict.model)?.perRequestUsd ?? null,
    ),
  );
  const marks = [
    ...verdicts.map((verdict) => verdict.breakEvenRequestsPerDay ?? 0),
    ...limits.map((limit) => limit ?? 0),
  ];
  const xMax = rangeEnd(requestsPerDay, marks);
  // With one model the plans need no model in their names.
  const planLabel = (verdict: PlanVerdict) =>
    chosen.size > 1 ? `${verdict.planName} (${verdict.model})` : verdict.planName;
  const monthly = (entry: ModelProjection, perDay: number) =>
    (entry.perRequestUsd ?? 0) * activeDaysPerMonth * perDay;
  return {
    xMax,
    payg: priced.map((entry) => ({
      label: `${modelLabel(entry)} pay-as-you-go`,
      points: [
        { x: 0, y: 0 },
        { x: xMax, y: monthly(entry, xMax) },
      ],
    })),
    plans: verdicts.map((verdict, index) => {
      const limit = limits[index] ?? null;
      const end = limit === null ? xMax : Math.min(limit, xMax);
      return {
        label: planLabel(verdict),
        points: [
          { x: 0, y: verdict.monthlyUsd },
          { x: end, y: verdict.monthlyUsd },
        ],
        stopsAt: limit !== null && limit < xMax ? limit : null,
        unknown: verdict.fits === null,
      };
    }),
    breakEvens: verdicts.flatMap((verdict) =>
      verdict.breakEvenRequestsPerDay !== null && verdict.breakEvenRequestsPerDay <= xMax
        ? [
            {
              x: verdict.breakEvenRequestsPerDay,
              y: verdict.monthlyUsd,
              label: `Break-even: ${verdict.planName} vs ${verdict.model} pay-as-you-go`,
            },
          ]
        : [],
    ),
    workload: priced.map((entry) => ({
      x: requestsPerDay,
      y: entry.monthlyUsd ?? monthly(entry, requestsPerDay),
      label: `Your workload on ${modelLabel(entry)}`,
    })),
  };
}
