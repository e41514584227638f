// How Models & Prices writes your votes' ratings: the index option, a rating's interval and votes,
// and what the numbers mean. Pure.
import type { LeaderboardRow } from '../../../../src-shared/history.ts';
import type { QualityIndexInfo, QualityScoreEntry } from '../../../../src-shared/quality.ts';

/** Tiers rank a model by percentile only among at least this many rated models (tiers.ts). */
export const MIN_RATED_FOR_TIERS = 10;

/** Shown, disabled, before the first blind vote: where the option will be. */
export const NO_VOTES_OPTION = 'Your votes — vote in a blind round first';

/** "Your votes (yours, 37 votes, 2026-11-30)". */
export function votesOptionLabel(info: QualityIndexInfo): string {
  const votes = info.votes ?? 0;
  return `${info.label} (yours, ${votes} vote${votes === 1 ? '' : 's'}${info.date ? `, ${info.date}` : ''})`;
}

/**
 * "±167" under a rating from your votes (its 95 % interval's half-width; the column is narrow, the
 * hover has the interval and the votes); null for any other score.
 */
export function intervalText(entry: QualityScoreEntry): string | null {
  if (!entry.interval) return null;
  const [low, high] = entry.interval;
  return `±${Math.round((high - low) / 2)}`;
}

/** "3–1–0": wins, losses, ties. */
export function recordText(row: Pick<LeaderboardRow, 'wins' | 'losses' | 'ties'>): string {
  return `${row.wins}–${row.losses}–${row.ties}`;
}

/** Whole rating points, as the table shows them. */
export const ratingText = (rating: number): string => String(Math.round(rating));

/** Why tiers do or do not use your ratings yet. */
export function tiersNote(rated: number): string {
  return rated >= MIN_RATED_FOR_TIERS
    ? `Tiers place each rated model by its percentile among your ${rated} rated models (and never above its price band).`
    : `Tiers need at least ${MIN_RATED_FOR_TIERS} rated models to place one by percentile; you have rated ${rated}, so tiers go by price until then.`;
}
