// The money columns the spending tables share. "Billed" only when something was billed in CNY (else
// it would repeat the total); "Cost unknown" only when some answer had no known cost.
import type { MoneyTotal, SpendingRow } from '../../../../src-shared/history.ts';
import { moneyCells } from './money-total.ts';

export type MoneyColumn = 'billed' | 'total' | 'unknown';

export interface MoneyHeader {
  column: MoneyColumn;
  label: string;
  title: string;
}

/** The money columns a report needs, in order. */
export function moneyHeaders(total: MoneyTotal): MoneyHeader[] {
  const anyCny = total.cny > 0;
  return [
    ...(anyCny
      ? [
          {
            column: 'billed' as const,
            label: 'Billed',
            title: 'What was billed, in the currency billed: yuan for MiniMax in China, exactly',
          },
        ]
      : []),
    {
      column: 'total',
      label: anyCny ? 'Total (USD)' : 'Cost (USD)',
      title: anyCny
        ? 'Everything in US dollars; "~" where yuan were converted at an approximate, dated rate'
        : 'What it cost, in US dollars',
    },
    ...(total.unknownColumns > 0
      ? [
          {
            column: 'unknown' as const,
            label: 'Cost unknown',
            title:
              'Answers that came back without a known cost (no price, or no usage reported): left out of the totals',
          },
        ]
      : []),
  ];
}

/** One row's money cells, under `headers`. */
export function MoneyCells({ total, headers }: { total: MoneyTotal; headers: readonly MoneyHeader[] }) {
  const cells = moneyCells(total);
  return (
    <>
      {headers.map(({ column }) => (
        <td key={column} className="num">
          {column === 'total' ? <strong>{cells.total}</strong> : cells[column]}
        </td>
      ))}
    </>
  );
}

/** "openai/gpt-5-mini" as the Playground names a column, the provider muted; it may wrap after the slash. */
export function ModelName({ row }: { row: Pick<SpendingRow, 'provider' | 'model'> }) {
  return (
    <>
      <span className="sp-provider">{row.provider}/</span>
      <wbr />
      <span className="nowrap">{row.model}</span>
    </>
  );
}
