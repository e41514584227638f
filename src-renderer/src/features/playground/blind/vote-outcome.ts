// The vote a blind round's buttons make, and how it reads once the names are revealed.
import type { VoteOutcome } from '../../../../../src-shared/history.ts';
import { blindName } from './shuffle.ts';

export type PairResult = 'a' | 'b' | 'tie' | 'both_bad';

/** Two columns: Model A against Model B, in the order shown. */
export function pairOutcome(order: readonly string[], result: PairResult): VoteOutcome {
  return { kind: 'pair', a: order[0]!, b: order[1]!, result };
}

/** "Model B (openai/gpt-5) was best": the vote in words, each blind name followed by the model. */
export function voteSentence(
  outcome: VoteOutcome,
  order: readonly string[],
  modelOf: (columnId: string) => string,
): string {
  const named = (columnId: string) => {
    const position = order.indexOf(columnId);
    const model = modelOf(columnId);
    return position < 0 ? model : `${blindName(position)} (${model})`;
  };
  switch (outcome.kind) {
    case 'pair':
      if (outcome.result === 'tie') return `${named(outcome.a)} and ${named(outcome.b)} tied`;
      if (outcome.result === 'both_bad') return `${named(outcome.a)} and ${named(outcome.b)} were both bad`;
      return `${named(outcome.result === 'a' ? outcome.a : outcome.b)} was better`;
    case 'best':
      return `${named(outcome.best)} was best`;
    case 'ranking':
      return `Ranked ${outcome.order.map(named).join(' > ')}`;
  }
}
