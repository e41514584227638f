// The Playground's runs: starting them (first turns and follow-ups), cancelling and retrying, and
// the events from main applied once per animation frame. Each column reads only its own slice.
import { create, useStore } from 'zustand';
import type { CompareRequest } from '../../../../src-shared/compare.ts';
import type { ArenaError } from '../../../../src-shared/domain.ts';
import type { MoneyTotal } from '../../../../src-shared/history.ts';
import { getArena } from '../../lib/arena.ts';
import { providerName } from '../../lib/use-providers.ts';
import { useKeys } from '../keys/keys-store.ts';
import { blindRunWanted, drawBlindOrder, useBlind } from './blind/blind-store.ts';
import { useReadOnlyColumns } from './column-run-source.ts';
import { createEventPump } from './event-pump.ts';
import { buildCompareRequest, columnNamedBy, requestProblem, withStoredKeys } from './run-request.ts';
import {
  anyActive,
  applyUpdates,
  type ColumnRun,
  emptyRunSlice,
  keepColumns,
  type RunSlice,
  startedColumn,
} from './run-state.ts';
import { type PlaygroundColumn, usePlaygroundSetup } from './setup-store.ts';

export interface StartError {
  error: ArenaError;
  /** The column the error is about, when it names one. */
  columnId: string | null;
}

interface RunStore extends RunSlice {
  /** True while a column waits for or receives an answer, or a run is being started. */
  running: boolean;
  startError: StartError | null;
  /** The conversation follow-ups continue (main names it on the first run); null before it. */
  conversationId: string | null;
  /** A new turn in every column: the first, or a follow-up sending each column's conversation. */
  run(prompt: string): Promise<void>;
  cancelAll(): void;
  cancel(columnId: string): void;
  /** Sends that column's last prompt again, with the same earlier turns. */
  retry(columnId: string): Promise<void>;
  retryFailed(): Promise<void>;
  /** Forgets every column's conversation and answer (cancelling what still runs). */
  newConversation(): void;
  isRunning(): boolean;
  dismissStartError(): void;
  /** Shows a stored conversation's columns (from History) so the next prompt follows it up. */
  resumeConversation(conversationId: string, columns: ReadonlyMap<string, ColumnRun>, cost: MoneyTotal): void;
}

/** Starts in flight: cancelling all before main answers cancels them as soon as it does. */
const starting = new Set<{ cancelled: boolean }>();

const pump = createEventPump((updates) =>
  usePlaygroundRun.setState((state) => {
    const slice = applyUpdates(state, updates, performance.now());
    return slice === state ? state : { ...slice, running: starting.size > 0 || anyActive(slice.columns) };
  }),
);

type Mode = 'next-turn' | 'retry';

async function start(prompt: string, setupColumns: PlaygroundColumn[], mode: Mode): Promise<void> {
  const arena = getArena();
  if (!arena) return;
  const { columns: runs } = usePlaygroundRun.getState();
  const historyOf = (columnId: string) => {
    const run = runs.get(columnId);
    return (mode === 'retry' ? run?.history : run?.turns) ?? [];
  };
  // A key removed on the Keys page would fail its column every run: the default key answers instead.
  const keys = useKeys.getState();
  const { columns, notices } = withStoredKeys(setupColumns, keys.status ? keys.keys : null, providerName);
  const { conversationId } = usePlaygroundRun.getState();
  // Only a new turn runs blind; a retry is offered only once a round is revealed, and leaves it be.
  const blind = mode === 'next-turn' && blindRunWanted();
  const blindOrder = blind ? drawBlindOrder(columns.map((column) => column.id)) : null;
  const requestedAt = Date.now();
  const request: CompareRequest = {
    ...buildCompareRequest(prompt, columns, historyOf, usePlaygroundSetup.getState()),
    ...(conversationId ? { conversationId } : {}),
    ...(blindOrder ? { blind: true, blindOrder } : {}),
  };
  const problem = requestProblem(request);
  if (problem) {
    usePlaygroundRun.setState({ startError: { error: problem, columnId: columnNamedBy(problem, request) } });
    return;
  }
  const ticket = { cancelled: false };
  starting.add(ticket);
  usePlaygroundRun.setState({ running: true, startError: null });
  const result = await arena.compare.start(request);
  starting.delete(ticket);
  if (!result.ok) {
    usePlaygroundRun.setState((state) => ({
      startError: { error: result.error, columnId: columnNamedBy(result.error, request) },
      running: starting.size > 0 || anyActive(state.columns),
    }));
    return;
  }
  const { runId } = result.value;
  // A start cancelled by "New conversation" belongs to no conversation the window still shows.
  if (!ticket.cancelled) usePlaygroundRun.setState({ conversationId: result.value.conversationId });
  if (mode === 'next-turn') {
    useBlind.getState().runStarted(runId, blindOrder, requestedAt);
  }
  beginExchange(runId, request, notices);
  pump.claim(runId);
  pump.flushNow();
  if (ticket.cancelled) void arena.compare.cancel({ runId });
}

