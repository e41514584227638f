import { beforeEach, describe, expect, it } from 'vitest';
import { inBlindOrder, useBlind } from './blind-store.ts';

const columns = ['x', 'y', 'z'].map((id) => ({ id }));

describe('the blind round', () => {
  beforeEach(() => useBlind.setState({ enabled: false, round: null, saving: false, error: null }));

  it('begins on a blind run in an order that is a permutation of its columns, unrevealed', () => {
    useBlind.getState().runStarted('run-1', ['x', 'y', 'z'], true);
    const round = useBlind.getState().round;
    expect(round).toMatchObject({ runId: 'run-1', revealed: false, vote: null });
    expect([...(round?.order ?? [])].sort()).toEqual(['x', 'y', 'z']);
  });

  it('ends when a run starts that is not blind', () => {
    useBlind.getState().runStarted('run-1', ['x', 'y'], true);
    useBlind.getState().runStarted('run-2', ['x', 'y'], false);
    expect(useBlind.getState().round).toBeNull();
  });

  it('reveals without a vote, and turning Blind off reveals too', () => {
    useBlind.getState().runStarted('run-1', ['x', 'y'], true);
    useBlind.getState().reveal();
    expect(useBlind.getState().round).toMatchObject({ revealed: true, vote: null });
    useBlind.getState().setEnabled(true);
    useBlind.getState().runStarted('run-2', ['x', 'y'], true);
    useBlind.getState().setEnabled(false);
    expect(useBlind.getState().round).toMatchObject({ runId: 'run-2', revealed: true, vote: null });
  });

  it('shows a round’s columns in its order, then columns added since, as they were', () => {
    const round = { runId: 'r', order: ['z', 'x'], revealed: false, vote: null };
    expect(inBlindOrder([...columns, { id: 'new' }], round).map((column) => column.id)).toEqual([
      'z',
      'x',
      'y',
      'new',
    ]);
    expect(inBlindOrder(columns, null).map((column) => column.id)).toEqual(['x', 'y', 'z']);
  });
});
