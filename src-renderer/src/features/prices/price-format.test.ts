import { describe, expect, it } from 'vitest';
import { formatPerMillion } from './price-format.ts';

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
