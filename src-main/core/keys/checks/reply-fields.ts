// Validated reads of the fields a key check shows: anything odd reads as null, never throws.
import { scrubSecrets } from '../../errors/scrub-secrets.ts';

/** Longest provider text a check keeps (model and plan names, codes), cut with an ellipsis. */
export const MAX_FIELD_TEXT = 100;

/** A count the provider reports: a finite, non-negative number of sane size, else null. */
export function countOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1e15 ? value : null;
}

/**
 * Provider text to show: a non-empty string, scrubbed of the request's keys and of key shapes while
 * it is whole (a key cut in two would no longer be recognised), then trimmed and cut to `max`
 * characters; else null.
 */
export function textOf(value: unknown, secrets: readonly string[], max = MAX_FIELD_TEXT): string | null {
  if (typeof value !== 'string') return null;
  const text = scrubSecrets(value, secrets).trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// Years 2000 to 2200: a reset time outside them is not one we can believe or show.
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const LATEST_MS = Date.UTC(2200, 0, 1);

/** An epoch time in milliseconds (or seconds) → ISO text, when it is a plausible date; else null. */
export function isoFromEpoch(value: unknown): string | null {
  const number = countOf(value);
  if (number === null) return null;
  const ms = number < 1e12 ? number * 1000 : number;
  return ms >= EARLIEST_MS && ms <= LATEST_MS ? new Date(ms).toISOString() : null;
}

/** An amount of money, as a number or numeric text; negative allowed (debt), absurd sizes not. */
export function amountOf(value: unknown): number | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  if (typeof value === 'string' && (value.length > 40 || value.trim() === '')) return null;
  const amount = Number(value);
  return Number.isFinite(amount) && Math.abs(amount) <= 1e12 ? amount : null;
}

/** A three-letter currency code (ISO 4217 shape), upper-cased; else null. */
export function currencyOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length !== 3) return null;
  const code = value.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/** A provider's error code worth keeping: a finite number, or short printable text (a cut code is no code). */
export function providerCodeOf(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  return /\p{C}/u.test(value) ? undefined : value;
}
