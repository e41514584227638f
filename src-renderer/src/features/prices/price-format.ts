const PER_MILLION = 1_000_000;
// Below a cent, digits that matter instead of a rounded-away $0.000; never exponent notation.
const TINY = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2, maximumFractionDigits: 20 });

/**
 * A per-token price as dollars per million tokens: $1.20, $0.300, $0.0025, and a real zero as $0.
 * null means the price is unknown: the caller shows a dash, never $0.
 */
export function formatPerMillion(perToken: number | null): string | null {
  if (perToken === null) return null;
  const value = Number((perToken * PER_MILLION).toPrecision(12));
  if (value === 0) return '$0';
  if (value >= 1) return `$${value.toFixed(2)}`;
  if (value >= 0.01) return `$${value.toFixed(3)}`;
  return `$${TINY.format(value)}`;
}
