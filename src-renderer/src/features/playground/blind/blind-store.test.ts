import { beforeEach, describe, expect, it } from 'vitest';
import { drawBlindOrder, inBlindOrder, useBlind } from './blind-store.ts';

const columns = ['x', 'y', 'z'].map((id) => ({ id }));

describe('the blind round', () => {
  beforeEach(() => useBlind.setState({ enabled: false, round: null, saving: false, error: null }));

  it('draws a blind order that is a permutation of the columns', () => {
    expect(drawBlindOrder(['x', 'y', 'z']).sort()).toEqual(['x', 'y', 'z']);
  });

  it('begins on a blind run in the order drawn for it, unrevealed, remembering when it was asked for', () => {
    useBlind.getState().runStarted('run-1', ['z', 'x', 'y'], 1_000);
    expect(useBlind.getState().round).toEqual({
      runId: 'run-1',
      order: ['z', 'x', 'y'],
      requestedAt: 1_000,
      revealed: false,
      vote: null,
    });
  });

  it('ends when a run starts that is not blind', () => {
    useBlind.getState().runStarted('run-1', ['x', 'y'], 0);
    useBlind.getState().runStarted('run-2', null, 0);
    expect(useBlind.getState().round).toBeNull();
  });

  it('reveals without a vote, and turning Blind off reveals too', () => {
    useBlind.getState().runStarted('run-1', ['x', 'y'], 0);
    useBlind.getState().reveal();
    expect(useBlind.getState().round).toMatchObject({ revealed: true, vote: null });
    useBlind.getState().setEnabled(true);
    useBlind.getState().runStarted('run-2', ['y', 'x'], 0);
    useBlind.getState().setEnabled(false);
    expect(useBlind.getState().round).toMatchObject({ runId: 'run-2', revealed: true, vote: null });
  });

  it('shows a round’s columns in its order, then columns added since, as they were', () => {
    const round = { runId: 'r', order: ['z', 'x'], requestedAt: 0, revealed: false, vote: null };
    expect(inBlindOrder([...columns, { id: 'new' }], round).map((column) => column.id)).toEqual([
      'z',
      'x',
      'y',
      'new',
    ]);
    expect(inBlindOrder(columns, null).map((column) => column.id)).toEqual(['x', 'y', 'z']);
  });
});
