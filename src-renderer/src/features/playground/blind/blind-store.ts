// Blind mode: while a round is unrevealed, the Playground shows its columns shuffled as "Model A",
// "Model B", … with no name, tier, quality or cost, until you vote (stored with the run) or reveal.
import { create } from 'zustand';
import type { StoredVote, VoteOutcome } from '../../../../../src-shared/history.ts';
import { getArena } from '../../../lib/arena.ts';
import { usePrices } from '../../prices/prices-store.ts';
import { useReadOnlyColumns } from '../column-run-source.ts';
import { blindName, shuffled } from './shuffle.ts';

export interface BlindRound {
  runId: string;
  /** The run's column ids in the order shown: Model A first. Fixed for the round. */
  order: string[];
  /** When the window asked for the run (epoch ms): Spending holds back that day on until the vote. */
  requestedAt: number;
  revealed: boolean;
  /** The vote as main stored it, once saved. */
  vote: StoredVote | null;
}

interface BlindState {
  /** The toggle: the next new turn runs blind. */
  enabled: boolean;
  round: BlindRound | null;
  saving: boolean;
  error: string | null;
  /** Turning blind off during a round reveals it without a vote. */
  setEnabled(enabled: boolean): void;
  /**
   * A new turn's run started: a blind one (with the order drawn for it before it started, see
   * drawBlindOrder) begins a round; any other ends the last round.
   */
  runStarted(runId: string, blindOrder: readonly string[] | null, requestedAt: number): void;
  /** Stores the vote with the run, then reveals; on failure the round stays hidden and says why. */
  vote(outcome: VoteOutcome): Promise<void>;
  /** Shows the names without voting, and stores that they were shown (History shows them too). */
  reveal(): void;
  /** This run's names were shown elsewhere (History stored it): a round of it shows them here too. */
  revealedElsewhere(runId: string): void;
  end(): void;
}

export const useBlind = create<BlindState>((set, get) => ({
  enabled: false,
  round: null,
  saving: false,
  error: null,
  setEnabled: (enabled) => {
    set({ enabled });
    if (!enabled) get().reveal();
  },
  runStarted: (runId, blindOrder, requestedAt) =>
    set({
      round: blindOrder ? { runId, order: [...blindOrder], requestedAt, revealed: false, vote: null } : null,
      saving: false,
      error: null,
    }),
  vote: async (outcome) => {
    const round = hiddenRound(get());
    const arena = getArena();
    if (!round || get().saving || !arena) return;
    set({ saving: true, error: null });
    const result = await arena.history.vote({ runId: round.runId, outcome, shownOrder: round.order });
    if (get().round?.runId !== round.runId) return;
    if (!result.ok) {
      set({ saving: false, error: `Your vote was not saved: ${result.error.message}` });
      return;
    }
    set({ saving: false, round: { ...round, revealed: true, vote: result.value } });
    // The vote moved your ratings: the prices table (quality and tiers on "Your votes") is read again.
    if (usePrices.getState().table) void usePrices.getState().load();
  },
  reveal: () => {
    const round = hiddenRound(get());
    if (!round) return;
    set({ round: { ...round, revealed: true }, error: null });
    const arena = getArena();
    if (!arena) return;
    void arena.history.reveal({ runId: round.runId }).then((result) => {
      if (result.ok || get().round?.runId !== round.runId) return;
      set({
        error: `History could not record the reveal (${result.error.message}): it keeps this run's names hidden until you reveal them there.`,
      });
    });
  },
  revealedElsewhere: (runId) => {
    const round = hiddenRound(get());
    if (round?.runId === runId) set({ round: { ...round, revealed: true }, error: null });
  },
  end: () => set({ round: null, saving: false, error: null }),
}));

/** The round waiting for a vote or a reveal (its names, costs and tokens hidden); else null. */
export const hiddenRound = (state: Pick<BlindState, 'round'>): BlindRound | null =>
  state.round && !state.round.revealed ? state.round : null;

/** Whether the next new turn should run blind (read as it starts). */
export const blindRunWanted = (): boolean => useBlind.getState().enabled;

/** A blind run's columns in a fresh random order, drawn before it starts so the store keeps it too. */
export const drawBlindOrder = (columnIds: readonly string[]): string[] => shuffled(columnIds);

/** This column's blind name ("Model B") while a round includes it, revealed or not; else null. */
export function useBlindName(columnId: string): string | null {
  return useBlind((state) => {
    const position = state.round?.order.indexOf(columnId) ?? -1;
    return position < 0 ? null : blindName(position);
  });
}

/** Whether this column's name, tier, quality and cost are hidden now. */
export function useBlindMasked(columnId: string): boolean {
  const readOnly = useReadOnlyColumns();
  const live = useBlind((state) => Boolean(hiddenRound(state)?.order.includes(columnId)));
  // A stored turn (History) says which of its columns are hidden: the live round, whose column ids a
  // stored turn may share, is not about it.
  return readOnly ? readOnly.masked.has(columnId) : live;
}

/** Whether a round is hidden now (the summary waits for the vote). */
export const useRoundHidden = (): boolean => useBlind((state) => hiddenRound(state) !== null);

/** The columns as shown: a round's in its order first, then any added since, as they were. */
export function inBlindOrder<T extends { id: string }>(columns: readonly T[], round: BlindRound | null): T[] {
  if (!round) return [...columns];
  const byId = new Map(columns.map((column) => [column.id, column] as const));
  const first = round.order.flatMap((id) => byId.get(id) ?? []);
  const rest = columns.filter((column) => !round.order.includes(column.id));
  return [...first, ...rest];
}
