// Which score a view shows for a model: one index version (never another's number), in the variant
// that matches how the app calls the model. Pure: main (rows, tiers, the advisor) and the window use it.
import type { CallMode, QualityIndexInfo, QualityIndexRef, QualityScoreEntry } from './quality.ts';

export { defaultCallMode } from './quality-call-modes.ts';

/** Reasoning efforts from least to most, as the indexes and the providers name them. */
const EFFORTS = ['minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;
/** The effort assumed when none is asked for: the common provider default (OpenAI, Anthropic budgets). */
const DEFAULT_EFFORT = 'medium';

const rank = (effort: string | null | undefined): number => {
  const at = EFFORTS.indexOf((effort ?? DEFAULT_EFFORT) as (typeof EFFORTS)[number]);
  return at === -1 ? EFFORTS.indexOf(DEFAULT_EFFORT) : at;
};

export const isOn = (entry: QualityIndexRef, ref: QualityIndexRef): boolean =>
  entry.index === ref.index && entry.version === ref.version;

/** The measured effort nearest the wanted one; a tie goes to the higher effort. */
function nearestEffort(entries: readonly QualityScoreEntry[], wanted: string | null | undefined) {
  const target = rank(wanted);
  let best: QualityScoreEntry | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const entry of entries) {
    const distance = Math.abs(rank(entry.effort) - target);
    if (
      distance < bestDistance ||
      (distance === bestDistance && best && rank(entry.effort) > rank(best.effort))
    ) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best;
}

const lowestEffort = (entries: readonly QualityScoreEntry[]) => nearestEffort(entries, 'minimal');

/**
 * The one score to show for a model on `ref`, or null when that index version did not measure it.
 * - reasoning off: a non-reasoning variant (the one nearest the asked effort); else the index's single
 *   "default" entry; else, only for a model that always reasons, its least-effort reasoning variant.
 * - reasoning on: the reasoning variant nearest the asked effort, or nearest medium when none is asked
 *   (OpenAI's default; AA headlines the highest effort instead, but that is not how the app calls
 *   models); else the default entry; else the non-reasoning one (a model that cannot think).
 * - default (null): the index's single "as served" entry when it has one, else as "reasoning on".
 * Pass `defaultCallMode(provider, model)` for how the app calls a model when the column says nothing.
 */
export function pickQualityScore(
  entries: readonly QualityScoreEntry[],
  ref: QualityIndexRef,
  mode: CallMode,
): QualityScoreEntry | null {
  const on = entries.filter((entry) => isOn(entry, ref));
  if (on.length === 0) return null;
  const off = on.filter((entry) => entry.reasoning === false);
  const thinking = on.filter((entry) => entry.reasoning === true);
  const unlabelled = on.filter((entry) => entry.reasoning === null);
  if (mode.reasoning === false) {
    return (
      nearestEffort(off, mode.effort) ?? unlabelled[0] ?? (mode.alwaysReasons ? lowestEffort(thinking) : null)
    );
  }
  if (mode.reasoning === null && unlabelled.length > 0) return unlabelled[0]!;
  return nearestEffort(thinking, mode.effort) ?? unlabelled[0] ?? nearestEffort(off, mode.effort);
}

/**
 * Why a model shows no score on `ref` (`label` names it): not measured there at all, or measured only
 * in configurations the app does not call it in (the hover lists them).
 */
export function qualityMissingReason(
  entries: readonly QualityScoreEntry[],
  ref: QualityIndexRef,
  mode: CallMode,
  label: string,
): string {
  if (mode.reasoning === false && entries.some((entry) => isOn(entry, ref)))
    return `not measured as the app calls it (reasoning off) on ${label}`;
  return `not measured on ${label}`;
}

/** For the hover: the chosen version's other variants, and the model's scores on other index versions. */
export function otherQualityScores(
  entries: readonly QualityScoreEntry[],
  chosen: QualityIndexRef,
  shown: QualityScoreEntry | null,
): { otherVariants: QualityScoreEntry[]; otherIndexes: QualityScoreEntry[] } {
  return {
    otherVariants: entries.filter((entry) => isOn(entry, chosen) && entry !== shown),
    otherIndexes: entries.filter((entry) => !isOn(entry, chosen)),
  };
}

/** "AA Intelligence v4.1", from the table's index list, or the raw ref when the list lacks it. */
export function qualityIndexLabel(ref: QualityIndexRef, indexes: readonly QualityIndexInfo[]): string {
  return indexes.find((info) => isOn(info, ref))?.label ?? `${ref.index} ${ref.version}`;
}

/**
 * "AA Intelligence v4.1, 2026-07-10, high, estimated": one line naming where a score comes from. The
 * date is left out when the label already says it ("LMArena text 2026-07-08").
 */
export function describeQualityScore(entry: QualityScoreEntry, indexes: readonly QualityIndexInfo[]): string {
  const label = qualityIndexLabel(entry, indexes);
  return [
    label,
    label.includes(entry.date) ? null : entry.date,
    entry.variant,
    entry.estimated ? 'estimated' : null,
    entry.preview ? `preview entry ${entry.sourceModel}` : null,
    entry.via ? `via ${entry.via}` : null,
    entry.interval ? `95 % interval ${entry.interval[0]}–${entry.interval[1]}` : null,
    entry.votes === undefined ? null : `${entry.votes} vote${entry.votes === 1 ? '' : 's'}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}
