// What sending the prompt would cost in each column before it runs: its tokens times the column's
// input price. Pure: the composer supplies the token count and each column's price.
import type { ProviderId } from '../../../../../src-shared/domain.ts';
import type { MoneyCurrency } from '../../../../../src-shared/format-money.ts';

/** A column's input price per token, in the currency it is billed in. */
export interface InputPrice {
  perToken: number;
  currency: MoneyCurrency;
  /** A guess rather than a published list price. */
  estimated: boolean;
}

export interface CostColumn {
  id: string;
  provider: ProviderId;
  model: string;
}

export interface PromptCost {
  columnId: string;
  /** The input tokens this column would send: the prompt, and on a follow-up its earlier turns. */
  tokens: number;
  /** null: no price is known for this model ("price unknown", never $0). */
  amount: { value: number; currency: MoneyCurrency; estimated: boolean } | null;
  /** The count is OpenAI's tokenizer's: another provider's tokenizer counts differently. */
  approximate: boolean;
}

/** o200k_base is the tokenizer of OpenAI's current models; every other provider's count differs. */
export const countsExactly = (provider: ProviderId): boolean => provider === 'openai';

export function promptCosts<Column extends CostColumn>(
  columns: readonly Column[],
  tokensOf: (column: Column) => number,
  priceOf: (column: Column) => InputPrice | null,
): PromptCost[] {
  return columns.map((column) => {
    const price = priceOf(column);
    const tokens = tokensOf(column);
    return {
      columnId: column.id,
      tokens,
      amount: price
        ? { value: tokens * price.perToken, currency: price.currency, estimated: price.estimated }
        : null,
      approximate: !countsExactly(column.provider),
    };
  });
}

/** A price-table row's input price (the table lists USD prices); none when the model is unpriced. */
export function usdInputPrice(
  row: { inputUsdPerToken: number | null; estimated: boolean } | null,
): InputPrice | null {
  if (!row || row.inputUsdPerToken === null) return null;
  return { perToken: row.inputUsdPerToken, currency: 'USD', estimated: row.estimated };
}
