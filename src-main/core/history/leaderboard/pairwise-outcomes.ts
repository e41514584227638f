// A vote read as pairwise outcomes between models: what the Bradley–Terry fit counts.
import type { ModelRef } from '../../../../src-shared/domain.ts';
import type { StoredColumn, StoredVote } from '../../../../src-shared/history.ts';

/** A voted turn as the leaderboard needs it: who answered in which column, and the vote. */
export interface VotedTurn {
  columns: readonly Pick<StoredColumn, 'columnId' | 'provider' | 'model'>[];
  vote: StoredVote;
}

/** One pairwise outcome between two different models: `first` won, or it was a tie. */
export interface PairOutcome {
  first: ModelRef;
  second: ModelRef;
  result: 'first' | 'tie';
}

/** Ordered pairs (winner first) of the column ids a vote ranks, or ties. */
function columnPairs(vote: StoredVote): { first: string; second: string; tie: boolean }[] {
  const { outcome } = vote;
  switch (outcome.kind) {
    case 'pair':
      if (outcome.result === 'b') return [{ first: outcome.b, second: outcome.a, tie: false }];
      // 'both_bad' is a tie between two bad answers: neither is preferred.
      return [{ first: outcome.a, second: outcome.b, tie: outcome.result !== 'a' }];
    case 'best':
      // The best beats each of the other columns shown; the others are not ranked among themselves.
      return vote.shownOrder
        .filter((columnId) => columnId !== outcome.best)
        .map((columnId) => ({ first: outcome.best, second: columnId, tie: false }));
    case 'ranking':
      return outcome.order.flatMap((winner, at) =>
        outcome.order.slice(at + 1).map((loser) => ({ first: winner, second: loser, tie: false })),
      );
  }
}

const sameModel = (a: ModelRef, b: ModelRef) => a.provider === b.provider && a.model === b.model;

/**
 * Every pairwise outcome a voted turn holds: a pair vote is one, "best of n" n − 1 (the best against
 * each other column shown), a ranking of n all n(n − 1)/2 pairs. Column ids the turn does not have are
 * skipped, and so is a pair of columns of the same model (a duplicate says nothing about the model).
 */
export function pairwiseOutcomes(turn: VotedTurn): PairOutcome[] {
  const byId = new Map(turn.columns.map((column) => [column.columnId, column] as const));
  const outcomes: PairOutcome[] = [];
  const seen = new Set<string>();
  for (const { first, second, tie } of columnPairs(turn.vote)) {
    const a = byId.get(first);
    const b = byId.get(second);
    const key = `${first}\u0000${second}`;
    if (!a || !b || first === second || seen.has(key) || sameModel(a, b)) continue;
    seen.add(key);
    outcomes.push({
      first: { provider: a.provider, model: a.model },
      second: { provider: b.provider, model: b.model },
      result: tie ? 'tie' : 'first',
    });
  }
  return outcomes;
}
