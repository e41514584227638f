import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, type Workload } from '../../../src-shared/plan.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { buildPlanReport } from './plan-report.ts';
import { planReportCsv, planReportMarkdown } from './plan-report-text.ts';
import { SHIPPED_PLANS } from './shipped-plans.ts';

const catalog = createDefaultCatalog();
const workload: Workload = {
  ...DEFAULT_WORKLOAD,
  requestsPerDay: 1000,
  inputTokens: 2000,
  outputTokens: 500,
  cacheHitShare: 0.3,
};
const report = buildPlanReport(
  {
    workload,
    models: [
      { provider: 'deepseek', model: 'deepseek-v4-pro' },
      { provider: 'minimax', model: 'MiniMax-M2.7' },
      { provider: 'minimax', model: 'MiniMax-M2.7', region: 'china' },
    ],
    planIds: ['minimax-tp1-starter', 'minimax-tp2-plus'],
  },
  {
    lookup: (provider, model, region) => catalog.lookup(provider, model, region),
    rows: () => [],
    plans: () => [...SHIPPED_PLANS],
    measured: () => [],
    now: () => new Date('2026-11-27T12:00:00Z'),
  },
);

describe('planReportMarkdown', () => {
  const markdown = planReportMarkdown(report, { chartFile: 'plan-chart.png' });

  it('states the workload, ranks the models and gives each figure its source and date', () => {
    expect(markdown).toContain('| Requests per day | 1,000 |');
    // China's ¥221.76 is ~$31.23 at 7.1 CNY per USD: just below the global $31.68.
    expect(markdown).toMatch(
      /\| 1 \| minimax\/MiniMax-M2\.7 \(china\) \| ~\$31\.23 \| ~\$1\.04 \| ¥221\.76 \|/,
    );
    expect(markdown).toMatch(
      /\| 2 \| minimax\/MiniMax-M2\.7 \| \$31\.68 \| \$1\.06 \|.*\| curated, 2026-09-01 \|/,
    );
    expect(markdown).toMatch(/\| 3 \| deepseek\/deepseek-v4-pro \|/);
  });

  it("gives each plan's verdict, saying plainly when it is unknown until measured and that it is assumed", () => {
    expect(markdown).toMatch(
      /\| MiniMax Token Plan Starter \(gen 1\) \| MiniMax-M2\.7 \| \$10\.00 \| fits \| 0 % \|.*\| 315\.7 \| 625 \| assumed \|/,
    );
    expect(markdown).toMatch(
      /\| MiniMax Token Plan Plus \(gen 2\) \| MiniMax-M2\.7 \| \$20\.00 \| unknown until measured \|/,
    );
  });

  it('writes "never" for a break-even past what the plan holds (2,778 a day against 2,400)', () => {
    const small = buildPlanReport(
      {
        workload: { ...workload, inputTokens: 200, outputTokens: 50, cacheHitShare: 0 },
        models: [{ provider: 'minimax', model: 'MiniMax-M2.7' }],
        planIds: ['minimax-tp1-starter'],
      },
      {
        lookup: (provider, model, region) => catalog.lookup(provider, model, region),
        rows: () => [],
        plans: () => [...SHIPPED_PLANS],
        measured: () => [],
      },
    );
    expect(planReportMarkdown(small, { chartFile: null })).toMatch(
      /\| MiniMax Token Plan Starter \(gen 1\) \| MiniMax-M2\.7 \| \$10\.00 \| fits \| 0 % \| [^|]+ \| never \|/,
    );
  });

  it('names the Playground run the workload came from, escaped, when there is one', () => {
    const based = planReportMarkdown(report, {
      chartFile: null,
      basedOn: 'Run of 27 Nov: *three* models | 2,000 tokens',
    });
    expect(based).toContain('Based on: Run of 27 Nov: \\*three\\* models \\| 2,000 tokens');
    expect(markdown).not.toContain('Based on');
  });

  it('embeds the chart when there is one, and not otherwise', () => {
    expect(markdown).toContain('![Monthly cost against requests per day](plan-chart.png)');
    expect(planReportMarkdown(report, { chartFile: null })).not.toContain('![');
  });
});

describe('planReportCsv', () => {
  it('has one record per model and per verdict, numbers unrounded, and the same figures as the Markdown', () => {
    const records = planReportCsv(report).split('\r\n');
    expect(records[0]).toBe(
      'kind,provider,model,region,plan,monthly_usd,per_thousand_usd,currency,monthly_native,per_quality_point_usd,tier,fits,overflow_pct,effective_per_request_usd,break_even_requests_per_day,basis,source,as_of,estimated',
    );
    expect(records).toHaveLength(1 + 3 + 2 + 1);
    const m27 = records.find((record) => record.startsWith('payg,minimax,MiniMax-M2.7,global'));
    expect(m27?.split(',')[5]).toBe('31.68');
    const starter = records.find((record) => record.includes('minimax-tp1-starter'))?.split(',');
    expect(starter?.[11]).toBe('yes');
    expect(Number(starter?.[14])).toBeCloseTo(10 / (0.001056 * 30), 8);
  });
});
