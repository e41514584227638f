import { describe, expect, it } from 'vitest';
import type { CostColumn, InputPrice } from '../composer/prompt-cost.ts';
import { blindPromptTotal, blindPromptTotalText } from './blind-prompt-total.ts';

const COLUMNS: CostColumn[] = [
  { id: 'a', provider: 'openai', model: 'gpt-5-mini' },
  { id: 'b', provider: 'openai', model: 'gpt-5' },
];
// $1 and $3 per million input tokens.
const PRICES = new Map<string, InputPrice>([
  ['a', { perToken: 1e-6, currency: 'USD', estimated: false }],
  ['b', { perToken: 3e-6, currency: 'USD', estimated: false }],
]);
const priceOf = (column: CostColumn) => PRICES.get(column.id) ?? null;
const history = (a: number, b: number) =>
  new Map([
    ['a', { tokens: a }],
    ['b', { tokens: b }],
  ]);

describe('blindPromptTotal', () => {
  it('counts every column with the earlier turns’ average, so it cannot tell whose hidden answer is longer', () => {
    // Prompt 10 tokens; earlier turns 0 and 100, averaged to 50: 60 × $1/M + 60 × $3/M.
    const total = blindPromptTotal(COLUMNS, 10, history(0, 100), priceOf);
    expect(total.amounts).toHaveLength(1);
    expect(total.amounts[0]?.currency).toBe('USD');
    expect(total.amounts[0]?.value).toBeCloseTo(0.00024, 12);
    // The histories swapped between the columns: the same total to the last digit.
    expect(blindPromptTotal(COLUMNS, 10, history(100, 0), priceOf)).toEqual(total);
    expect(total.approximate).toBe(true);
  });

  it('is exact without earlier turns, at list prices counted with the model’s own tokenizer', () => {
    const total = blindPromptTotal(COLUMNS, 1_000, history(0, 0), priceOf);
    expect(total.amounts[0]?.value).toBeCloseTo(0.004, 12);
    expect(total.approximate).toBe(false);
  });

  it('keeps CNY apart from USD and counts the columns nobody prices, never as $0', () => {
    const columns: CostColumn[] = [
      ...COLUMNS,
      { id: 'c', provider: 'minimax', model: 'MiniMax-M2.7' },
      { id: 'd', provider: 'custom', model: 'llama3.2' },
    ];
    const prices = new Map(PRICES).set('c', { perToken: 2.1e-6, currency: 'CNY', estimated: false });
    const total = blindPromptTotal(columns, 1_000, null, (column) => prices.get(column.id) ?? null);
    expect(total.amounts.map((amount) => amount.currency)).toEqual(['USD', 'CNY']);
    expect(total.amounts[1]?.value).toBeCloseTo(0.0021, 12);
    expect(total.unpriced).toBe(1);
    expect(total.columns).toBe(4);
    expect(blindPromptTotalText(total)).toBe('~$0.004 + ~¥0.0021 in all 4 columns · 1 price unknown');
  });

  it('says so when no column has a price', () => {
    const total = blindPromptTotal(COLUMNS, 1_000, null, () => null);
    expect(blindPromptTotalText(total)).toBe('price unknown in all 2 columns');
  });

  it('writes an exact total without a tilde', () => {
    expect(blindPromptTotalText(blindPromptTotal(COLUMNS, 1_000, history(0, 0), priceOf))).toBe(
      '$0.004 in all 2 columns',
    );
  });
});
