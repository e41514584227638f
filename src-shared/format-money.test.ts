import { describe, expect, it } from 'vitest';
import { formatCost, formatMoney, roundMoney } from './format-money.ts';
import type { CostResult } from './pricing.ts';

describe('formatMoney: four significant digits below a unit, cents above, never float noise', () => {
  it.each([
    [0.00028250000000000004, 'USD', '$0.0002825'],
    [330.18e-6, 'USD', '$0.0003302'],
    [0.000006, 'USD', '$0.000006'],
    [6e-9, 'USD', '$0.000000006'],
    [0.1, 'USD', '$0.10'],
    [0.5, 'USD', '$0.50'],
    [0.123456, 'USD', '$0.1235'],
    [0.99999, 'USD', '$1.00'],
    [1, 'USD', '$1.00'],
    [12.3456, 'USD', '$12.35'],
    [1234.5, 'USD', '$1,234.50'],
    [0, 'USD', '$0.00'],
    [0.002006, 'CNY', '¥0.002006'],
    [2.1, 'CNY', '¥2.10'],
  ] as const)('%d %s → %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it('says "unknown" for what is not an amount, never $0 or NaN', () => {
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, -1])
      expect(formatMoney(amount)).toBe('unknown');
  });
});

describe('roundMoney: the float noise off, the precision kept (for JSON)', () => {
  it.each([
    [0.00028250000000000004, 0.0002825],
    [0.1 + 0.2, 0.3],
    [330.18e-6, 330.18e-6],
    [1 / 3, 0.333333333333],
  ])('%d → %d', (amount, expected) => {
    expect(roundMoney(amount)).toBe(expected);
  });
});

const cost = (fields: Partial<CostResult>): CostResult => ({
  usd: 0.0002825,
  breakdown: { input: 0, cacheRead: 0, cacheWrite: 0, output: 0 },
  source: 'curated',
  asOf: '2026-09-01',
  estimated: false,
  tierAboveInputTokens: null,
  billed: null,
  ...fields,
});

describe('formatCost', () => {
  it('prints a published USD price as is, an estimated one with ~, and an unknown one as "unknown"', () => {
    expect(formatCost(cost({}))).toBe('$0.0002825');
    expect(formatCost(cost({ estimated: true, source: 'estimated' }))).toBe('~$0.0002825');
    expect(formatCost(null)).toBe('unknown');
  });

  it('prints a CNY bill as ¥ with the USD estimate beside it, marked', () => {
    const china = cost({
      usd: 0.002006 / 7.1,
      estimated: true,
      billed: { currency: 'CNY', amount: 0.002006 },
    });
    expect(formatCost(china)).toBe('¥0.002006 (~$0.0002825)');
  });
});
