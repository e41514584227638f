import { describe, expect, it } from 'vitest';
import { cnyCost, usdCost as usd } from '../../../../src-shared/pricing-test-support.ts';
import {
  addAnswer,
  formatMoneyTotal,
  moneyCells,
  NO_MONEY,
  sumAnswers,
  unpricedText,
} from './money-total.ts';

const usage = {
  inputTokens: 1000,
  outputTokens: 500,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
};
// 7.1 CNY per USD, the dated rate in src-shared/pricing.ts.
const cny = (amount: number) => cnyCost(amount, amount / 7.1);

describe('adding answers up', () => {
  it('keeps USD and CNY apart, with both together as estimated USD', () => {
    const total = sumAnswers([
      { cost: usd(0.001205), usage },
      { cost: usd(0.00099), usage },
      { cost: cny(0.0071), usage },
    ]);
    expect(total.usd).toBeCloseTo(0.002195, 12);
    expect(total.cny).toBeCloseTo(0.0071, 12);
    expect(total.estimatedUsd).toBeCloseTo(0.002195 + 0.001, 12);
    expect(total.unknownColumns).toBe(0);
  });

  it('counts an answer that used tokens at an unknown price apart, and one that used none not at all', () => {
    const total = sumAnswers([
      { cost: usd(0.002), usage },
      { cost: null, usage },
      { cost: null, usage: null },
    ]);
    expect(total).toEqual({ usd: 0.002, cny: 0, estimatedUsd: 0.002, unknownColumns: 1 });
  });

  it('does not change the total it is given', () => {
    const before = { ...NO_MONEY };
    addAnswer(before, { cost: usd(1), usage });
    expect(before).toEqual(NO_MONEY);
  });
});

describe('writing a total', () => {
  it('is plain dollars when nothing was billed in CNY', () => {
    expect(formatMoneyTotal({ usd: 0.0123, cny: 0, estimatedUsd: 0.0123, unknownColumns: 0 })).toBe(
      '$0.0123',
    );
    expect(formatMoneyTotal(NO_MONEY)).toBe('$0.00');
  });

  it('shows CNY as CNY with the estimated USD beside it', () => {
    expect(formatMoneyTotal({ usd: 0, cny: 0.005376, estimatedUsd: 0.0007572, unknownColumns: 0 })).toBe(
      '¥0.005376 (~$0.0007572)',
    );
  });

  it('shows both currencies and the estimate of everything when both were billed', () => {
    expect(formatMoneyTotal({ usd: 0.0123, cny: 0.0071, estimatedUsd: 0.0133, unknownColumns: 0 })).toBe(
      '$0.0123 + ¥0.0071 (~$0.0133 in all)',
    );
  });

  it('says how many answers had no known cost', () => {
    expect(unpricedText(NO_MONEY)).toBeNull();
    expect(unpricedText({ ...NO_MONEY, unknownColumns: 1 })).toBe('1 answer had no known cost');
    expect(unpricedText({ ...NO_MONEY, unknownColumns: 3 })).toBe('3 answers had no known cost');
  });
});

describe('a table row of money', () => {
  it('says what was billed in its own currency, and the total marked "~" when CNY was converted', () => {
    expect(moneyCells({ usd: 0.00218, cny: 0, estimatedUsd: 0.00218, unknownColumns: 0 })).toEqual({
      billed: '$0.00218',
      total: '$0.00218',
      unknown: '—',
    });
    expect(moneyCells({ usd: 0, cny: 0.01197, estimatedUsd: 0.001686, unknownColumns: 1 })).toEqual({
      billed: '¥0.01197',
      total: '~$0.001686',
      unknown: '1',
    });
    expect(moneyCells({ usd: 0.002, cny: 0.0071, estimatedUsd: 0.003, unknownColumns: 0 })).toMatchObject({
      // A break may come before the "+", never between it and the amount it adds.
      billed: '$0.002 +\u00a0¥0.0071',
      total: '~$0.003',
    });
  });

  it('says a free row cost $0.00 but one of unknown cost only is "unknown", never $0', () => {
    expect(moneyCells(NO_MONEY)).toEqual({ billed: '$0.00', total: '$0.00', unknown: '—' });
    expect(moneyCells({ ...NO_MONEY, unknownColumns: 2 })).toEqual({
      billed: '—',
      total: 'unknown',
      unknown: '2',
    });
  });
});
