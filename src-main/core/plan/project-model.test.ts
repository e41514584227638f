import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, type Workload } from '../../../src-shared/plan.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { priceRow } from '../../../src-shared/pricing-test-support.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { projectModel } from './project-model.ts';

const catalog = createDefaultCatalog();
const workload = (fields: Partial<Workload>): Workload => ({ ...DEFAULT_WORKLOAD, ...fields });
const issueCase = workload({
  requestsPerDay: 1000,
  inputTokens: 2000,
  outputTokens: 500,
  cacheHitShare: 0.3,
});

describe('projectModel', () => {
  it("prices the issue's case: MiniMax-M2.7, 1,000 a day, 2,000 in (30 % cached), 500 out = $31.68 a month", () => {
    // 1,400 × $0.30 + 600 × $0.06 + 500 × $1.20 per 1M = $0.001056 a request; × 30,000 requests.
    const projection = projectModel(issueCase, catalog.lookup('minimax', 'MiniMax-M2.7'), {
      provider: 'minimax',
      model: 'MiniMax-M2.7',
    });
    expect(projection.monthlyUsd).toBeCloseTo(31.68, 10);
    expect(projection.perRequestUsd).toBeCloseTo(0.001056, 12);
    expect(projection.perThousandUsd).toBeCloseTo(1.056, 10);
    expect(projection.currency).toBe('USD');
    expect(projection.monthlyNative).toBeCloseTo(31.68, 10);
    expect(projection).toMatchObject({
      source: 'curated',
      asOf: '2026-09-01',
      estimated: false,
      missing: null,
    });
  });

  it('resends the history each turn: 3 turns of 1,000 in and 200 out send 1,000, 2,200 and 3,400 input tokens', () => {
    // Average input 2,200: (2,200 × $0.30 + 200 × $1.20) per 1M = $0.0009 a request; × 100 × 30.
    const projection = projectModel(
      workload({ requestsPerDay: 100, inputTokens: 1000, outputTokens: 200, turns: 3 }),
      catalog.lookup('minimax', 'MiniMax-M2.7'),
      { provider: 'minimax', model: 'MiniMax-M2.7' },
    );
    expect(projection.perRequestUsd).toBeCloseTo(0.0009, 12);
    expect(projection.monthlyUsd).toBeCloseTo(2.7, 10);
  });

  const tiered: PriceEntry = {
    ...catalog.lookup('minimax', 'MiniMax-M2.7')!,
    provider: 'gemini',
    model: 'tiered-model',
    input: 3e-6,
    output: 1.5e-5,
    cacheRead: null,
    cacheWrite: null,
    tiers: [{ aboveInputTokens: 200_000, input: 6e-6, output: 2.25e-5, cacheRead: null, cacheWrite: null }],
  };

  it('prices a request above 200k input tokens at the higher tier', () => {
    // 250,000 × $6 + 1,000 × $22.50 per 1M = $1.5225 a request; × 10 × 30.
    const projection = projectModel(
      workload({ requestsPerDay: 10, inputTokens: 250_000, outputTokens: 1000 }),
      tiered,
      { provider: 'gemini', model: 'tiered-model' },
    );
    expect(projection.perRequestUsd).toBeCloseTo(1.5225, 10);
    expect(projection.monthlyUsd).toBeCloseTo(456.75, 8);
    expect(projection.tierAboveInputTokens).toBe(200_000);
  });

  it('prices each turn at its own tier: a second turn that crosses 200k pays the higher prices', () => {
    // Turn 1: 150,000 × $3 + 10,000 × $15 = $0.60. Turn 2: 310,000 × $6 + 10,000 × $22.50 = $2.085.
    const projection = projectModel(
      workload({ requestsPerDay: 10, inputTokens: 150_000, outputTokens: 10_000, turns: 2 }),
      tiered,
      { provider: 'gemini', model: 'tiered-model' },
    );
    expect(projection.perRequestUsd).toBeCloseTo((0.6 + 2.085) / 2, 10);
  });

  it('gives a CNY-billed model in yuan, with an estimated USD figure beside it', () => {
    // 1,400 × ¥2.1 + 600 × ¥0.42 + 500 × ¥8.4 per 1M = ¥0.007392 a request; × 30,000 = ¥221.76.
    const projection = projectModel(issueCase, catalog.lookup('minimax', 'MiniMax-M2.7', 'china'), {
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      region: 'china',
    });
    expect(projection.currency).toBe('CNY');
    expect(projection.region).toBe('china');
    expect(projection.monthlyNative).toBeCloseTo(221.76, 8);
    expect(projection.monthlyUsd).toBeCloseTo(221.76 / 7.1, 8);
    expect(projection.estimated).toBe(true);
  });

  it("halves DeepSeek's price for the off-peak share and marks it unconfirmed", () => {
    // deepseek-flash: 2,000 × $0.30 + 500 × $1.20 per 1M = $0.0012; × 30,000 = $36 at peak.
    const peak = workload({ requestsPerDay: 1000, inputTokens: 2000, outputTokens: 500 });
    const ref = { provider: 'deepseek', model: 'deepseek-flash' } as const;
    const entry = catalog.lookup('deepseek', 'deepseek-flash');
    expect(projectModel(peak, entry, ref).monthlyUsd).toBeCloseTo(36, 10);
    const half = projectModel({ ...peak, offPeakShare: 0.5 }, entry, ref);
    expect(half.monthlyUsd).toBeCloseTo(27, 10);
    expect(half.offPeak).toMatchObject({ share: 0.5, discount: 0.5, confirmed: false });
    expect(half.estimated).toBe(true);
    expect(projectModel({ ...peak, offPeakShare: 1 }, entry, ref).monthlyUsd).toBeCloseTo(18, 10);
  });

  it('gives no off-peak discount to a provider without one', () => {
    const projection = projectModel(
      { ...issueCase, offPeakShare: 1 },
      catalog.lookup('minimax', 'MiniMax-M2.7'),
      { provider: 'minimax', model: 'MiniMax-M2.7' },
    );
    expect(projection.monthlyUsd).toBeCloseTo(31.68, 10);
    expect(projection.offPeak).toBeNull();
  });

  it('divides the monthly cost by the quality score and keeps the tier', () => {
    const row = priceRow('minimax', 'MiniMax-M2.7', { quality: 48, tier: 'VERSATILE' });
    const projection = projectModel(
      issueCase,
      catalog.lookup('minimax', 'MiniMax-M2.7'),
      { provider: 'minimax', model: 'MiniMax-M2.7' },
      row,
    );
    expect(projection.perQualityPointUsd).toBeCloseTo(31.68 / 48, 10);
    expect(projection).toMatchObject({ quality: 48, tier: 'VERSATILE' });
  });

  it('says why there is no figure for a model without a price, never $0', () => {
    const projection = projectModel(issueCase, null, { provider: 'custom', model: 'mystery' });
    expect(projection.monthlyUsd).toBeNull();
    expect(projection.perThousandUsd).toBeNull();
    expect(projection.missing).toMatch(/no price for custom\/mystery/i);
  });

  it("warns when a turn sends more than the model's context: turn 3 of 100,000 in / 10,000 out sends 320,000", () => {
    // Turn k sends 100,000 + (k − 1) × 110,000: turn 2 is 210,000, already over 204,800; turn 3 is the largest.
    const over = projectModel(
      workload({ inputTokens: 100_000, outputTokens: 10_000, turns: 3 }),
      catalog.lookup('minimax', 'MiniMax-M2.7'),
      { provider: 'minimax', model: 'MiniMax-M2.7' },
    );
    expect(over.overContext).toBe("turn 3 sends 320,000 tokens, over the model's 204,800 context");
    const within = projectModel(issueCase, catalog.lookup('minimax', 'MiniMax-M2.7'), {
      provider: 'minimax',
      model: 'MiniMax-M2.7',
    });
    expect(within.overContext).toBeNull();
  });
});
