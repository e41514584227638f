import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, type MeasuredQuotaUse, type Workload } from '../../../src-shared/plan.ts';
import { priceRow } from '../../../src-shared/pricing-test-support.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { buildPlanReport, type PlanReportDeps } from './plan-report.ts';
import { SHIPPED_PLANS } from './shipped-plans.ts';

const catalog = createDefaultCatalog();
const workload: Workload = {
  ...DEFAULT_WORKLOAD,
  requestsPerDay: 1000,
  inputTokens: 2000,
  outputTokens: 500,
  cacheHitShare: 0.3,
};
const deps = (measured: MeasuredQuotaUse[] = []): PlanReportDeps => ({
  lookup: (provider, model, region) => catalog.lookup(provider, model, region),
  rows: () => [priceRow('minimax', 'MiniMax-M2.7', { quality: 50, tier: 'VERSATILE' })],
  plans: () => [...SHIPPED_PLANS],
  measured: () => measured,
  now: () => new Date('2026-11-27T12:00:00Z'),
});

describe('buildPlanReport', () => {
  it('ranks the models cheapest first, with unpriced ones last', () => {
    const report = buildPlanReport(
      {
        workload,
        models: [
          { provider: 'custom', model: 'mystery' },
          { provider: 'deepseek', model: 'deepseek-v4-pro' },
          { provider: 'minimax', model: 'MiniMax-M2.7' },
        ],
        planIds: [],
      },
      deps(),
    );
    expect(report.projections.map((projection) => projection.model)).toEqual([
      'MiniMax-M2.7',
      'deepseek-v4-pro',
      'mystery',
    ]);
    expect(report.projections[0]).toMatchObject({ quality: 50, tier: 'VERSATILE' });
    expect(report.generatedAt).toBe('2026-11-27T12:00:00.000Z');
  });

  it('judges a plan on the chosen models it covers, and on its own model when it covers none of them', () => {
    const report = buildPlanReport(
      {
        workload,
        models: [{ provider: 'minimax', model: 'MiniMax-M2.7' }],
        planIds: ['minimax-tp1-starter', 'MiniMax Token Plan Plus-Highspeed (gen 1)'],
      },
      deps(),
    );
    expect(report.verdicts.map((verdict) => [verdict.planId, verdict.model])).toEqual([
      ['minimax-tp1-starter', 'MiniMax-M2.7'],
      ['minimax-tp1-plus-hs', 'MiniMax-M2.7-highspeed'],
    ]);
    expect(report.verdicts[0]?.breakEvenRequestsPerDay).toBeCloseTo(10 / (0.001056 * 30), 8);
  });

  it('uses a measurement of the same model and says the fit is measured', () => {
    const measured: MeasuredQuotaUse = {
      provider: 'minimax',
      model: 'minimax-m2.7',
      requestsPerCall: null,
      fiveHourPercentPerCall: 0.1,
      weeklyPercentPerCall: 0.01,
      runs: 2,
      measuredAt: '2026-11-27T10:00:00.000Z',
      plan: 'Plus',
    };
    // The same model measured on a Max key comes first but must not be used for Plus.
    const onMax: MeasuredQuotaUse = { ...measured, plan: 'Max', fiveHourPercentPerCall: 1 };
    const report = buildPlanReport(
      { workload, models: [{ provider: 'minimax', model: 'MiniMax-M2.7' }], planIds: ['minimax-tp2-plus'] },
      deps([onMax, measured]),
    );
    // Busiest 5 hours of an 8-hour day: 625 calls × 0.1 % = 62.5 %; a week: 7,000 × 0.01 % = 70 %.
    expect(report.verdicts[0]).toMatchObject({ fits: true, basis: 'measured' });
    expect(report.notes.join(' ')).toMatch(/measured/);
  });

  it('notes a model whose largest turn is over its context: 3 turns of 100,000 in / 10,000 out end at 320,000', () => {
    const report = buildPlanReport(
      {
        workload: { ...workload, inputTokens: 100_000, outputTokens: 10_000, turns: 3 },
        models: [{ provider: 'minimax', model: 'MiniMax-M2.7' }],
        planIds: [],
      },
      deps(),
    );
    expect(report.notes.join(' ')).toContain(
      "minimax/MiniMax-M2.7: turn 3 sends 320,000 tokens, over the model's 204,800 context",
    );
  });

  it('names the plans there are when asked for one that is not', () => {
    expect(() => buildPlanReport({ workload, models: [], planIds: ['Nope'] }, deps())).toThrow(
      /no plan "Nope".*minimax-tp1-starter/,
    );
  });
});
