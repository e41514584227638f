import { describe, expect, it } from 'vitest';
import type { PriceRow } from '../../../../src-shared/pricing.ts';
import { priceRow } from '../../../../src-shared/pricing-test-support.ts';
import type { QualityIndexRef } from '../../../../src-shared/quality.ts';
import { perQualityPoint, visibleRows } from './price-view.ts';

const AA: QualityIndexRef = { index: 'aa-intelligence', version: 'v4.1' };
const ARENA: QualityIndexRef = { index: 'lmarena-text', version: '2026-07-08' };

const row = (model: string, quality: number | null, input = 0.3e-6, output = 1.2e-6): PriceRow =>
  priceRow('minimax', model, { inputUsdPerToken: input, outputUsdPerToken: output, quality });

describe('perQualityPoint', () => {
  it('divides the 3:1 blended price by the chosen index score', () => {
    // (0.3 × 3 + 1.2) / 4 = 0.525 $ per 1M tokens, over 38.13 points.
    expect(perQualityPoint(row('MiniMax-M2.7', 38.13), AA)).toBeCloseTo(0.525e-6 / 38.13, 15);
  });

  it('gives none on a rating scale, and none without a score', () => {
    expect(perQualityPoint(row('MiniMax-M2.7', 1417), ARENA)).toBeNull();
    expect(perQualityPoint(row('MiniMax-M2.7', null), AA)).toBeNull();
  });
});

describe('visibleRows', () => {
  const rows = [
    row('cheap-weak', 10, 0.1e-6, 0.1e-6),
    row('dear-strong', 50, 1e-6, 1e-6),
    row('unscored', null),
  ];
  const filter = { query: '', provider: '', tier: '' } as const;

  it('orders by $ per point on an AA index, unknown last', () => {
    const sorted = visibleRows(rows, filter, { key: 'perQuality', descending: false }, AA);
    // 0.1/10 = 0.01 per point against 1/50 = 0.02.
    expect(sorted.map((entry) => entry.model)).toEqual(['cheap-weak', 'dear-strong', 'unscored']);
  });

  it('leaves $ per point unsorted (all unknown) on a rating scale, and still sorts by quality there', () => {
    const byPoint = visibleRows([...rows].reverse(), filter, { key: 'perQuality', descending: false }, ARENA);
    expect(byPoint.map((entry) => entry.model)).toEqual(['unscored', 'dear-strong', 'cheap-weak']);
    const byQuality = visibleRows(rows, filter, { key: 'quality', descending: true }, ARENA);
    expect(byQuality.map((entry) => entry.model)).toEqual(['dear-strong', 'cheap-weak', 'unscored']);
  });
});
