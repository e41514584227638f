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

// Two significant digits, trailing zeros kept: $0.010 beside $0.020 and $0.0014, never $0.01.
const PER_POINT = new Intl.NumberFormat('en-US', {
  minimumSignificantDigits: 2,
  maximumSignificantDigits: 2,
  useGrouping: false,
});

/** "$ / quality pt": dollars per million tokens per quality point, every value to the same precision. */
export function formatPerQualityPoint(perTokenPerPoint: number | null): string | null {
  if (perTokenPerPoint === null) return null;
  const value = Number((perTokenPerPoint * PER_MILLION).toPrecision(12));
  return value === 0 ? '$0' : `$${PER_POINT.format(value)}`;
}
