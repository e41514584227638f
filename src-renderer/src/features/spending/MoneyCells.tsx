import { formatMoney } from '../../../../src-shared/format-money.ts';
import type { MoneyTotal } from '../../../../src-shared/history.ts';

/** The money columns every spending table shares, in this order. */
export const MONEY_HEADERS = [
  { label: 'Billed in USD', title: 'What was billed in US dollars' },
  { label: 'Billed in CNY', title: 'What was billed in yuan (MiniMax in China): the exact amount' },
  {
    label: 'Total (USD)',
    title: 'Both together in US dollars; "~" where CNY was converted at an approximate rate',
  },
  { label: 'No price', title: 'Answers that used tokens at a price nobody knows: left out of the totals' },
] as const;

const DASH = '—';

/** A dash where nothing was billed in that currency, so an all-CNY row does not read "$0.00". */
export function MoneyCells({ total }: { total: MoneyTotal }) {
  const usd = total.usd > 0 || total.cny <= 0 ? formatMoney(total.usd) : DASH;
  const cny = total.cny > 0 ? formatMoney(total.cny, 'CNY') : DASH;
  const estimated = `${total.cny > 0 ? '~' : ''}${formatMoney(total.estimatedUsd)}`;
  return (
    <>
      <td className="num">{usd}</td>
      <td className="num">{cny}</td>
      <td className="num">
        <strong>{estimated}</strong>
      </td>
      <td className="num">{total.unknownColumns > 0 ? total.unknownColumns : DASH}</td>
    </>
  );
}
