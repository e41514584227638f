import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './cli-test-support.ts';

interface JsonModel {
  model: string;
  provider: string;
  monthlyUsd: number | null;
  perThousandUsd: number | null;
  currency: string;
  monthlyNative: number | null;
  source: string | null;
  asOf: string | null;
}
interface JsonPlan {
  plan: string;
  model: string;
  monthlyUsd: number;
  fits: boolean | null;
  overflowPct: number | null;
  breakEvenRequestsPerDay: number | null;
}

const ISSUE = [
  '--requests-per-day',
  '1000',
  '--input-tokens',
  '2000',
  '--output-tokens',
  '500',
  '--cache-hit',
  '0.3',
];

async function planJson(...args: string[]) {
  const { code, out, err } = await runCliCaptured(['plan', ...args, '--json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as { models: JsonModel[]; plans: JsonPlan[] };
}

describe('arena plan', () => {
  it("gives the issue's case: MiniMax-M2.7 at 1,000 a day, 2,000 in (30 % cached), 500 out = $31.68 a month", async () => {
    const { models } = await planJson(...ISSUE, '--model', 'minimax/MiniMax-M2.7');
    expect(models).toHaveLength(1);
    expect(models[0]).toMatchObject({
      model: 'MiniMax-M2.7',
      provider: 'minimax',
      currency: 'USD',
      source: 'curated',
      asOf: '2026-09-01',
    });
    expect(models[0]?.monthlyUsd).toBeCloseTo(31.68, 10);
    expect(models[0]?.perThousandUsd).toBeCloseTo(1.056, 10);
  });

  it('grows the input per turn, halves DeepSeek off-peak and gives China in yuan, as hand-computed', async () => {
    // 3 turns of 1,000 in / 200 out: 2,200 average input → $0.0009 a request; × 100 × 30 = $2.70.
    const turns = await planJson(
      '--requests-per-day',
      '100',
      '--input-tokens',
      '1000',
      '--output-tokens',
      '200',
      '--turns',
      '3',
      '--model',
      'minimax/MiniMax-M2.7',
    );
    expect(turns.models[0]?.monthlyUsd).toBeCloseTo(2.7, 10);
    // deepseek-flash at peak $36 a month; half off-peak: $27.
    const offPeak = await planJson(
      '--requests-per-day',
      '1000',
      '--input-tokens',
      '2000',
      '--output-tokens',
      '500',
      '--off-peak',
      '0.5',
      '--model',
      'deepseek/deepseek-flash',
    );
    expect(offPeak.models[0]?.monthlyUsd).toBeCloseTo(27, 10);
    // ¥0.007392 a request × 30,000.
    const china = await planJson(...ISSUE, '--model', 'minimax/MiniMax-M2.7', '--region', 'minimax=china');
    expect(china.models[0]).toMatchObject({ currency: 'CNY' });
    expect(china.models[0]?.monthlyNative).toBeCloseTo(221.76, 8);
  });

  it('judges the plans asked for, by id or by name, with the fit, overflow and break-even', async () => {
    const { plans } = await planJson(
      ...ISSUE,
      '--model',
      'minimax/MiniMax-M2.7',
      '--plan',
      'minimax-tp1-starter',
      '--plan',
      'MiniMax Token Plan Plus (gen 2)',
    );
    expect(plans[0]).toMatchObject({
      plan: 'minimax-tp1-starter',
      model: 'MiniMax-M2.7',
      monthlyUsd: 10,
      fits: true,
      overflowPct: 0,
    });
    expect(plans[0]?.breakEvenRequestsPerDay).toBeCloseTo(10 / (0.001056 * 30), 8);
    expect(plans[1]).toMatchObject({ plan: 'minimax-tp2-plus', fits: null, overflowPct: null });
  });

  it('prints a readable table no wider than 100 columns without --json', async () => {
    const { code, out } = await runCliCaptured([
      'plan',
      ...ISSUE,
      '--model',
      'minimax/MiniMax-M2.7',
      '--model',
      'deepseek/deepseek-v4-pro',
      '--plan',
      'minimax-tp1-plus-hs',
      '--plan',
      'minimax-tp2-ultra',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^minimax\/MiniMax-M2\.7\s+\$31\.68\s+\$1\.06\s/m);
    expect(out).toMatch(/minimax-tp2-ultra.*(unknown until measured|unmeasured)/);
    expect(out).toMatch(/^minimax-tp1-plus-hs\s+MiniMax-M2\.7-highspeed\s+\$40\.00\s+fits\s/m);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it.each([
    [
      ['--input-tokens', '2000', '--output-tokens', '500', '--model', 'minimax/MiniMax-M2.7'],
      /--requests-per-day/,
    ],
    [[...ISSUE], /--model/],
    [[...ISSUE, '--model', 'nobody/x'], /unknown provider "nobody"/],
    [[...ISSUE, '--model', 'minimax/MiniMax-M2.7', '--cache-hit', '30'], /--cache-hit.*0 to 1/],
    [[...ISSUE, '--model', 'minimax/MiniMax-M2.7', '--turns', 'two'], /--turns.*"two"/],
    [[...ISSUE, '--model', 'minimax/MiniMax-M2.7', '--plan', 'Nope'], /no plan "Nope"/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, err } = await runCliCaptured(['plan', ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('says "never" for a break-even past what the plan holds: $10 ÷ ($0.00012 × 30) = 2,778 a day, Starter holds 2,400', async () => {
    const args = [
      '--requests-per-day',
      '1000',
      '--input-tokens',
      '200',
      '--output-tokens',
      '50',
      '--model',
      'minimax/MiniMax-M2.7',
      '--plan',
      'minimax-tp1-starter',
    ];
    const { plans } = await planJson(...args);
    expect(plans[0]?.breakEvenRequestsPerDay).toBeNull();
    const { code, out } = await runCliCaptured(['plan', ...args]);
    expect(code).toBe(0);
    expect(out).toMatch(/^minimax-tp1-starter\s+MiniMax-M2\.7\s+\$10\.00\s+fits\s+0 %\s+never\s/m);
  });
});
