// The spending figures as tables: totals per provider and per model, and every period × model,
// sortable. They are the chart's text alternative, so every number the chart draws is here.
import { useMemo, useState } from 'react';
import type { ProviderId } from '../../../../src-shared/domain.ts';
import type { SpendingReport } from '../../../../src-shared/history.ts';
import { MONEY_HEADERS, MoneyCells } from './MoneyCells.tsx';
import { DEFAULT_SORT, formatPeriod, type RowSort, type SortKey, sortRows } from './spending-view.ts';

type ProviderLabel = (id: ProviderId) => string;

/** A year of days × a few dozen models is thousands of rows: past this many, the table says it stops. */
export const MAX_TABLE_ROWS = 1000;

const MONEY_SORT_KEYS: readonly (SortKey | null)[] = ['usd', 'cny', 'estimatedUsd', null];

function SortHeader({
  label,
  title,
  sortKey,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  title?: string;
  sortKey: SortKey | null;
  sort: RowSort;
  onSort: (sort: RowSort) => void;
  numeric?: boolean;
}) {
  const className = numeric ? 'num' : undefined;
  if (!sortKey) {
    return (
      <th scope="col" className={className} title={title}>
        {label}
      </th>
    );
  }
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={className}
      title={title}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        // Money and counts are most useful biggest first; names and periods A→Z / oldest first.
        onClick={() => onSort({ key: sortKey, descending: active ? !sort.descending : Boolean(numeric) })}
      >
        {label}
        {active ? (
          <span className="sort-mark" aria-hidden="true">
            {sort.descending ? '▼' : '▲'}
          </span>
        ) : null}
      </button>
    </th>
  );
}

/** Every period × provider × model, newest first until a header is clicked, with the total under it. */
export function PeriodTable({
  report,
  providerLabel,
}: {
  report: SpendingReport;
  providerLabel: ProviderLabel;
}) {
  const [sort, setSort] = useState<RowSort>(DEFAULT_SORT);
  const rows = useMemo(() => sortRows(report.rows, sort).slice(0, MAX_TABLE_ROWS), [report.rows, sort]);
  const left = report.rows.length - rows.length;
  const periodLabel = report.groupBy === 'day' ? 'Day' : 'Month';
  return (
    <div className="sp-table-box">
      <table className="sp-table">
        <caption>Per {periodLabel.toLowerCase()}, provider and model</caption>
        <thead>
          <tr>
            <SortHeader label={periodLabel} sortKey="period" sort={sort} onSort={setSort} />
            <SortHeader label="Provider" sortKey="provider" sort={sort} onSort={setSort} />
            <SortHeader label="Model" sortKey="model" sort={sort} onSort={setSort} />
            <SortHeader label="Runs" sortKey="runs" sort={sort} onSort={setSort} numeric />
            {MONEY_HEADERS.map((header, index) => (
              <SortHeader
                key={header.label}
                label={header.label}
                title={header.title}
                sortKey={MONEY_SORT_KEYS[index] ?? null}
                sort={sort}
                onSort={setSort}
                numeric
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.period} ${row.provider} ${row.model}`}>
              <td className="nowrap">{formatPeriod(row.period)}</td>
              <td>{providerLabel(row.provider)}</td>
              <th scope="row">{row.model}</th>
              <td className="num">{row.runs}</td>
              <MoneyCells total={row.total} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Total
            </th>
            <MoneyCells total={report.total} />
          </tr>
        </tfoot>
      </table>
      {left > 0 ? (
        <p className="hint">
          The first {rows.length.toLocaleString('en-US')} of {report.rows.length.toLocaleString('en-US')} rows
          in this order; the total counts them all. Totals per month take fewer rows.
        </p>
      ) : null}
    </div>
  );
}

interface TotalsRow {
  key: string;
  /** What the row totals (its header cell), and the provider beside a model. */
  name: string;
  detail?: string;
  total: SpendingReport['total'];
}

function TotalsTable({
  caption,
  nameLabel,
  detailLabel,
  rows,
}: {
  caption: string;
  nameLabel: string;
  detailLabel?: string;
  rows: TotalsRow[];
}) {
  return (
    <table className="sp-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameLabel}</th>
          {detailLabel ? <th scope="col">{detailLabel}</th> : null}
          {MONEY_HEADERS.map((header) => (
            <th key={header.label} scope="col" className="num" title={header.title}>
              {header.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            {detailLabel ? <td>{row.detail}</td> : null}
            <MoneyCells total={row.total} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const biggestFirst = <T extends { total: SpendingReport['total'] }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => b.total.estimatedUsd - a.total.estimatedUsd);

/** The whole range's totals per provider and per model, the biggest spender first. */
export function TotalsTables({
  report,
  providerLabel,
}: {
  report: SpendingReport;
  providerLabel: ProviderLabel;
}) {
  const providers = biggestFirst(report.byProvider).map((entry) => ({
    key: entry.provider,
    name: providerLabel(entry.provider),
    total: entry.total,
  }));
  const models = biggestFirst(report.byModel).map((entry) => ({
    key: `${entry.provider}/${entry.model}`,
    name: entry.model,
    detail: providerLabel(entry.provider),
    total: entry.total,
  }));
  return (
    <div className="sp-totals">
      <div className="sp-table-box">
        <TotalsTable caption="Per provider" nameLabel="Provider" rows={providers} />
      </div>
      <div className="sp-table-box">
        <TotalsTable caption="Per model" nameLabel="Model" detailLabel="Provider" rows={models} />
      </div>
    </div>
  );
}
