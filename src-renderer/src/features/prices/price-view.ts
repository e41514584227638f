import { type ProviderId, TIERS, type Tier } from '../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../src-shared/pricing.ts';
import type { QualityIndexRef } from '../../../../src-shared/quality.ts';
import { perPointMeaningless } from './quality-view.ts';

export type SortKey =
  | 'model'
  | 'tier'
  | 'quality'
  | 'input'
  | 'output'
  | 'cacheRead'
  | 'cacheWrite'
  | 'context'
  | 'perQuality';

export interface PriceSort {
  key: SortKey;
  descending: boolean;
}

export interface PriceFilter {
  query: string;
  provider: ProviderId | '';
  tier: Tier | '';
}

/**
 * Blended $ per token (3 input : 1 output) divided by the chosen index's score: what one quality point
 * costs. None on a rating scale, where a point has no fixed worth (see perPointMeaningless).
 */
export function perQualityPoint(row: PriceRow, index: QualityIndexRef): number | null {
  if (row.inputUsdPerToken === null || row.outputUsdPerToken === null || !row.quality) return null;
  if (perPointMeaningless(index)) return null;
  return (row.inputUsdPerToken * 3 + row.outputUsdPerToken) / 4 / row.quality;
}

type Sorter = (row: PriceRow, index: QualityIndexRef) => number | string | null;

const SORTERS: Record<SortKey, Sorter> = {
  model: (row) => `${row.provider}/${row.model}`.toLowerCase(),
  tier: (row) => (row.tier ? TIERS.indexOf(row.tier) : null),
  quality: (row) => row.quality,
  input: (row) => row.inputUsdPerToken,
  output: (row) => row.outputUsdPerToken,
  cacheRead: (row) => row.cacheReadUsdPerToken,
  cacheWrite: (row) => row.cacheWriteUsdPerToken,
  context: (row) => row.contextWindow,
  perQuality: perQualityPoint,
};

/** Unknown values sort last whichever the direction: they are not cheaper or dearer than anything. */
function compare(a: number | string | null, b: number | string | null, descending: boolean): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  const order = typeof a === 'string' ? a.localeCompare(String(b)) : a - Number(b);
  return descending ? -order : order;
}

/** The rows the table shows: every search word in "provider/model", then the chosen order. */
export function visibleRows(
  rows: readonly PriceRow[],
  filter: PriceFilter,
  sort: PriceSort,
  index: QualityIndexRef,
): PriceRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const sorter = SORTERS[sort.key];
  const key = (row: PriceRow) => sorter(row, index);
  return rows
    .filter(
      (row) =>
        (!filter.provider || row.provider === filter.provider) &&
        (!filter.tier || row.tier === filter.tier) &&
        words.every((word) => `${row.provider}/${row.model}`.toLowerCase().includes(word)),
    )
    .sort((a, b) => compare(key(a), key(b), sort.descending));
}
