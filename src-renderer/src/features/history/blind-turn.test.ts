import { describe, expect, it } from 'vitest';
import type { Conversation, StoredColumn, StoredTurn } from '../../../../src-shared/history.ts';
import { hiddenTurnLabels, namesHidden, shownColumns, withTurnRevealed } from './blind-turn.ts';

const column = (columnId: string): StoredColumn => ({
  columnId,
  provider: 'openai',
  model: `model-${columnId}`,
  state: 'done',
  text: `answer of ${columnId}`,
  reasoning: '',
  toolCalls: [],
  usage: null,
  finishReason: 'stop',
  error: null,
  timing: null,
  cost: null,
  truncated: false,
});

function turn(patch: Partial<StoredTurn> = {}): StoredTurn {
  return {
    runId: 'run-1',
    conversationId: 'conv-1',
    turnIndex: 0,
    startedAt: '2026-11-27T10:00:00Z',
    prompt: 'Which sort?',
    system: null,
    params: {},
    columns: ['x', 'y', 'z'].map(column),
    blind: true,
    shownOrder: ['z', 'x', 'y'],
    revealed: false,
    vote: null,
    ...patch,
  };
}

const ids = (columns: readonly StoredColumn[]) => columns.map((entry) => entry.columnId);

describe('a blind turn in History', () => {
  it('hides the names of a blind turn neither voted on nor revealed', () => {
    expect(namesHidden(turn())).toBe(true);
    expect(namesHidden(turn({ revealed: true }))).toBe(false);
    expect(namesHidden(turn({ blind: false }))).toBe(false);
  });

  it('shows a hidden turn’s columns in the order the Playground showed them, lettered in that order', () => {
    expect(ids(shownColumns(turn()))).toEqual(['z', 'x', 'y']);
    expect([...hiddenTurnLabels(turn())]).toEqual([
      ['z', 'Model A'],
      ['x', 'Model B'],
      ['y', 'Model C'],
    ]);
  });

  it('keeps the stored order once revealed (as the Playground does), and for a run stored without an order', () => {
    expect(ids(shownColumns(turn({ revealed: true })))).toEqual(['x', 'y', 'z']);
    expect(ids(shownColumns(turn({ shownOrder: null })))).toEqual(['x', 'y', 'z']);
    expect([...hiddenTurnLabels(turn({ shownOrder: null })).values()]).toEqual([
      'Model A',
      'Model B',
      'Model C',
    ]);
  });

  it('puts a column the stored order does not name after the ones it does, never dropping one', () => {
    expect(ids(shownColumns(turn({ shownOrder: ['y', 'gone', 'x'] })))).toEqual(['y', 'x', 'z']);
  });

  it('marks one turn of a conversation revealed, the others as they were', () => {
    const conversation: Conversation = {
      conversationId: 'conv-1',
      createdAt: '2026-11-27T10:00:00Z',
      updatedAt: '2026-11-27T10:01:00Z',
      turns: [turn(), turn({ runId: 'run-2', turnIndex: 1 })],
      total: { usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 0 },
    };
    const revealed = withTurnRevealed(conversation, 'run-2');
    expect(revealed.turns.map((entry) => entry.revealed)).toEqual([false, true]);
    expect(conversation.turns[1]?.revealed).toBe(false);
  });
});
