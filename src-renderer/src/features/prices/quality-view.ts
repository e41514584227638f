// How the window writes quality scores: the chosen index's number, its hover with every other score,
// and what a scale allows ($ per point, the advisor's minimum). Pure: the page and the Playground share it.
import type { PriceRow } from '../../../../src-shared/pricing.ts';
import {
  QUALITY_INDEX_IDS,
  type QualityIndexId,
  type QualityIndexInfo,
  type QualityIndexRef,
  type QualityScoreEntry,
} from '../../../../src-shared/quality.ts';
import { describeQualityScore, isOn, otherQualityScores } from '../../../../src-shared/quality-pick.ts';

/** One model's scores as a view shows them: the chosen index's entry (or why none) and the rest. */
export interface QualityView {
  shown: QualityScoreEntry | null;
  /** Why `shown` is null ("not measured on AA Intelligence v4.1"). */
  missing: string | null;
  others: readonly QualityScoreEntry[];
}

const KEY_SEPARATOR = '@';

/** "aa-coding@v4.0.x": an index version as the one string a <select> option holds. */
export function indexKey(ref: QualityIndexRef): string {
  return `${ref.index}${KEY_SEPARATOR}${ref.version}`;
}

function isIndexId(value: string): value is QualityIndexId {
  return (QUALITY_INDEX_IDS as readonly string[]).includes(value);
}

export function parseIndexKey(key: string): QualityIndexRef | null {
  const at = key.indexOf(KEY_SEPARATOR);
  if (at < 0) return null;
  const index = key.slice(0, at);
  const version = key.slice(at + 1);
  return isIndexId(index) && version ? { index, version } : null;
}

export function indexInfo(
  ref: QualityIndexRef,
  indexes: readonly QualityIndexInfo[],
): QualityIndexInfo | undefined {
  return indexes.find((info) => isOn(info, ref));
}

const SCORE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

/** As the index publishes it: AA to two decimals, LMArena ratings whole, no trailing zeros. */
export function formatScore(score: number): string {
  return SCORE.format(score);
}

/** The number a cell or badge shows: "28.31 est." where the index marks the value as estimated. */
export function shownScoreText(entry: QualityScoreEntry): string {
  return entry.estimated ? `${formatScore(entry.score)} est.` : formatScore(entry.score);
}

/**
 * "Artificial Analysis Intelligence Index v4.1 · 2026-07-10 · 0–100 · 77 models": what the chosen
 * index is. A version that holds its date ("fetched 2026-11-27", "text 2026-07-08") stands for it.
 */
export function describeQualityIndex(info: QualityIndexInfo): string {
  const datedVersion = info.date !== null && info.version.includes(info.date);
  // Your own indexes' version is 'yours': their names say so already ("Your blind votes").
  const named = info.version === 'yours' ? info.name : `${info.name} ${info.version}`;
  const parts = datedVersion ? [info.name, info.version] : [named, info.date ?? 'undated'];
  parts.push(info.scale, `${info.measuredModels} models`);
  if (info.superseded) parts.push('superseded');
  return parts.join(' · ');
}

/**
 * The indexes' longer variant labels, shortened to fit under a score (the hover keeps the exact label).
 * Exact lower-case matches only; any other label is shown as it is.
 */
const SHORT_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['non-reasoning', 'no reasoning'],
  ['non-reasoning (deepseek-chat)', 'no reasoning'],
  ['non-thinking', 'no thinking'],
  ['no-thinking', 'no thinking'],
  ['non-reasoning, high effort', 'no reas., high'],
  ['non-reasoning, low effort', 'no reas., low'],
  ['reasoning (always-on)', 'always reasons'],
  ['reasoning (deepseek-reasoner)', 'reasoning'],
  ['adaptive reasoning, max effort', 'adaptive, max'],
  ['reasoning, max effort', 'max effort'],
  ['reasoning, high effort', 'high effort'],
  ['default (as served on arena)', 'as served'],
  ['default (medium)', 'medium'],
  ['thinking-minimal', 'thinking, min'],
]);

