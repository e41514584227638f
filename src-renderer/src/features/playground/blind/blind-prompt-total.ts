// While a blind round waits for the vote, the composer estimates a follow-up as one total for all
// columns. Per column it would leak: each column's earlier turns include its own hidden answer, so its
// token count (or its cost at a known price) says which of the visible answers is whose. Pure.
import { formatMoney, type MoneyCurrency } from '../../../../../src-shared/format-money.ts';
import { type CostColumn, type InputPrice, promptCosts } from '../composer/prompt-cost.ts';

export interface BlindPromptTotal {
  /** What the priced columns would cost, per currency billed, USD first. */
  amounts: { currency: MoneyCurrency; value: number }[];
  /** A price is a guess, a count is not the model's own tokenizer's, or earlier turns were averaged. */
  approximate: boolean;
  /** Columns without a known price, left out of `amounts`. */
  unpriced: number;
  columns: number;
}

const CURRENCIES: readonly MoneyCurrency[] = ['USD', 'CNY'];

/**
 * Every column is counted with the prompt plus the average of the columns' earlier turns: the sum
 * then stays the same whichever column wrote which hidden answer. `history` is null while counting.
 */
export function blindPromptTotal<Column extends CostColumn>(
  columns: readonly Column[],
  promptTokens: number,
  history: ReadonlyMap<string, { tokens: number }> | null,
  priceOf: (column: Column) => InputPrice | null,
): BlindPromptTotal {
  const earlier = columns.reduce((sum, column) => sum + (history?.get(column.id)?.tokens ?? 0), 0);
  const averageEarlier = columns.length ? earlier / columns.length : 0;
  const costs = promptCosts(columns, () => promptTokens + averageEarlier, priceOf);
  const sums = new Map<MoneyCurrency, number>();
  let approximate = earlier > 0;
  for (const cost of costs) {
    if (!cost.amount) continue;
    sums.set(cost.amount.currency, (sums.get(cost.amount.currency) ?? 0) + cost.amount.value);
    approximate ||= cost.amount.estimated || cost.approximate;
  }
  return {
    amounts: CURRENCIES.flatMap((currency) => {
      const value = sums.get(currency);
      return value === undefined ? [] : [{ currency, value }];
    }),
    approximate,
    unpriced: costs.filter((cost) => !cost.amount).length,
    columns: columns.length,
  };
}

/** "~$0.004 + ~¥0.0021 in all 4 columns · 1 price unknown". */
export function blindPromptTotalText(total: BlindPromptTotal): string {
  const tilde = total.approximate ? '~' : '';
  const money = total.amounts.map(({ currency, value }) => `${tilde}${formatMoney(value, currency)}`);
  const where = `in all ${total.columns} columns`;
  if (money.length === 0) return `price unknown ${where}`;
  const unknown = total.unpriced
    ? ` · ${total.unpriced} ${total.unpriced === 1 ? 'price' : 'prices'} unknown`
    : '';
  return `${money.join(' + ')} ${where}${unknown}`;
}
