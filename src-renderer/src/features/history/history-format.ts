// How a History line reads: its date, its total cost and its winner. Pure.
import type { ModelRef } from '../../../../src-shared/domain.ts';
import { formatMoney } from '../../../../src-shared/format-money.ts';
import type { HistoryItem, MoneyTotal, VoteOutcome } from '../../../../src-shared/history.ts';

/**
 * "$0.0123"; "¥0.02 (~$0.0028)" when billed in CNY; "$0.01 + ¥0.02 (~$0.0128)" for both. Columns whose
 * price is unknown are left out of the sum and said: "$0.01 + 1 unpriced", or "price unknown" alone.
 */
export function moneyTotalText(total: MoneyTotal): string {
  const unpriced = total.unknownColumns > 0 ? `${total.unknownColumns} unpriced` : null;
  const priced = total.usd > 0 || total.cny > 0;
  if (!priced && unpriced) return 'price unknown';
  let text: string;
  if (total.cny > 0) {
    const cny = formatMoney(total.cny, 'CNY');
    const parts = total.usd > 0 ? `${formatMoney(total.usd)} + ${cny}` : cny;
    text = `${parts} (~${formatMoney(total.estimatedUsd)})`;
  } else {
    text = formatMoney(total.usd);
  }
  return unpriced ? `${text} + ${unpriced}` : text;
}

/** What hovering a total tells. */
export function moneyTotalTitle(total: MoneyTotal): string {
  const notes: string[] = [];
  if (total.cny > 0) notes.push('CNY is converted to USD at an approximate, dated rate');
  if (total.unknownColumns > 0) {
    const columns = total.unknownColumns === 1 ? '1 answer has' : `${total.unknownColumns} answers have`;
    notes.push(`${columns} no known price and ${total.unknownColumns === 1 ? 'is' : 'are'} not counted`);
  }
  return notes.length > 0 ? `${notes.join('; ')}.` : 'Every answer of the conversation, added up.';
}

const modelName = (ref: ModelRef) => `${ref.provider}/${ref.model}`;

/** The first turn's vote in words, or null when nobody voted. */
export function winnerText(winner: HistoryItem['winner']): string | null {
  if (winner === null) return null;
  if (winner === 'tie') return 'Tie';
  if (winner === 'both_bad') return 'Both bad';
  return modelName(winner);
}

const DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "Nov 27, 2026, 16:40" in the local time zone; the ISO text when it is not a date. */
export function historyDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE.format(time);
}

/** "1 turn", "3 turns". */
export const turnsText = (count: number): string => `${count} ${count === 1 ? 'turn' : 'turns'}`;

/** A turn's vote in words, each column by its label: "A better: x", "Tie", "Best: x", "Ranked: x > y". */
export function voteText(outcome: VoteOutcome, labels: ReadonlyMap<string, string>): string {
  const name = (columnId: string) => labels.get(columnId) ?? 'a removed column';
  switch (outcome.kind) {
    case 'pair':
      if (outcome.result === 'tie') return `Tie between ${name(outcome.a)} and ${name(outcome.b)}`;
      if (outcome.result === 'both_bad') return `Both bad: ${name(outcome.a)} and ${name(outcome.b)}`;
      return `Better: ${name(outcome.result === 'a' ? outcome.a : outcome.b)}`;
    case 'best':
      return `Best: ${name(outcome.best)}`;
    case 'ranking':
      return `Ranked: ${outcome.order.map(name).join(' > ')}`;
  }
}