export function shortVariant(variant: string): string {
  return SHORT_VARIANTS.get(variant.toLowerCase()) ?? variant;
}

/** "29.28 — AA Intelligence v4.1, 2026-07-10, non-reasoning, estimated". */
export function scoreLine(entry: QualityScoreEntry, indexes: readonly QualityIndexInfo[]): string {
  return `${formatScore(entry.score)} — ${describeQualityScore(entry, indexes)}`;
}

/** The hover of a quality cell or badge: the shown score (or why none), then every other one, a line each. */
export function otherScoresTitle(view: QualityView, indexes: readonly QualityIndexInfo[]): string {
  const head = view.shown ? scoreLine(view.shown, indexes) : (view.missing ?? 'No score.');
  const rest =
    view.others.length > 0
      ? ['Other scores:', ...view.others.map((entry) => scoreLine(entry, indexes))]
      : ['No other index scored this model.'];
  return [head, ...rest].join('\n');
}

/**
 * Ratings (LMArena's and your votes' Bradley–Terry) sit on an arbitrary baseline: a price per rating
 * point means nothing.
 */
export function perPointMeaningless(ref: QualityIndexRef): string | null {
  if (ref.index === 'votes') {
    return 'No $ per point on your votes: they are ratings around 1000, relative to the models you compared, so a price per rating point means nothing. Choose an Artificial Analysis index to compare.';
  }
  return ref.index === 'lmarena-text'
    ? 'No $ per point on LMArena text: its ratings are relative (about 1000–1500 on an arbitrary baseline), so a price per rating point means nothing. Choose an Artificial Analysis index to compare.'
    : null;
}

export interface MinimumQualityField {
  label: string;
  min: number;
  max: number;
}

/** The advisor's "Minimum quality" input on the chosen index's scale. */
export function minimumQualityField(info: QualityIndexInfo | undefined): MinimumQualityField {
  if (info?.index === 'lmarena-text') {
    return { label: `Minimum quality (${info.label} rating, e.g. 1400, optional)`, min: 0, max: 3000 };
  }
  if (info?.index === 'votes') {
    return { label: `Minimum quality (${info.label} rating, e.g. 1050, optional)`, min: 0, max: 3000 };
  }
  const name = info ? `${info.label}, ` : '';
  return { label: `Minimum quality (${name}0–100, optional)`, min: 0, max: 100 };
}

const sameEntry = (a: QualityScoreEntry, b: QualityScoreEntry) =>
  isOn(a, b) && a.variant === b.variant && a.score === b.score && a.date === b.date;

/**
 * A price row's scores as its Quality cell shows them: the chosen index's entry main picked, then the
 * rest for the hover, nearest first (other variants of that version, its other versions, other indexes).
 */
export function rowQualityView(
  row: Pick<PriceRow, 'qualityScore' | 'qualityMissing' | 'qualityScores'>,
  chosen: QualityIndexRef,
): QualityView {
  // The row crossed the bridge: its shown entry is an equal copy of one in the list, not the same object.
  const picked = row.qualityScore;
  const shown = picked ? (row.qualityScores.find((entry) => sameEntry(entry, picked)) ?? picked) : null;
  return scoresView(row.qualityScores, chosen, shown, row.qualityMissing);
}

/** `shown` (an entry of `entries`, or null with why) and the others, nearest index first. */
export function scoresView(
  entries: readonly QualityScoreEntry[],
  chosen: QualityIndexRef,
  shown: QualityScoreEntry | null,
  missing: string | null,
): QualityView {
  const { otherVariants, otherIndexes } = otherQualityScores(entries, chosen, shown);
  const sameIndexFirst = [
    ...otherIndexes.filter((entry) => entry.index === chosen.index),
    ...otherIndexes.filter((entry) => entry.index !== chosen.index),
  ];
  return { shown, missing: shown ? null : missing, others: [...otherVariants, ...sameIndexFirst] };
}
