import type { MoneyTotal } from '../../../../src-shared/history.ts';
import { moneyCells } from './money-total.ts';

/** The money columns every spending table shares, in this order. */
export const MONEY_HEADERS = [
  { label: 'Billed in USD', title: 'What was billed in US dollars' },
  { label: 'Billed in CNY', title: 'What was billed in yuan (MiniMax in China): the exact amount' },
  {
    label: 'Total (USD)',
    title: 'Both together in US dollars; "~" where CNY was converted at an approximate rate',
  },
  {
    label: 'Cost unknown',
    title:
      'Answers that came back without a known cost (no price, or no usage reported): left out of the totals',
  },
] as const;

/** The money cells of one row, in MONEY_HEADERS' order. */
export function MoneyCells({ total }: { total: MoneyTotal }) {
  const cells = moneyCells(total);
  return (
    <>
      <td className="num">{cells.usd}</td>
      <td className="num">{cells.cny}</td>
      <td className="num">
        <strong>{cells.total}</strong>
      </td>
      <td className="num">{cells.unknown}</td>
    </>
  );
}
