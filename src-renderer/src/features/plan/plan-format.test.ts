import { describe, expect, it } from 'vitest';
import type { ModelProjection, PlanVerdict } from '../../../../src-shared/plan.ts';
import {
  breakEvenText,
  fitText,
  monthlyText,
  planPriceText,
  sourceText,
  verdictDetail,
} from './plan-format.ts';

const base: ModelProjection = {
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  region: 'global',
  monthlyUsd: 31.68,
  perRequestUsd: 0.001056,
  perThousandUsd: 1.056,
  currency: 'USD',
  monthlyNative: 31.68,
  quality: null,
  perQualityPointUsd: null,
  tier: null,
  tierAboveInputTokens: null,
  source: 'curated',
  asOf: '2026-10-01',
  estimated: false,
  offPeak: null,
  missing: null,
};

describe('monthlyText', () => {
  it('writes the hand case in dollars, a CNY bill in yuan beside estimated dollars, and no price as unknown', () => {
    expect(monthlyText(base)).toBe('$31.68');
    expect(
      monthlyText({ ...base, currency: 'CNY', monthlyNative: 71, monthlyUsd: 10, estimated: true }),
    ).toBe('¥71.00 (~$10.00)');
    expect(monthlyText({ ...base, monthlyUsd: null })).toBe('price unknown');
  });
});

describe('sourceText', () => {
  it('names the source, its date, the tier and an unconfirmed off-peak discount', () => {
    expect(
      sourceText({
        ...base,
        tierAboveInputTokens: 200_000,
        offPeak: { share: 0.5, discount: 0.5, confirmed: false, source: 'third-party notices' },
      }),
    ).toBe(
      'Price source: curated, as of 2026-10-01; the price above 200,000 input tokens applies; 50 % off-peak at 50 % off (unconfirmed: third-party notices).',
    );
  });
});

describe('fitText and planPriceText', () => {
  const verdict = {
    fits: false,
    overflowPct: 41.6,
    monthlyPrice: 29,
    currency: 'CNY',
    monthlyUsd: 29 / 7.1,
  } as PlanVerdict;
  it('says by how much a plan overflows, and that an unpublished window is unknown', () => {
    expect(fitText(verdict)).toBe('Overflows by 42 %');
    expect(fitText({ ...verdict, fits: true, overflowPct: 0 })).toBe('Fits');
    expect(fitText({ ...verdict, fits: null, overflowPct: null })).toBe('Unknown until measured');
  });
  it('writes a CNY plan in yuan with estimated dollars', () => {
    expect(planPriceText(verdict)).toBe('¥29.00 (~$4.08)');
  });
});

describe('verdictDetail', () => {
  const verdict = (fits: boolean | null, explanation: string) =>
    ({ fits, overflowPct: 0, explanation }) as PlanVerdict;
  it('drops the words the bold verdict already says', () => {
    expect(verdictDetail(verdict(true, 'Fits (5-hour: 625 of 1,500 requests).'))).toBe(
      '5-hour: 625 of 1,500 requests.',
    );
    expect(
      verdictDetail(verdict(null, 'Unknown until measured: the plan does not publish its window size.')),
    ).toBe('The plan does not publish its window size.');
    expect(verdictDetail(verdict(false, 'Does not fit (5-hour: 625 of 600 requests).'))).toBe(
      'Does not fit (5-hour: 625 of 600 requests).',
    );
  });
});

describe('fitText for an empty window, breakEvenText beyond the fit limit', () => {
  const verdict = {
    fits: false,
    overflowPct: null,
    breakEvenRequestsPerDay: null,
    stopsFittingAtRequestsPerDay: 2400,
    breakEvenBeyondFit: true,
  } as const;
  it('says a window of size 0 holds nothing rather than "overflows by 0 %"', () => {
    expect(fitText({ fits: false, overflowPct: null })).toBe('Does not fit (the window holds 0)');
  });
  it('says "never" when the plan stops fitting before it breaks even', () => {
    expect(breakEvenText(verdict)).toBe('never (stops fitting at 2,400 / day)');
    expect(breakEvenText({ ...verdict, breakEvenRequestsPerDay: 950, breakEvenBeyondFit: false })).toBe(
      '950 / day',
    );
    // No pay-as-you-go price: no break-even, which is not "never".
    expect(breakEvenText({ ...verdict, breakEvenBeyondFit: false })).toBe('—');
  });
});
