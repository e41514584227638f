import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArenaError } from '../../../../../src-shared/domain.ts';
import { drawBlindOrder, inBlindOrder, useBlind } from './blind-store.ts';

const columns = ['x', 'y', 'z'].map((id) => ({ id }));

/** history.reveal as main answers it: every call recorded, refused with `refusal` when set. */
function revealBridge(refusal: ArenaError | null = null) {
  const calls: { runId: string }[] = [];
  const reveal = async (request: { runId: string }) => {
    calls.push(request);
    return refusal
      ? { ok: false as const, error: refusal }
      : { ok: true as const, value: { revealedAt: '2026-11-27T10:00:00Z' } };
  };
  vi.stubGlobal('window', { arena: { history: { reveal } } });
  return calls;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the blind round', () => {
  beforeEach(() => useBlind.setState({ enabled: false, round: null, saving: false, error: null }));
  afterEach(() => vi.unstubAllGlobals());

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

  it('reveals without a vote, and turning Blind off reveals too, each stored with its run once', async () => {
    const calls = revealBridge();
    useBlind.getState().runStarted('run-1', ['x', 'y'], 0);
    useBlind.getState().reveal();
    expect(useBlind.getState().round).toMatchObject({ revealed: true, vote: null });
    useBlind.getState().setEnabled(true);
    useBlind.getState().runStarted('run-2', ['y', 'x'], 0);
    useBlind.getState().setEnabled(false);
    expect(useBlind.getState().round).toMatchObject({ runId: 'run-2', revealed: true, vote: null });
    useBlind.getState().reveal();
    await settle();
    expect(calls).toEqual([{ runId: 'run-1' }, { runId: 'run-2' }]);
  });

  it('says when History could not record the reveal, the names shown all the same', async () => {
    revealBridge({ kind: 'internal', message: 'History is not available.' });
    useBlind.getState().runStarted('run-1', ['x', 'y'], 0);
    useBlind.getState().reveal();
    await settle();
    expect(useBlind.getState().round?.revealed).toBe(true);
    expect(useBlind.getState().error).toBe(
      "History could not record the reveal (History is not available.): it keeps this run's names hidden until you reveal them there.",
    );
  });

  it('shows a round’s names once History revealed its run, and no other round’s', () => {
    const calls = revealBridge();
    useBlind.getState().runStarted('run-1', ['x', 'y'], 0);
    useBlind.getState().revealedElsewhere('run-0');
    expect(useBlind.getState().round?.revealed).toBe(false);
    useBlind.getState().revealedElsewhere('run-1');
    expect(useBlind.getState().round?.revealed).toBe(true);
    expect(calls).toEqual([]);
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
