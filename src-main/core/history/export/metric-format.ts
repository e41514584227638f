// How the Markdown report writes counts, times and dates: fixed to en-US and UTC, so a report reads
// the same wherever it was exported.
import type { ColumnTiming } from '../../../../src-shared/compare.ts';

const COUNT = new Intl.NumberFormat('en-US');
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const NONE = '—';

export const formatCount = (count: number): string => COUNT.format(count);

/** 850 ms, 1.24 s, 2 min 5 s; a dash when unknown. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return NONE;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${TWO_DECIMALS.format(ms / 1000)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** 42.5, ~42.5 when the output tokens were estimated; a dash when unknown. */
export function formatRate(timing: ColumnTiming | null): string {
  const rate = timing?.tokensPerSecond;
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NONE;
  return `${timing?.tokensEstimated ? '~' : ''}${ONE_DECIMAL.format(rate)}`;
}

/** 2026-11-27 09:05 UTC, from an ISO time (as stored); the text itself when it is not one. */
export function formatUtcMinute(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
