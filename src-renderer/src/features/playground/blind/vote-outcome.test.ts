import { describe, expect, it } from 'vitest';
import { pairOutcome, voteSentence } from './vote-outcome.ts';

const models = new Map([
  ['x', 'openai/gpt-5'],
  ['y', 'minimax/MiniMax-M2.7'],
  ['z', 'deepseek/deepseek-chat'],
]);
const modelOf = (id: string) => models.get(id) ?? id;

describe('blind votes', () => {
  it('a pair vote names the columns as shown: Model A first', () => {
    expect(pairOutcome(['y', 'x'], 'b')).toEqual({ kind: 'pair', a: 'y', b: 'x', result: 'b' });
  });

  it('reads each kind of vote with the blind names and the models behind them', () => {
    const order = ['y', 'z', 'x'];
    expect(voteSentence(pairOutcome(['y', 'x'], 'b'), ['y', 'x'], modelOf)).toBe(
      'Model B (openai/gpt-5) was better',
    );
    expect(voteSentence(pairOutcome(['y', 'x'], 'both_bad'), ['y', 'x'], modelOf)).toBe(
      'Model A (minimax/MiniMax-M2.7) and Model B (openai/gpt-5) were both bad',
    );
    expect(voteSentence({ kind: 'best', best: 'x' }, order, modelOf)).toBe('Model C (openai/gpt-5) was best');
    expect(voteSentence({ kind: 'ranking', order: ['z', 'x', 'y'] }, order, modelOf)).toBe(
      'Ranked Model B (deepseek/deepseek-chat) > Model C (openai/gpt-5) > Model A (minimax/MiniMax-M2.7)',
    );
  });
});
