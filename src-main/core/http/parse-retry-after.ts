/**
 * A Retry-After value in milliseconds: delay-seconds ("2", also "1.5" as some providers send)
 * or an HTTP date (a date in the past gives 0). Anything else, or a missing value, is undefined.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only HTTP-date shapes ("Wed, 21 Oct 2015 07:28:00 GMT" and the obsolete forms), not any Date.parse-able text.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * The wait a response asks for: `retry-after-ms` (OpenAI) wins over `retry-after`.
 * `headers` uses lowercased names, as StreamResponse.headers does.
 */
export function retryAfterFromHeaders(
  headers: Readonly<Record<string, string | undefined>>,
  now: number = Date.now(),
): number | undefined {
  const ms = headers['retry-after-ms']?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Math.round(Number(ms));
  return parseRetryAfter(headers['retry-after'], now);
}
