// Money added up across answers, and how a total is written: what was billed in USD and in CNY kept
// apart, both together as estimated USD (CNY converted at the dated rate). Pure.
import type { Usage } from '../../../../src-shared/domain.ts';
import { formatMoney } from '../../../../src-shared/format-money.ts';
import type { MoneyTotal } from '../../../../src-shared/history.ts';
import type { CostResult } from '../../../../src-shared/pricing.ts';

export const NO_MONEY: MoneyTotal = { usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 0 };

/** What an answer cost, as its column's end reports it. */
export interface PricedAnswer {
  cost: CostResult | null;
  usage: Usage | null;
}

/**
 * The total with one more answer: its cost in the currency billed; an answer that used tokens at a
 * price nobody knows is counted apart (never as $0); one that used none (it failed first) adds nothing.
 */
export function addAnswer(total: MoneyTotal, { cost, usage }: PricedAnswer): MoneyTotal {
  if (!cost) return usage ? { ...total, unknownColumns: total.unknownColumns + 1 } : total;
  const estimatedUsd = total.estimatedUsd + cost.usd;
  if (cost.billed) return { ...total, cny: total.cny + cost.billed.amount, estimatedUsd };
  return { ...total, usd: total.usd + cost.usd, estimatedUsd };
}

export function sumAnswers(answers: Iterable<PricedAnswer>): MoneyTotal {
  let total = NO_MONEY;
  for (const answer of answers) total = addAnswer(total, answer);
  return total;
}

/**
 * "$0.0123"; "¥0.005376 (~$0.0007572)" when all of it was billed in CNY; "$0.0123 + ¥0.005376
 * (~$0.01306 in all)" when both were. The CNY amount is exact, the USD beside it estimated.
 */
export function formatMoneyTotal(total: MoneyTotal): string {
  if (total.cny <= 0) return formatMoney(total.usd);
  const estimate = `~${formatMoney(total.estimatedUsd)}`;
  const cny = formatMoney(total.cny, 'CNY');
  if (total.usd <= 0) return `${cny} (${estimate})`;
  return `${formatMoney(total.usd)} + ${cny} (${estimate} in all)`;
}

/** "1 answer had no known cost", "3 answers had no known cost"; null when every answer was priced. */
export function unpricedText(total: MoneyTotal): string | null {
  const count = total.unknownColumns;
  if (count <= 0) return null;
  return `${count} ${count === 1 ? 'answer' : 'answers'} had no known cost`;
}

export interface MoneyCellTexts {
  /** What was billed, each currency as billed: "$0.002", "¥0.0071", "$0.002 + ¥0.0071" (no break after "+"). */
  billed: string;
  /** Everything in USD, "~" where CNY was converted. */
  total: string;
  /** How many answers had no known cost. */
  unknown: string;
}

const DASH = '—';

/**
 * A spending table's money cells. A row whose every answer had no known cost says "unknown" (and a
 * dash for what was billed), never $0; a free one says $0.00.
 */
export function moneyCells(total: MoneyTotal): MoneyCellTexts {
  const unknown = total.unknownColumns > 0 ? String(total.unknownColumns) : DASH;
  if (total.usd <= 0 && total.cny <= 0) {
    return total.unknownColumns > 0
      ? { billed: DASH, total: 'unknown', unknown }
      : { billed: formatMoney(0), total: formatMoney(0), unknown };
  }
  const parts = [
    ...(total.usd > 0 ? [formatMoney(total.usd)] : []),
    ...(total.cny > 0 ? [formatMoney(total.cny, 'CNY')] : []),
  ];
  const estimate = formatMoney(total.estimatedUsd);
  return { billed: parts.join(' +\u00a0'), total: total.cny > 0 ? `~${estimate}` : estimate, unknown };
}
