import { describe, expect, it } from 'vitest';
import type { MoneyTotal, SpendingReport, SpendingRow } from '../../../../src-shared/history.ts';
import {
  chartData,
  DEFAULT_SORT,
  fillPeriods,
  formatPeriod,
  MAX_FILLED_PERIODS,
  MAX_SERIES,
  sortRows,
} from './spending-view.ts';

const money = (usd: number, cny = 0): MoneyTotal => ({
  usd,
  cny,
  estimatedUsd: usd + cny / 7.1,
  unknownColumns: 0,
});

function row(period: string, provider: SpendingRow['provider'], model: string, total: MoneyTotal, runs = 1) {
  return { period, provider, model, runs, total };
}

function report(rows: SpendingRow[], groupBy: SpendingReport['groupBy'] = 'day'): SpendingReport {
  const none = money(0);
  return { groupBy, rows, byPeriod: [], byProvider: [], byModel: [], total: none };
}

const names = new Map([
  ['openai', 'OpenAI'],
  ['minimax', 'MiniMax'],
]);
const providerLabel = (id: string) => names.get(id) ?? id;

describe('periods', () => {
  it('writes days and months for people, without shifting them by the time zone', () => {
    expect(formatPeriod('2026-11-27')).toBe('Fri 27 Nov 2026');
    expect(formatPeriod('2026-11-27', 'short')).toBe('27 Nov');
    expect(formatPeriod('2026-01-01')).toBe('Thu 1 Jan 2026');
    expect(formatPeriod('2026-11')).toBe('November 2026');
    expect(formatPeriod('2026-11', 'short')).toBe('Nov 2026');
  });

  it('leaves what is not a period as it came', () => {
    expect(formatPeriod('constructor')).toBe('constructor');
    expect(formatPeriod('2026-13')).toBe('2026-13');
  });

  it('fills the days without spending between the first and the last, across a month end', () => {
    expect(fillPeriods(['2026-12-02', '2026-11-29', '2026-11-30'], 'day')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(fillPeriods(['2026-02-27', '2026-03-01'], 'day')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('fills months across a year end', () => {
    expect(fillPeriods(['2027-02', '2026-11'], 'month')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('does not fill a range too long to chart, nor periods it cannot read', () => {
    const far = ['2020-01-01', '2026-01-01'];
    expect(fillPeriods(far, 'day')).toEqual(far);
    const justFits = fillPeriods(['2026-01-01', '2027-02-04'], 'day');
    expect(justFits).toHaveLength(400);
    expect(justFits.length).toBeLessThanOrEqual(MAX_FILLED_PERIODS);
    expect(fillPeriods(['2026-02-30', '2026-03-02'], 'day')).toEqual(['2026-02-30', '2026-03-02']);
    expect(fillPeriods([], 'month')).toEqual([]);
  });
});

describe('the chart', () => {
  const rows = [
    row('2026-11-25', 'openai', 'gpt-5-mini', money(0.002)),
    row('2026-11-25', 'minimax', 'MiniMax-M2.7', money(0.001)),
    row('2026-11-27', 'minimax', 'MiniMax-M2.7', money(0, 0.0071)),
    row('2026-11-27', 'minimax', 'MiniMax-M2.5', money(0.004)),
  ];

  it('stacks estimated USD per provider in every day of the range, the biggest spender first', () => {
    const data = chartData(report(rows), 'provider', providerLabel);
    expect(data.periods).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(data.series.map((series) => series.label)).toEqual(['MiniMax', 'OpenAI']);
    const [minimax, openai] = data.series;
    expect(minimax?.values[0]).toBeCloseTo(0.001, 12);
    expect(minimax?.values[1]).toBe(0);
    // ¥0.0071 at 7.1 CNY per USD is $0.001, beside the $0.004 of M2.5 that day.
    expect(minimax?.values[2]).toBeCloseTo(0.005, 12);
    expect(openai?.values).toEqual([0.002, 0, 0]);
  });

  it('stacks per model when asked', () => {
    const data = chartData(report(rows), 'model', providerLabel);
    expect(data.series.map((series) => series.key)).toEqual([
      'minimax/MiniMax-M2.5',
      'minimax/MiniMax-M2.7',
      'openai/gpt-5-mini',
    ]);
    expect(data.series.map((series) => series.label)).toEqual(['MiniMax-M2.5', 'MiniMax-M2.7', 'gpt-5-mini']);
  });

  it('puts the models past the limit together as "Other models", their sums kept', () => {
    const many = Array.from({ length: MAX_SERIES + 3 }, (_, index) =>
      row('2026-11', 'openai', `model-${String(index).padStart(2, '0')}`, money((index + 1) / 1000)),
    );
    const data = chartData(report(many, 'month'), 'model', providerLabel);
    expect(data.series).toHaveLength(MAX_SERIES);
    expect(data.series[0]?.label).toBe('model-10');
    const other = data.series.at(-1);
    expect(other?.label).toBe('Other models');
    // The four smallest: 0.001 + 0.002 + 0.003 + 0.004.
    expect(other?.values[0]).toBeCloseTo(0.01, 12);
    const all = data.series.reduce((sum, series) => sum + (series.values[0] ?? 0), 0);
    expect(all).toBeCloseTo((11 * 12) / 2 / 1000, 12);
  });

  it('leaves out what has nothing to draw: a model whose every answer had no known cost', () => {
    const unpriced = row('2026-11-27', 'openai', 'gpt-unpriced', { ...money(0), unknownColumns: 2 });
    const data = chartData(report([...rows, unpriced]), 'model', providerLabel);
    expect(data.series.map((series) => series.key)).not.toContain('openai/gpt-unpriced');
    expect(data.series).toHaveLength(3);
  });

  it('is empty for an empty report', () => {
    expect(chartData(report([]), 'provider', providerLabel)).toEqual({ periods: [], series: [] });
  });
});

describe('the table order', () => {
  const rows = [
    row('2026-11-25', 'openai', 'gpt-5-mini', money(0.002), 2),
    row('2026-11-27', 'minimax', 'MiniMax-M2.7', money(0, 0.0071), 1),
    row('2026-11-27', 'openai', 'gpt-5-mini', money(0.0004), 3),
  ];
  const order = (sorted: SpendingRow[]) => sorted.map((entry) => `${entry.period} ${entry.model}`);

  it('is newest first, the biggest spender first within a day, by default', () => {
    expect(order(sortRows(rows, DEFAULT_SORT))).toEqual([
      '2026-11-27 MiniMax-M2.7',
      '2026-11-27 gpt-5-mini',
      '2026-11-25 gpt-5-mini',
    ]);
  });

  it('sorts by any column, both ways', () => {
    expect(order(sortRows(rows, { key: 'runs', descending: false }))).toEqual([
      '2026-11-27 MiniMax-M2.7',
      '2026-11-25 gpt-5-mini',
      '2026-11-27 gpt-5-mini',
    ]);
    expect(order(sortRows(rows, { key: 'estimatedUsd', descending: false }))[0]).toBe(
      '2026-11-27 gpt-5-mini',
    );
    expect(order(sortRows(rows, { key: 'estimatedUsd', descending: true }))[0]).toBe('2026-11-25 gpt-5-mini');
    // By "provider/model": minimax/… before openai/…
    expect(order(sortRows(rows, { key: 'model', descending: false }))[0]).toBe('2026-11-27 MiniMax-M2.7');
    expect(order(sortRows(rows, { key: 'period', descending: false }))[0]).toBe('2026-11-25 gpt-5-mini');
  });

  it('sorts by the answers of unknown cost', () => {
    const unknown = [rows[0]!, { ...rows[1]!, total: { ...rows[1]!.total, unknownColumns: 3 } }];
    expect(order(sortRows(unknown, { key: 'unknown', descending: true }))[0]).toBe('2026-11-27 MiniMax-M2.7');
  });
});
