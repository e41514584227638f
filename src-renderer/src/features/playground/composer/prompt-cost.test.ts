import { describe, expect, it } from 'vitest';
import { type CostColumn, type InputPrice, promptCosts, usdInputPrice } from './prompt-cost.ts';

const COLUMNS: CostColumn[] = [
  { id: 'a', provider: 'openai', model: 'gpt-5-mini' },
  { id: 'b', provider: 'minimax', model: 'MiniMax-M2.7' },
  { id: 'c', provider: 'custom', model: 'llama3.2' },
  { id: 'd', provider: 'minimax', model: 'MiniMax-M2.7' },
];

// $0.25 and $0.30 per million input tokens; the second MiniMax column is billed in China, ¥2.10 per million.
const PRICES = new Map<string, InputPrice>([
  ['a', { perToken: 0.25e-6, currency: 'USD', estimated: false }],
  ['b', { perToken: 0.3e-6, currency: 'USD', estimated: false }],
  ['d', { perToken: 2.1e-6, currency: 'CNY', estimated: false }],
]);

describe('promptCosts', () => {
  const costs = promptCosts(
    COLUMNS,
    () => 2_000,
    (column) => PRICES.get(column.id) ?? null,
  );
  const byId = new Map(costs.map((cost) => [cost.columnId, cost]));

  it('multiplies the prompt’s tokens by each column’s input price, in the currency it is billed in', () => {
    expect(byId.get('a')?.amount?.value).toBeCloseTo(0.0005, 12);
    expect(byId.get('b')?.amount?.value).toBeCloseTo(0.0006, 12);
    expect(byId.get('d')?.amount).toMatchObject({ currency: 'CNY' });
    expect(byId.get('d')?.amount?.value).toBeCloseTo(0.0042, 12);
  });

  it('bills each column the tokens it sends: the prompt plus its own earlier turns', () => {
    const tokens = new Map([
      ['a', 2_000],
      ['b', 12_000],
    ]);
    const withHistory = promptCosts(
      COLUMNS.slice(0, 2),
      (column) => tokens.get(column.id) ?? 0,
      (column) => PRICES.get(column.id) ?? null,
    );
    expect(withHistory[0]?.amount?.value).toBeCloseTo(0.0005, 12);
    expect(withHistory[1]?.amount?.value).toBeCloseTo(0.0036, 12);
    expect(withHistory.map((cost) => cost.tokens)).toEqual([2_000, 12_000]);
  });

  it('says nothing (price unknown) for an unpriced model instead of $0', () => {
    expect(byId.get('c')?.amount).toBeNull();
  });

  it('marks every column but OpenAI’s as counted with another tokenizer', () => {
    expect(costs.map((cost) => cost.approximate)).toEqual([false, true, true, true]);
  });
});

describe('usdInputPrice', () => {
  it('reads the table row’s input price, and none when the row or its price is missing', () => {
    expect(usdInputPrice({ inputUsdPerToken: 1e-6, estimated: true })).toEqual({
      perToken: 1e-6,
      currency: 'USD',
      estimated: true,
    });
    expect(usdInputPrice({ inputUsdPerToken: null, estimated: false })).toBeNull();
    expect(usdInputPrice(null)).toBeNull();
  });
});
