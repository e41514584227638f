// How money is written, in one place for the CLI and the interface. Pure.
import type { CostResult } from './pricing.ts';

const SYMBOLS = { USD: '$', CNY: '¥' } as const;
export type MoneyCurrency = keyof typeof SYMBOLS;

const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Costs of one request are often fractions of a cent: four significant digits, never exponent notation.
const SIGNIFICANT = new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 4,
  maximumFractionDigits: 20,
});

/** The float noise of sums and products off (0.00028250000000000004 → 0.0002825), the precision kept. */
export function roundMoney(amount: number): number {
  return Number(amount.toPrecision(12));
}

/**
 * $1,234.50 from a unit up; below it four significant digits and at least cents: $0.0002825, $0.10.
 * What is not an amount (NaN, infinite, negative) is "unknown", never $0.
 */
export function formatMoney(amount: number, currency: MoneyCurrency = 'USD'): string {
  if (!Number.isFinite(amount) || amount < 0) return 'unknown';
  const rounded = Number(amount.toPrecision(4));
  let digits: string;
  if (rounded >= 1) digits = CENTS.format(amount);
  else {
    digits = SIGNIFICANT.format(rounded);
    const fraction = digits.split('.')[1] ?? '';
    if (fraction.length < 2) digits = `${digits}${fraction ? '' : '.'}${'0'.repeat(2 - fraction.length)}`;
  }
  return `${SYMBOLS[currency]}${digits}`;
}

/**
 * A column's cost: "$0.0003302"; "~$0.0003" when the price is a guess; "¥0.002006 (~$0.0002825)"
 * when billed in CNY (the USD figure is converted at a dated rate); `unknown` when no price is known.
 */
export function formatCost(cost: CostResult | null, unknown = 'unknown'): string {
  if (!cost) return unknown;
  const usd = formatMoney(cost.usd);
  if (cost.billed) return `${formatMoney(cost.billed.amount, cost.billed.currency)} (~${usd})`;
  return cost.estimated ? `~${usd}` : usd;
}