function beginExchange(runId: string, request: CompareRequest, notices: ReadonlyMap<string, string>): void {
  usePlaygroundRun.setState((state) => {
    const columns = new Map(state.columns);
    for (const spec of request.columns) {
      const notice = notices.get(spec.columnId) ?? null;
      columns.set(
        spec.columnId,
        startedColumn(runId, request.prompt, spec.history ?? [], performance.now(), notice),
      );
    }
    return { columns, running: true };
  });
}

function activeRuns(columns: ReadonlyMap<string, ColumnRun>, only?: string): Map<string, string[]> {
  const byRun = new Map<string, string[]>();
  for (const [columnId, run] of columns) {
    if (only !== undefined && columnId !== only) continue;
    if (run.summary) continue;
    byRun.set(run.runId, [...(byRun.get(run.runId) ?? []), columnId]);
  }
  return byRun;
}

function setupColumns(ids: ReadonlySet<string>): PlaygroundColumn[] {
  return usePlaygroundSetup.getState().columns.filter((column) => ids.has(column.id));
}

export const usePlaygroundRun = create<RunStore>((set, get) => ({
  ...emptyRunSlice(),
  running: false,
  startError: null,
  conversationId: null,
  run: async (prompt) => {
    if (get().running) return;
    await start(prompt, usePlaygroundSetup.getState().columns, 'next-turn');
  },
  cancelAll: () => {
    for (const ticket of starting) ticket.cancelled = true;
    for (const runId of activeRuns(get().columns).keys()) void getArena()?.compare.cancel({ runId });
  },
  cancel: (columnId) => {
    for (const runId of activeRuns(get().columns, columnId).keys()) {
      void getArena()?.compare.cancel({ runId, columnId });
    }
  },
  retry: async (columnId) => {
    const run = get().columns.get(columnId);
    if (!run?.summary) return;
    await start(run.prompt, setupColumns(new Set([columnId])), 'retry');
  },
  retryFailed: async () => {
    // One request per prompt: columns added after the last turn may hold an older one.
    const byPrompt = new Map<string, Set<string>>();
    for (const [columnId, run] of get().columns) {
      if (run.phase !== 'failed') continue;
      byPrompt.set(run.prompt, (byPrompt.get(run.prompt) ?? new Set()).add(columnId));
    }
    const starts = [...byPrompt].map(([prompt, ids]) => [prompt, setupColumns(ids)] as const);
    await Promise.all(
      starts
        .filter(([, columns]) => columns.length > 0)
        .map(([prompt, columns]) => start(prompt, columns, 'retry')),
    );
  },
  newConversation: () => {
    get().cancelAll();
    set({ ...emptyRunSlice(), startError: null, conversationId: null, running: starting.size > 0 });
  },
  resumeConversation: (conversationId, columns, cost) => {
    get().newConversation();
    set({ columns, conversationId, conversationCost: cost });
  },
  isRunning: () => get().running,
  dismissStartError: () => set({ startError: null }),
}));

// A removed column's run goes with it: its failure is no longer "Retry failed"'s, its events are dropped.
usePlaygroundSetup.subscribe((setup, previous) => {
  if (setup.columns === previous.columns) return;
  const present = new Set(setup.columns.map((column) => column.id));
  usePlaygroundRun.setState((state) => {
    const columns = keepColumns(state.columns, present);
    return columns === state.columns ? state : { columns, running: starting.size > 0 || anyActive(columns) };
  });
});

let connected = false;

/** Subscribes, once per window, to main's compare events. */
export function connectRunEvents(): void {
  const arena = getArena();
  if (connected || !arena) return;
  connected = true;
  arena.onEvent((event) => {
    if (event.type === 'compare.batch') {
      for (const item of event.items) pump.push({ kind: 'batch', item });
    } else if (event.type === 'compare.column-done') {
      pump.push({ kind: 'done', runId: event.runId, columnId: event.columnId, summary: event.result });
    }
  });
}

/**
 * One column's run, or undefined before its first turn (or after "New conversation"); under a
 * ReadOnlyColumns provider, the stored run that view shows.
 */
export const useColumnRun = <T>(columnId: string, select: (run: ColumnRun | undefined) => T): T => {
  const store = useReadOnlyColumns()?.store ?? usePlaygroundRun;
  return useStore(store, (state) => select(state.columns.get(columnId)));
};
