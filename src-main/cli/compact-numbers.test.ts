import { describe, expect, it } from 'vitest';
import { formatDuration } from './column-text.ts';
import { compactCount, compactMoney, compactRate } from './compact-numbers.ts';

describe('short forms for the compare table', () => {
  it.each([
    [0, '0'],
    [9_999, '9,999'],
    [10_000, '10K'],
    [12_345, '12.3K'],
    [999_950, '1M'],
    [123_456_789, '123M'],
    [987_654_321, '988M'],
    [999e12, '999T'],
    [999.5e12, '>999T'],
    [1e300, '>999T'],
    [Number.POSITIVE_INFINITY, '?'],
    [Number.NaN, '?'],
    [-1, '?'],
  ])('count %d → %s', (value, shown) => {
    expect(compactCount(value)).toBe(shown);
  });

  it.each([
    [52.34, '52.3'],
    [999.94, '999.9'],
    [999.96, '1,000'],
    [9_999.4, '9,999'],
    [123_456.789, '123K'],
  ])('rate %d → %s', (value, shown) => {
    expect(compactRate(value)).toBe(shown);
  });

  it.each([
    [0, '$0.00'],
    [0.0000042, '<$0.00001'],
    [0.0000123456789, '$0.00001235'],
    [0.00028250000000000004, '$0.0002825'],
    [123.456, '$123.46'],
    [1_234.5678, '$1.235K'],
    [12_345.678901, '$12.35K'],
    [999.95e12, '>$999T'],
    [Number.NaN, 'unknown'],
  ])('USD %d → %s', (amount, shown) => {
    expect(compactMoney(amount)).toBe(shown);
  });

  it('CNY has its own symbol', () => {
    expect(compactMoney(88_888.123456, 'CNY')).toBe('¥88.89K');
    expect(compactMoney(0.000001, 'CNY')).toBe('<¥0.00001');
  });

  it.each([
    [999.4, '999 ms'],
    [999.6, '1.0 s'],
    [59_949, '59.9 s'],
    [59_951, '60 s'],
    [3_600_000, '3600 s'],
    [9_999_499, '9999 s'],
    [10_000_000, '2.8 h'],
    [360_000_000, '100 h'],
    [3.6e9, '>999 h'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('duration %d ms → %s (at most 6 characters)', (ms, shown) => {
    expect(formatDuration(ms)).toBe(shown);
  });
});
