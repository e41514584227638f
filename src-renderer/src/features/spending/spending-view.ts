// What the Spending page shows, from the core's report: periods written for people, the chart's bars
// (every period in the range, one stack per provider or model) and the table's order. Pure.
import type { ProviderId } from '../../../../src-shared/domain.ts';
import type { SpendingReport, SpendingRow } from '../../../../src-shared/history.ts';

export type GroupBy = SpendingReport['groupBy'];
export type SplitBy = 'provider' | 'model';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

// English names, not Intl: the same text in every runtime (ICU versions differ on commas and dots).
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parsePeriod(period: string): Date | null {
  const day = DAY.exec(period);
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const month = MONTH.exec(period);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return null;
}

const iso = (date: Date, groupBy: GroupBy) => date.toISOString().slice(0, groupBy === 'day' ? 10 : 7);

/**
 * "Fri 27 Nov 2026" or "November 2026" (short: "27 Nov", "Nov 2026"); anything that is not a real
 * day or month as it came. Read in UTC: the period already is the local day the core grouped by.
 */
export function formatPeriod(period: string, style: 'long' | 'short' = 'long'): string {
  const groupBy: GroupBy = MONTH.test(period) ? 'month' : 'day';
  const date = parsePeriod(period);
  if (!date || iso(date, groupBy) !== period) return period;
  const monthName = MONTHS[date.getUTCMonth()] ?? '';
  const year = date.getUTCFullYear();
  if (groupBy === 'month')
    return style === 'long' ? `${monthName} ${year}` : `${monthName.slice(0, 3)} ${year}`;
  const dayMonth = `${date.getUTCDate()} ${monthName.slice(0, 3)}`;
  return style === 'long' ? `${WEEKDAYS[date.getUTCDay()]} ${dayMonth} ${year}` : dayMonth;
}

/** A real day (or month) written the way the core writes it for this grouping: "2026-02-30" is not one. */
function isPeriodOf(period: string, groupBy: GroupBy): boolean {
  const date = parsePeriod(period);
  return date !== null && iso(date, groupBy) === period;
}

/** Past this many periods the chart shows only those with spending (a gap would be too thin to see). */
export const MAX_FILLED_PERIODS = 400;

/**
 * Every period from the first to the last, those without spending included, so the chart's axis is
 * time and a quiet week shows as one. Periods it cannot read, or a range past MAX_FILLED_PERIODS,
 * come back sorted as they are.
 */
export function fillPeriods(periods: readonly string[], groupBy: GroupBy): string[] {
  const sorted = [...new Set(periods)].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  const cursor = parsePeriod(first);
  if (!cursor || !sorted.every((period) => isPeriodOf(period, groupBy))) return sorted;
  const filled: string[] = [];
  while (filled.length <= MAX_FILLED_PERIODS) {
    const period = iso(cursor, groupBy);
    filled.push(period);
    if (period === last) return filled;
    if (groupBy === 'day') cursor.setUTCDate(cursor.getUTCDate() + 1);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return sorted;
}

export interface ChartSeries {
  /** The provider id, or "provider/model"; OTHER_SERIES for the models past the chart's limit. */
  key: string;
  label: string;
  /** Estimated USD per period, in the order of ChartData.periods. */
  values: number[];
}

export interface ChartData {
  periods: string[];
  series: ChartSeries[];
}

export const OTHER_SERIES = 'other';

/** Beyond this many stacks a bar's colours stop telling models apart: the rest are one "Other models". */
export const MAX_SERIES = 8;

const seriesKey = (row: SpendingRow, split: SplitBy) =>
  split === 'provider' ? row.provider : `${row.provider}/${row.model}`;

/**
 * The chart's bars: one per period, stacked by provider or model (estimated USD, so CNY bills stand
 * with the rest), the biggest spenders first and anything past MAX_SERIES as "Other models"; a
 * provider or model that spent nothing drawable is left to the tables.
 */
export function chartData(
  report: SpendingReport,
  split: SplitBy,
  providerLabel: (id: ProviderId) => string,
): ChartData {
  const periods = fillPeriods(
    report.rows.map((row) => row.period),
    report.groupBy,
  );
  const position = new Map(periods.map((period, index) => [period, index]));
  const byKey = new Map<string, { label: string; values: number[]; sum: number }>();
  for (const row of report.rows) {
    const index = position.get(row.period);
    if (index === undefined) continue;
    const key = seriesKey(row, split);
    let entry = byKey.get(key);
    if (!entry) {
      const label = split === 'provider' ? providerLabel(row.provider) : row.model;
      entry = { label, values: periods.map(() => 0), sum: 0 };
      byKey.set(key, entry);
    }
    entry.values[index] = (entry.values[index] ?? 0) + row.total.estimatedUsd;
    entry.sum += row.total.estimatedUsd;
  }
  // A series of zeros (every answer free or of unknown cost) would only add a legend entry.
  const ranked = [...byKey]
    .filter(([, entry]) => entry.sum > 0)
    .sort(([keyA, a], [keyB, b]) => b.sum - a.sum || keyA.localeCompare(keyB));
  const series = ranked.map(([key, { label, values }]) => ({ key, label, values }));
  if (series.length <= MAX_SERIES) return { periods, series };
  const kept = series.slice(0, MAX_SERIES - 1);
  const rest = series.slice(MAX_SERIES - 1);
  const values = periods.map((_, index) => rest.reduce((sum, entry) => sum + (entry.values[index] ?? 0), 0));
  const label = split === 'provider' ? 'Other providers' : 'Other models';
  return { periods, series: [...kept, { key: OTHER_SERIES, label, values }] };
}

export type SortKey = 'period' | 'model' | 'runs' | 'estimatedUsd' | 'unknown';
export interface RowSort {
  key: SortKey;
  descending: boolean;
}

/** Newest period first, and within it the biggest spender: what the table shows before any sorting. */
export const DEFAULT_SORT: RowSort = { key: 'period', descending: true };

/** How a model is named in the tables, as in the Playground's columns: "openai/gpt-5-mini". */
export const modelRef = (row: Pick<SpendingRow, 'provider' | 'model'>) => `${row.provider}/${row.model}`;

function compareBy(key: SortKey, a: SpendingRow, b: SpendingRow): number {
  switch (key) {
    case 'period':
      return a.period.localeCompare(b.period);
    case 'model':
      return modelRef(a).localeCompare(modelRef(b));
    case 'runs':
      return a.runs - b.runs;
    case 'estimatedUsd':
      return a.total.estimatedUsd - b.total.estimatedUsd;
    case 'unknown':
      return a.total.unknownColumns - b.total.unknownColumns;
  }
}

/** The rows in the chosen order; ties by cost (biggest first), then by name, so the order is stable. */
export function sortRows(rows: readonly SpendingRow[], sort: RowSort): SpendingRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) =>
      sign * compareBy(sort.key, a, b) ||
      b.total.estimatedUsd - a.total.estimatedUsd ||
      modelRef(a).localeCompare(modelRef(b)),
  );
}
