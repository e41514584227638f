import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryAfterFromHeaders } from './parse-retry-after.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds, whole or decimal', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });

  it('reads an HTTP date relative to now, a past date giving 0', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 11:59:00 GMT', NOW)).toBe(0);
  });

  it('ignores missing or malformed values', () => {
    for (const value of [undefined, null, '', 'soon', '-1', '1e3', '12:00', '2026-11-22']) {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    }
  });

  it('defaults now to the current time', () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const ms = parseRetryAfter(inAMinute);
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });
});

describe('retryAfterFromHeaders', () => {
  it('prefers retry-after-ms, then retry-after', () => {
    expect(retryAfterFromHeaders({ 'retry-after-ms': '250', 'retry-after': '1' }, NOW)).toBe(250);
    expect(retryAfterFromHeaders({ 'retry-after-ms': 'x', 'retry-after': '1' }, NOW)).toBe(1000);
    expect(retryAfterFromHeaders({}, NOW)).toBeUndefined();
  });
});
