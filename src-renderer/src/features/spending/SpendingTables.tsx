// The spending figures as tables: totals per provider and per model, and every period × model,
// sortable. They are the chart's text alternative, so every number the chart draws is here.
import { type ReactNode, useMemo, useState } from 'react';
import type { ProviderId } from '../../../../src-shared/domain.ts';
import type { MoneyTotal, SpendingReport } from '../../../../src-shared/history.ts';
import { SortHeader } from '../../ui/SortHeader.tsx';
import { ModelName, MoneyCells, type MoneyColumn, type MoneyHeader, moneyHeaders } from './MoneyCells.tsx';
import {
  DEFAULT_SORT,
  formatPeriod,
  modelRef,
  type RowSort,
  type SortKey,
  sortRows,
} from './spending-view.ts';

type ProviderLabel = (id: ProviderId) => string;

/** A year of days × a few dozen models is thousands of rows: past this many, the table says it stops. */
export const MAX_TABLE_ROWS = 1000;

const MONEY_SORT_KEYS: ReadonlyMap<MoneyColumn, SortKey> = new Map([
  ['total', 'estimatedUsd'],
  ['unknown', 'unknown'],
]);

/** Every period × model, newest first until a header is clicked, with the total under it. */
export function PeriodTable({ report }: { report: SpendingReport }) {
  const [sort, setSort] = useState<RowSort>(DEFAULT_SORT);
  const rows = useMemo(() => sortRows(report.rows, sort).slice(0, MAX_TABLE_ROWS), [report.rows, sort]);
  const headers = moneyHeaders(report.total);
  const left = report.rows.length - rows.length;
  const periodLabel = report.groupBy === 'day' ? 'Day' : 'Month';
  // Money and counts are most useful biggest first; names and periods A→Z / oldest first.
  const header = (label: string, sortKey: SortKey, numeric = false) => (
    <SortHeader
      label={label}
      sortKey={sortKey}
      sort={sort}
      onSort={setSort}
      numeric={numeric}
      firstDescending={numeric}
    />
  );
  return (
    <div className="sp-table-box">
      <table className="sp-table">
        <caption>Per {periodLabel.toLowerCase()} and model</caption>
        <thead>
          <tr>
            {header(periodLabel, 'period')}
            {header('Model', 'model')}
            {header('Runs', 'runs', true)}
            {headers.map((money) => (
              <SortHeader
                key={money.column}
                label={money.label}
                title={money.title}
                sortKey={MONEY_SORT_KEYS.get(money.column)}
                sort={sort}
                onSort={setSort}
                numeric
                firstDescending
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.period} ${modelRef(row)}`}>
              <td className="nowrap">{formatPeriod(row.period)}</td>
              <th scope="row">
                <ModelName row={row} />
              </th>
              <td className="num">{row.runs}</td>
              <MoneyCells total={row.total} headers={headers} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total
            </th>
            <MoneyCells total={report.total} headers={headers} />
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
  name: ReactNode;
  total: MoneyTotal;
}

function TotalsTable({
  caption,
  nameLabel,
  rows,
  headers,
}: {
  caption: string;
  nameLabel: string;
  rows: TotalsRow[];
  headers: readonly MoneyHeader[];
}) {
  return (
    <div className="sp-table-box">
      <table className="sp-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameLabel}</th>
            {headers.map((money) => (
              <th key={money.column} scope="col" className="num" title={money.title}>
                {money.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <MoneyCells total={row.total} headers={headers} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const biggestFirst = <T extends { total: MoneyTotal }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => b.total.estimatedUsd - a.total.estimatedUsd);

/** The whole range's totals per provider and per model, the biggest spender first. */
export function TotalsTables({
  report,
  providerLabel,
}: {
  report: SpendingReport;
  providerLabel: ProviderLabel;
}) {
  const headers = moneyHeaders(report.total);
  const providers = biggestFirst(report.byProvider).map((entry) => ({
    key: entry.provider,
    name: providerLabel(entry.provider),
    total: entry.total,
  }));
  const models = biggestFirst(report.byModel).map((entry) => ({
    key: modelRef(entry),
    name: <ModelName row={entry} />,
    total: entry.total,
  }));
  return (
    <div className="sp-totals">
      <TotalsTable caption="Per provider" nameLabel="Provider" rows={providers} headers={headers} />
      <TotalsTable caption="Per model" nameLabel="Model" rows={models} headers={headers} />
    </div>
  );
}
