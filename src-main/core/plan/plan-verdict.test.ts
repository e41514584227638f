import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKLOAD,
  type MeasuredQuotaUse,
  type Plan,
  type Workload,
} from '../../../src-shared/plan.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { judgePlan } from './plan-verdict.ts';
import { projectModel } from './project-model.ts';
import { SHIPPED_PLANS } from './shipped-plans.ts';

const catalog = createDefaultCatalog();
const issueCase: Workload = {
  ...DEFAULT_WORKLOAD,
  requestsPerDay: 1000,
  inputTokens: 2000,
  outputTokens: 500,
  cacheHitShare: 0.3,
  hoursPerDay: 8,
};
const shipped = (id: string): Plan => {
  const plan = SHIPPED_PLANS.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`no shipped plan ${id}`);
  return plan;
};
const payg = (workload: Workload, model: string, region: 'global' | 'china' = 'global') =>
  projectModel(workload, catalog.lookup('minimax', model, region), { provider: 'minimax', model, region });
const judge = (plan: Plan, model: string, workload: Workload, measured: MeasuredQuotaUse | null = null) =>
  judgePlan(workload, plan, model, payg(workload, model, plan.region), measured);

describe('judgePlan', () => {
  it("fits the issue's workload in Starter: 625 requests in the busiest 5 hours of an 8-hour day, of 1,500", () => {
    const verdict = judge(shipped('minimax-tp1-starter'), 'MiniMax-M2.7', issueCase);
    expect(verdict).toMatchObject({
      fits: true,
      overflowPct: 0,
      peakFiveHourRequests: 625,
      basis: 'assumed',
    });
    expect(verdict.monthlyUsd).toBe(10);
    expect(verdict.effectivePerRequestUsd).toBeCloseTo(10 / 30_000, 12);
    // $10 ÷ ($0.001056 a request × 30 days).
    expect(verdict.breakEvenRequestsPerDay).toBeCloseTo(10 / (0.001056 * 30), 8);
  });

  it('says by how much a workload overflows: 5,000 a day over 8 hours is 3,125 per 5 hours, 108 % over 1,500', () => {
    const verdict = judge(shipped('minimax-tp1-starter'), 'MiniMax-M2.7', {
      ...issueCase,
      requestsPerDay: 5000,
    });
    expect(verdict.fits).toBe(false);
    expect(verdict.peakFiveHourRequests).toBe(3125);
    expect(verdict.overflowPct).toBeCloseTo((3125 / 1500 - 1) * 100, 8);
    expect(verdict.effectivePerRequestUsd).toBeNull();
    expect(verdict.explanation).toMatch(/3,125.*1,500/);
  });

  it('says a zero-size window holds nothing, with no overflow figure rather than an infinite one', () => {
    const empty: Plan = {
      ...shipped('minimax-tp1-starter'),
      quota: { unit: 'requests', fiveHour: 0, weekly: null, hasWeekly: false },
    };
    expect(judge(empty, 'MiniMax-M2.7', issueCase)).toMatchObject({ fits: false, overflowPct: null });
  });

  it('puts a whole day in one window when the day is 5 hours or shorter', () => {
    expect(
      judge(shipped('minimax-tp1-starter'), 'MiniMax-M2.7', { ...issueCase, hoursPerDay: 4 })
        .peakFiveHourRequests,
    ).toBe(1000);
  });

  it('counts M2.7-highspeed double: 3,000 calls a day on Plus-Highspeed are 3,750 requests per 5 hours', () => {
    const verdict = judge(shipped('minimax-tp1-plus-hs'), 'MiniMax-M2.7-highspeed', {
      ...issueCase,
      requestsPerDay: 3000,
    });
    expect(verdict).toMatchObject({
      fits: true,
      peakFiveHourRequests: 3750,
      requestsPerCall: 2,
      verified: false,
    });
    // 1,400 × $0.60 + 600 × $0.06 + 500 × $2.40 per 1M = $0.002076 a request.
    expect(verdict.breakEvenRequestsPerDay).toBeCloseTo(40 / (0.002076 * 30), 8);
    const over = judge(shipped('minimax-tp1-plus-hs'), 'MiniMax-M2.7-highspeed', {
      ...issueCase,
      requestsPerDay: 4000,
    });
    expect(over.overflowPct).toBeCloseTo((5000 / 4500 - 1) * 100, 8);
  });

  // Each generation-1 plan at the largest volume it holds over an 8-hour day, and just above it.
  const capacities: [string, string, number][] = [
    ['minimax-tp1-starter', 'MiniMax-M2.7', 1500],
    ['minimax-tp1-plus', 'MiniMax-M2.7', 4500],
    ['minimax-tp1-max', 'MiniMax-M2.7', 15_000],
    ['minimax-tp1-plus-hs', 'MiniMax-M2.7-highspeed', 4500 / 2],
    ['minimax-tp1-max-hs', 'MiniMax-M2.7-highspeed', 15_000 / 2],
    ['minimax-tp1-ultra-hs', 'MiniMax-M2.7-highspeed', 30_000 / 2],
    ['minimax-tp1-china-starter', 'MiniMax-M2.7', 600],
    ['minimax-tp1-china-plus', 'MiniMax-M2.7', 1500],
    ['minimax-tp1-china-max', 'MiniMax-M2.7', 4500],
  ];
  it.each(capacities)('%s holds %s calls per 5 hours and no more', (id, model, callsPerFiveHours) => {
    const perDay = (callsPerFiveHours * 8) / 5;
    expect(judge(shipped(id), model, { ...issueCase, requestsPerDay: perDay }).fits).toBe(true);
    expect(judge(shipped(id), model, { ...issueCase, requestsPerDay: perDay + 8 }).fits).toBe(false);
  });

  it('prices a China plan in yuan with estimated USD, and breaks even against China pay-as-you-go', () => {
    const verdict = judge(shipped('minimax-tp1-china-starter'), 'MiniMax-M2.7', issueCase);
    expect(verdict).toMatchObject({ currency: 'CNY', monthlyPrice: 29, verified: false });
    expect(verdict.monthlyUsd).toBeCloseTo(29 / 7.1, 10);
    // ¥29 ÷ (¥0.007392 a request × 30 days).
    expect(verdict.breakEvenRequestsPerDay).toBeCloseTo(29 / (0.007392 * 30), 8);
  });

  it('says a usage-bar plan (gen 2) is unknown until measured, never a guessed fit', () => {
    const verdict = judge(shipped('minimax-tp2-plus'), 'MiniMax-M2.7', issueCase);
    expect(verdict).toMatchObject({ fits: null, overflowPct: null, basis: 'assumed' });
    expect(verdict.explanation).toMatch(/unknown until measured/i);
    expect(verdict.breakEvenRequestsPerDay).toBeCloseTo(20 / (0.001056 * 30), 8);
  });

  const measured = (fields: Partial<MeasuredQuotaUse>): MeasuredQuotaUse => ({
    provider: 'minimax',
    model: 'MiniMax-M2.7',
    requestsPerCall: null,
    fiveHourPercentPerCall: null,
    weeklyPercentPerCall: null,
    runs: 3,
    measuredAt: '2026-11-27T10:00:00.000Z',
    ...fields,
  });

  it('judges a usage-bar plan from measured percent per call: 625 × 0.05 % of 5 h, 7,000 × 0.01 % of a week', () => {
    const fits = judge(
      shipped('minimax-tp2-plus'),
      'MiniMax-M2.7',
      issueCase,
      measured({ plan: 'Plus', fiveHourPercentPerCall: 0.05, weeklyPercentPerCall: 0.01 }),
    );
    expect(fits).toMatchObject({ fits: true, overflowPct: 0, basis: 'measured', weeklyRequests: 7000 });
    const over = judge(
      shipped('minimax-tp2-plus'),
      'MiniMax-M2.7',
      issueCase,
      measured({ plan: 'Token Plan Plus', fiveHourPercentPerCall: 0.05, weeklyPercentPerCall: 0.02 }),
    );
    expect(over.fits).toBe(false);
    expect(over.overflowPct).toBeCloseTo(40, 8);
  });

  it('says what was measured and what the window holds: 1 request a call, 1,500 per 5 hours = 300 calls an hour', () => {
    const verdict = judge(
      shipped('minimax-tp1-starter'),
      'MiniMax-M2.7',
      issueCase,
      measured({ requestsPerCall: 1 }),
    );
    expect(verdict.explanation).toMatch(/your measured runs cost 1 request a call/i);
    expect(verdict.explanation).toMatch(/1,500 per 5 hours holds 300 calls an hour/);
  });

  it('uses the measured requests per call on a request-count plan', () => {
    const verdict = judge(
      shipped('minimax-tp1-starter'),
      'MiniMax-M2.7',
      { ...issueCase, requestsPerDay: 2000 },
      measured({ requestsPerCall: 1.5 }),
    );
    expect(verdict).toMatchObject({ basis: 'measured', requestsPerCall: 1.5, peakFiveHourRequests: 1875 });
    expect(verdict.overflowPct).toBeCloseTo(25, 8);
  });

  it("judges a quota in pay-as-you-go dollars by the workload's dollars per window", () => {
    const dollars: Plan = {
      ...shipped('minimax-tp1-starter'),
      id: 'user-dollars',
      origin: 'user',
      quota: { unit: 'usd', fiveHour: 1, weekly: null, hasWeekly: false },
    };
    // 625 calls × $0.001056 = $0.66 of $1; at 2,000 a day, $1.32: 32 % over.
    expect(judge(dollars, 'MiniMax-M2.7', issueCase).fits).toBe(true);
    expect(judge(dollars, 'MiniMax-M2.7', { ...issueCase, requestsPerDay: 2000 }).overflowPct).toBeCloseTo(
      32,
      8,
    );
  });

  it("treats a measured zero as below the read's resolution: unknown, never a fit at any volume", () => {
    const verdict = judge(
      shipped('minimax-tp2-plus'),
      'MiniMax-M2.7',
      { ...issueCase, requestsPerDay: 100_000 },
      measured({ plan: 'Plus', fiveHourPercentPerCall: 0, weeklyPercentPerCall: 0 }),
    );
    expect(verdict).toMatchObject({ fits: null, overflowPct: null, basis: 'assumed' });
    expect(verdict.explanation).toMatch(/run more calls to measure: the window did not move/);
    // A request-count plan keeps its listed 1 request a call: 5,000 a day is 3,125 per 5 hours of 1,500.
    const starter = judge(
      shipped('minimax-tp1-starter'),
      'MiniMax-M2.7',
      { ...issueCase, requestsPerDay: 5000 },
      measured({ requestsPerCall: 0 }),
    );
    expect(starter).toMatchObject({ fits: false, requestsPerCall: 1 });
  });

  it('applies a measured percent only to the plan the key subscribes to', () => {
    const percents = { fiveHourPercentPerCall: 0.05, weeklyPercentPerCall: 0.01 };
    const onMax = judge(
      shipped('minimax-tp2-max'),
      'MiniMax-M2.7',
      issueCase,
      measured({ plan: 'Plus', ...percents }),
    );
    expect(onMax).toMatchObject({ fits: null, basis: 'assumed' });
    const unnamed = judge(
      shipped('minimax-tp2-plus'),
      'MiniMax-M2.7',
      issueCase,
      measured({ plan: null, ...percents }),
    );
    expect(unnamed.fits).toBeNull();
    const onPlus = judge(
      shipped('minimax-tp2-plus'),
      'MiniMax-M2.7',
      issueCase,
      measured({ plan: 'plus', ...percents }),
    );
    expect(onPlus).toMatchObject({ fits: true, basis: 'measured' });
  });

  it('reports no break-even beyond the volume the plan holds: Starter holds 1,500 × 8 / 5 = 2,400 a day', () => {
    // 200 in × $0.30/M + 50 out × $1.20/M = $0.00012 a call; $10 ÷ ($0.00012 × 30) = 2,778 a day > 2,400.
    const workload = {
      ...DEFAULT_WORKLOAD,
      requestsPerDay: 1000,
      inputTokens: 200,
      outputTokens: 50,
      cacheHitShare: 0,
      hoursPerDay: 8,
    };
    const verdict = judge(shipped('minimax-tp1-starter'), 'MiniMax-M2.7', workload);
    expect(verdict.breakEvenRequestsPerDay).toBeNull();
    expect(verdict.stopsFittingAtRequestsPerDay).toBeCloseTo(2400, 8);
    expect(verdict.breakEvenBeyondFit).toBe(true);
    expect(verdict.explanation).toMatch(/Break-even: never: stops fitting at 2,400\/day/);
  });

  it('calls a measured requests per call "assumed" on a plan whose window size is unknown', () => {
    const verdict = judge(
      shipped('minimax-tp2-plus'),
      'MiniMax-M2.7',
      issueCase,
      measured({ requestsPerCall: 1.5 }),
    );
    expect(verdict).toMatchObject({ fits: null, basis: 'assumed' });
  });
});
