import type { MoneyTotal } from '../../../src-shared/history.ts';
import { CNY_PER_USD } from '../../../src-shared/pricing.ts';

/** Sums as SQL gives them (total() of the USD-billed and CNY-billed costs, count of unknown ones). */
export interface MoneySums {
  usd: number;
  cny: number;
  unknown: number;
}

export function moneyTotal({ usd, cny, unknown }: MoneySums): MoneyTotal {
  return { usd, cny, estimatedUsd: usd + cny / CNY_PER_USD.rate, unknownColumns: unknown };
}

export const NO_MONEY: MoneyTotal = moneyTotal({ usd: 0, cny: 0, unknown: 0 });

export function addMoney(a: MoneyTotal, b: MoneyTotal): MoneyTotal {
  return moneyTotal({ usd: a.usd + b.usd, cny: a.cny + b.cny, unknown: a.unknownColumns + b.unknownColumns });
}
