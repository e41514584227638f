import { describe, expect, it } from 'vitest';
import { formatPerMillion, formatPerQualityPoint } from './price-format.ts';

describe('formatPerMillion', () => {
  it('says nothing for an unknown price, so the table can show a dash', () => {
    expect(formatPerMillion(null)).toBeNull();
  });

  it('writes a real zero as $0, not as a rounded-away $0.000', () => {
    expect(formatPerMillion(0)).toBe('$0');
  });

  it('converts per-token prices to dollars per million tokens', () => {
    expect(formatPerMillion(0.3e-6)).toBe('$0.300');
    expect(formatPerMillion(1.2e-6)).toBe('$1.20');
    expect(formatPerMillion(15e-6)).toBe('$15.00');
    expect(formatPerMillion(0.075e-6)).toBe('$0.075');
  });

  it('keeps two significant digits of a price below a cent instead of printing $0.000', () => {
    expect(formatPerMillion(0.0025e-6)).toBe('$0.0025');
    expect(formatPerMillion(0.00012e-6)).toBe('$0.00012');
    expect(formatPerMillion(1e-13)).toBe('$0.0000001');
  });
});

describe('formatPerQualityPoint', () => {
  it('gives every value in the column the same two significant digits, trailing zeros kept', () => {
    // MiniMax-M2.7 and its highspeed twin at 52.75 points: ($0.30 × 3 + $1.20) / 4 and twice that.
    expect(formatPerQualityPoint(0.525e-6 / 52.75)).toBe('$0.010');
    expect(formatPerQualityPoint(1.05e-6 / 52.75)).toBe('$0.020');
    expect(formatPerQualityPoint(0.525e-6 / 38.13)).toBe('$0.014');
    expect(formatPerQualityPoint(0.0525e-6 / 38.13)).toBe('$0.0014');
    expect(formatPerQualityPoint(9e-6 / 56)).toBe('$0.16');
    expect(formatPerQualityPoint(150e-6 / 40)).toBe('$3.8');
  });

  it('says nothing when there is no value, and $0 for a free model', () => {
    expect(formatPerQualityPoint(null)).toBeNull();
    expect(formatPerQualityPoint(0)).toBe('$0');
  });
});
