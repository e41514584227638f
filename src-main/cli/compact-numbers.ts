import { formatMoney, type MoneyCurrency } from '../../src-shared/format-money.ts';

// Short forms of counts and amounts for compare's table, each within a few characters whatever the
// number: "9,999", "12.3K", "988M", "$12.35K", "<$0.00001", ">999T".

/** From here on a number is shown as ">999T": no real request gets there, but a provider can say so. */
const LARGEST = 1e15;
const SMALLEST_MONEY = 0.00001;
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const COUNT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
const MONEY = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 });
const SYMBOLS: Readonly<Record<MoneyCurrency, string>> = { USD: '$', CNY: '¥' };

/** Up to 5 characters: exact below 10,000, else 3 significant digits (12.3K, 988M); "?" for no count. */
export function compactCount(value: number): string {
  if (!Number.isFinite(value) || value < 0) return '?';
  if (value < 9_999.5) return WHOLE.format(value);
  return Number(value.toPrecision(3)) >= LARGEST ? '>999T' : COUNT.format(value);
}

/** Up to 6 characters: one decimal below 1,000, else as compactCount (12.3K). */
export function compactRate(value: number): string {
  if (!Number.isFinite(value) || value < 0) return '?';
  const tenths = value.toFixed(1);
  return Number(tenths) < 1000 ? tenths : compactCount(value);
}

/**
 * Up to 11 characters, 4 significant digits: $0.00001235, $123.46, $12.35K; "<$0.00001" below that.
 * What is not an amount is "unknown", as with formatMoney.
 */
export function compactMoney(amount: number, currency: MoneyCurrency = 'USD'): string {
  if (amount > 0 && amount < SMALLEST_MONEY) return `<${formatMoney(SMALLEST_MONEY, currency)}`;
  if (!Number.isFinite(amount) || amount < 1000) return formatMoney(amount, currency);
  const symbol = SYMBOLS[currency];
  return Number(amount.toPrecision(4)) >= LARGEST ? `>${symbol}999T` : `${symbol}${MONEY.format(amount)}`;
}
