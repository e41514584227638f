// The History page's state: the query, the conversations loaded so far (a page at a time), which are
// selected, and the conversation opened. Replies to an older query are dropped.
import { create } from 'zustand';
import type { ProviderId } from '../../../../src-shared/domain.ts';
import type {
  Conversation,
  HistoryItem,
  HistoryQuery,
  HistoryStatus,
} from '../../../../src-shared/history.ts';
import { getArena } from '../../lib/arena.ts';
import { useBlind } from '../playground/blind/blind-store.ts';
import { namesHidden, withTurnRevealed } from './blind-turn.ts';

/** The filters as the toolbar holds them: empty means "any". */
export interface HistoryFilter {
  search: string;
  provider: ProviderId | '';
  model: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export const NO_FILTER: HistoryFilter = { search: '', provider: '', model: '', from: '', to: '' };

export const PAGE_SIZE = 50;

export function queryOf(filter: HistoryFilter, cursor?: string): HistoryQuery {
  const query: HistoryQuery = { limit: PAGE_SIZE };
  if (filter.search.trim()) query.search = filter.search.trim();
  if (filter.provider) query.provider = filter.provider;
  if (filter.model.trim()) query.model = filter.model.trim();
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  if (cursor) query.cursor = cursor;
  return query;
}

export const isFiltered = (filter: HistoryFilter): boolean =>
  Object.values(queryOf(filter)).some((value) => typeof value === 'string');

interface HistoryState {
  status: HistoryStatus | null;
  filter: HistoryFilter;
  items: HistoryItem[];
  /** Conversations matching the filter, all pages. */
  total: number;
  /** What main says about the search itself (nothing searchable in it, a bounded short-word search). */
  notice: string | null;
  nextCursor: string | null;
  /** True once the first page for the current filter arrived. */
  loaded: boolean;
  loading: boolean;
  error: string | null;
  selected: ReadonlySet<string>;
  /** The conversation shown instead of the list, with the list kept as it was. */
  opened: Conversation | null;
  openError: string | null;
  /**
   * Set when the opened conversation closes: the list, shown again, brings this line into view and
   * focuses it (or its first line, when it was deleted). Taken by the list once done.
   */
  returnTo: { conversationId: string | null } | null;
  /** Reloads the status and the first page of the current filter (the page was shown again). */
  refresh(): Promise<void>;
  setFilter(filter: HistoryFilter): void;
  loadMore(): Promise<void>;
  toggleSelected(conversationId: string): void;
  clearSelection(): void;
  open(conversationId: string): Promise<void>;
  close(): void;
  /** Deletes these conversations; the error message when main refused. */
  remove(conversationIds: readonly string[]): Promise<string | null>;
  /**
   * Stores that the opened conversation's blind turn had its names shown (no vote): the list and a
   * Playground round of that run show them too. The error message when main refused.
   */
  reveal(runId: string): Promise<string | null>;
}

/** Counts queries, so a reply to one that was replaced is not shown. */
let generation = 0;

export const useHistory = create<HistoryState>((set, get) => {
  async function loadFirstPage(): Promise<void> {
    const arena = getArena();
    if (!arena) return;
    const mine = ++generation;
    set({ loading: true, error: null });
    const result = await arena.history.list(queryOf(get().filter));
    if (mine !== generation) return;
    if (!result.ok) {
      set({
        loading: false,
        loaded: true,
        items: [],
        total: 0,
        notice: null,
        nextCursor: null,
        error: result.error.message,
      });
      return;
    }
    const { items, total, nextCursor, notice } = result.value;
    set({ loading: false, loaded: true, items, total, nextCursor, notice: notice ?? null });
  }

  return {
    status: null,
    filter: NO_FILTER,
    items: [],
    total: 0,
    notice: null,
    nextCursor: null,
    loaded: false,
    loading: false,
    error: null,
    selected: new Set(),
    opened: null,
    openError: null,
    returnTo: null,
    refresh: async () => {
      const arena = getArena();
      if (!arena) return;
      const status = await arena.history.status();
      set({
        status: status.ok
          ? status.value
          : { state: 'unavailable', message: status.error.message, conversations: 0 },
      });
      // A conversation left open shows what it holds now (a follow-up may have added turns).
      const { opened } = get();
      await Promise.all([loadFirstPage(), opened ? get().open(opened.conversationId) : null]);
    },
    setFilter: (filter) => {
      set({ filter, selected: new Set() });
      void loadFirstPage();
    },
    loadMore: async () => {
      const arena = getArena();
      const { nextCursor, loading, filter } = get();
      if (!arena || !nextCursor || loading) return;
      const mine = generation;
      set({ loading: true });
      const result = await arena.history.list(queryOf(filter, nextCursor));
      if (mine !== generation) return;
      if (!result.ok) {
        set({ loading: false, error: result.error.message });
        return;
      }
      const known = new Set(get().items.map((item) => item.conversationId));
      const fresh = result.value.items.filter((item) => !known.has(item.conversationId));
      set((state) => ({
        loading: false,
        items: [...state.items, ...fresh],
        total: result.value.total,
        nextCursor: result.value.nextCursor,
      }));
    },
    toggleSelected: (conversationId) =>
      set((state) => {
        const selected = new Set(state.selected);
        if (!selected.delete(conversationId)) selected.add(conversationId);
        return { selected };
      }),
    clearSelection: () => set({ selected: new Set() }),
    open: async (conversationId) => {
      const result = await getArena()?.history.get({ conversationId });
      if (!result) return;
      if (result.ok) set({ opened: result.value, openError: null });
      else set({ openError: `This run could not be opened: ${result.error.message}` });
    },
    close: () =>
      set((state) => ({
        opened: null,
        openError: null,
        returnTo: state.opened ? { conversationId: state.opened.conversationId } : null,
      })),
    remove: async (conversationIds) => {
      const arena = getArena();
      if (!arena || conversationIds.length === 0) return null;
      const result = await arena.history.delete({ conversationIds: [...conversationIds] });
      if (!result.ok) return `Nothing was deleted: ${result.error.message}`;
      const gone = new Set(conversationIds);
      set((state) => ({
        items: state.items.filter((item) => !gone.has(item.conversationId)),
        total: Math.max(0, state.total - result.value.deleted),
        selected: new Set([...state.selected].filter((id) => !gone.has(id))),
        ...(state.opened && gone.has(state.opened.conversationId)
          ? { opened: null, returnTo: { conversationId: null } }
          : {}),
      }));
      await get().refresh();
      return null;
    },
    reveal: async (runId) => {
      const arena = getArena();
      if (!arena) return null;
      const result = await arena.history.reveal({ runId });
      if (!result.ok) {
        return `History could not record the reveal (${result.error.message}): the names will be hidden again next time you open this run.`;
      }
      useBlind.getState().revealedElsewhere(runId);
      set((state) => {
        const opened = state.opened?.turns.some((turn) => turn.runId === runId)
          ? withTurnRevealed(state.opened, runId)
          : state.opened;
        const stillHidden = opened?.turns.some(namesHidden) ?? true;
        return {
          opened,
          items: state.items.map((item) =>
            item.conversationId === opened?.conversationId && !stillHidden
              ? { ...item, blindUnvoted: false }
              : item,
          ),
        };
      });
      return null;
    },
  };
});
