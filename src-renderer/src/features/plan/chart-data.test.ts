import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKLOAD,
  type ModelProjection,
  type Plan,
  type PlanReport,
  type PlanVerdict,
} from '../../../../src-shared/plan.ts';
import { fitLimit, niceCeil, planChartData } from './chart-data.ts';

const starter: Plan = {
  id: 'minimax-starter',
  name: 'Starter',
  provider: 'minimax',
  region: 'global',
  monthlyPrice: 10,
  currency: 'USD',
  models: ['MiniMax-M2.7'],
  quota: { unit: 'requests', fiveHour: 1_500, weekly: null, hasWeekly: false },
  requestsPerCall: [],
  source: 'platform.minimax.io/docs/token-plan/intro',
  asOf: '2026-04-01',
  verified: true,
  origin: 'shipped',
  note: null,
};

// 1,000 requests a day spread over 8 hours: 125 an hour, 625 in the busiest 5 hours.
const starterVerdict: PlanVerdict = {
  planId: 'minimax-starter',
  planName: 'Starter',
  model: 'MiniMax-M2.7',
  monthlyUsd: 10,
  monthlyPrice: 10,
  currency: 'USD',
  fits: true,
  overflowPct: 0,
  effectivePerRequestUsd: 10 / 30_000,
  breakEvenRequestsPerDay: 10 / (0.001056 * 30),
  peakFiveHourRequests: 625,
  weeklyRequests: 7_000,
  requestsPerCall: 1,
  basis: 'assumed',
  explanation: '',
  source: starter.source,
  asOf: starter.asOf,
  verified: true,
};

// The hand case: 2,000 input (30 % cached) and 500 output on MiniMax-M2.7 is $0.001056 a request.
const m27 = {
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  monthlyUsd: 31.68,
  perRequestUsd: 0.001056,
} as unknown as ModelProjection;

const report: PlanReport = {
  workload: { ...DEFAULT_WORKLOAD, requestsPerDay: 1_000, hoursPerDay: 8 },
  projections: [m27],
  verdicts: [starterVerdict],
  notes: [],
  generatedAt: '2026-11-27T00:00:00.000Z',
};

describe('fitLimit', () => {
  it('scales the busiest window to where it is full: 1,500 per 5 h over 8 hours a day is 2,400 a day', () => {
    expect(fitLimit(starterVerdict, starter, 1_000, 0.001056)).toBeCloseTo(2_400, 6);
  });

  it('takes the fuller of the 5-hour and weekly windows', () => {
    const weekly = { ...starter, quota: { ...starter.quota, weekly: 3_500, hasWeekly: true } };
    // 7,000 a week at 1,000 a day: 3,500 a week is full at 500 a day.
    expect(fitLimit(starterVerdict, weekly, 1_000, 0.001056)).toBeCloseTo(500, 6);
  });

  it('counts a dollar window at the pay-as-you-go price of the calls', () => {
    const dollars = {
      ...starter,
      quota: { unit: 'usd' as const, fiveHour: 1.32, weekly: null, hasWeekly: false },
    };
    // 625 calls in 5 hours at $0.001056 = $0.66; $1.32 holds twice that: 2,000 a day.
    expect(fitLimit(starterVerdict, dollars, 1_000, 0.001056)).toBeCloseTo(2_000, 6);
  });

  it('is unknown when the plan does not publish its window', () => {
    expect(
      fitLimit({ ...starterVerdict, fits: null, overflowPct: null }, starter, 1_000, 0.001056),
    ).toBeNull();
  });
});

describe('planChartData', () => {
  const data = planChartData(report, [starter]);

  it('draws pay-as-you-go in proportion to volume, through the workload at $31.68', () => {
    expect(data.workload).toEqual([{ x: 1_000, y: 31.68, label: 'Your workload on minimax/MiniMax-M2.7' }]);
    const [start, end] = data.payg[0]?.points ?? [];
    expect(start).toEqual({ x: 0, y: 0 });
    expect(end?.y).toBeCloseTo(0.001056 * 30 * (end?.x ?? 0), 9);
  });

  it('draws the plan flat at its price until it stops fitting, and marks the break-even', () => {
    expect(data.xMax).toBeGreaterThan(2_400);
    expect(data.plans).toEqual([
      {
        label: 'Starter',
        points: [
          { x: 0, y: 10 },
          { x: expect.closeTo(2_400, 6), y: 10 },
        ],
        stopsAt: expect.closeTo(2_400, 6),
        unknown: false,
      },
    ]);
    expect(data.breakEvens).toEqual([
      { x: expect.closeTo(315.66, 1), y: 10, label: 'Break-even: Starter vs MiniMax-M2.7 pay-as-you-go' },
    ]);
  });
});

describe('niceCeil', () => {
  it('ends the axis on a round number', () => {
    expect([niceCeil(8_640), niceCeil(2_880), niceCeil(2_000), niceCeil(120), niceCeil(0)]).toEqual([
      10_000, 5_000, 2_000, 200, 1,
    ]);
  });
});
