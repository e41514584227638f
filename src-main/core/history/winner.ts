import type { ModelRef } from '../../../src-shared/domain.ts';
import type { HistoryItem, VoteOutcome } from '../../../src-shared/history.ts';

/** The column a vote puts first, or how it ended when no column won. */
export function winningColumn(outcome: VoteOutcome): string | 'tie' | 'both_bad' {
  switch (outcome.kind) {
    case 'pair':
      if (outcome.result === 'a') return outcome.a;
      if (outcome.result === 'b') return outcome.b;
      return outcome.result;
    case 'best':
      return outcome.best;
    case 'ranking':
      return outcome.order[0]!;
  }
}

/** The winner named by its model; null when the column is not among the run's (never, once validated). */
export function namedWinner(
  outcome: VoteOutcome,
  columns: ReadonlyMap<string, ModelRef>,
): HistoryItem['winner'] {
  const winner = winningColumn(outcome);
  if (winner === 'tie' || winner === 'both_bad') return winner;
  return columns.get(winner) ?? null;
}
