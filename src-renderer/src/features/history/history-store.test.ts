// The History page's store against a bridge whose replies the test releases in any order: a reply to
// a query that was replaced must not replace what the newer query shows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  Conversation,
  HistoryItem,
  HistoryPage,
  HistoryQuery,
  StoredTurn,
} from '../../../../src-shared/history.ts';
import { NO_FILTER, queryOf, useHistory } from './history-store.ts';

function item(conversationId: string): HistoryItem {
  return {
    conversationId,
    createdAt: '2026-11-27T10:00:00Z',
    updatedAt: '2026-11-27T10:00:00Z',
    promptStart: `prompt of ${conversationId}`,
    turns: 1,
    models: [{ provider: 'openai', model: 'gpt-5-mini' }],
    total: { usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 0 },
    winner: null,
    blindUnvoted: false,
    snippet: null,
  };
}

/** history.list answered only when the test says, each call with the page it is given. */
function heldBridge() {
  const calls: { query: HistoryQuery; answer: (page: HistoryPage) => void }[] = [];
  const list = (query: HistoryQuery) =>
    new Promise<{ ok: true; value: HistoryPage }>((resolve) => {
      calls.push({ query, answer: (value) => resolve({ ok: true, value }) });
    });
  return { calls, arena: { history: { list } } };
}

let bridge: ReturnType<typeof heldBridge>;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  bridge = heldBridge();
  vi.stubGlobal('window', { arena: bridge.arena });
  useHistory.setState(useHistory.getInitialState(), true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('queryOf', () => {
  it('sends only the filters that are set, trimmed, with the page size and cursor', () => {
    expect(
      queryOf({ search: '  merge sort ', provider: 'minimax', model: '', from: '2026-11-01', to: '' }, 'c1'),
    ).toEqual({ limit: 50, search: 'merge sort', provider: 'minimax', from: '2026-11-01', cursor: 'c1' });
    expect(queryOf(NO_FILTER)).toEqual({ limit: 50 });
  });
});

describe('the list', () => {
  it('shows the newest query’s answer even when an older one answers last', async () => {
    useHistory.getState().setFilter({ ...NO_FILTER, search: 'merge' });
    useHistory.getState().setFilter({ ...NO_FILTER, search: 'merge sort' });
    const [older, newer] = bridge.calls;
    newer?.answer({ items: [item('newer')], nextCursor: null, total: 1 });
    await settle();
    older?.answer({ items: [item('older-1'), item('older-2')], nextCursor: 'x', total: 2 });
    await settle();
    const state = useHistory.getState();
    expect(state.items.map((entry) => entry.conversationId)).toEqual(['newer']);
    expect(state.total).toBe(1);
    expect(state.nextCursor).toBeNull();
  });

  it('asks for the next page once while one is loading, and adds what it did not have', async () => {
    useHistory.getState().setFilter(NO_FILTER);
    bridge.calls[0]?.answer({ items: [item('a'), item('b')], nextCursor: 'after-b', total: 3 });
    await settle();
    void useHistory.getState().loadMore();
    void useHistory.getState().loadMore();
    expect(bridge.calls).toHaveLength(2);
    expect(bridge.calls[1]?.query.cursor).toBe('after-b');
    // A conversation that moved up between the pages (a follow-up) is not listed twice.
    bridge.calls[1]?.answer({ items: [item('b'), item('c')], nextCursor: null, total: 3 });
    await settle();
    expect(useHistory.getState().items.map((entry) => entry.conversationId)).toEqual(['a', 'b', 'c']);
    await useHistory.getState().loadMore();
    expect(bridge.calls).toHaveLength(2);
  });

  it('drops a next page that arrives after the filter changed', async () => {
    useHistory.getState().setFilter(NO_FILTER);
    bridge.calls[0]?.answer({ items: [item('a')], nextCursor: 'after-a', total: 2 });
    await settle();
    void useHistory.getState().loadMore();
    useHistory.getState().setFilter({ ...NO_FILTER, provider: 'minimax' });
    bridge.calls[2]?.answer({ items: [item('m')], nextCursor: null, total: 1 });
    await settle();
    bridge.calls[1]?.answer({ items: [item('b')], nextCursor: null, total: 2 });
    await settle();
    expect(useHistory.getState().items.map((entry) => entry.conversationId)).toEqual(['m']);
  });
});

describe('reveal', () => {
  const hiddenTurn = (runId: string, turnIndex: number): StoredTurn => ({
    runId,
    conversationId: 'blind',
    turnIndex,
    startedAt: '2026-11-27T10:00:00Z',
    prompt: 'Which sort?',
    system: null,
    params: {},
    columns: [],
    blind: true,
    shownOrder: null,
    revealed: false,
    vote: null,
  });
  const conversation: Conversation = {
    conversationId: 'blind',
    createdAt: '2026-11-27T10:00:00Z',
    updatedAt: '2026-11-27T10:01:00Z',
    turns: [hiddenTurn('run-1', 0), hiddenTurn('run-2', 1)],
    total: { usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 0 },
  };

  function revealBridge(refusal: string | null) {
    const calls: string[] = [];
    const reveal = async ({ runId }: { runId: string }) => {
      calls.push(runId);
      return refusal
        ? { ok: false as const, error: { kind: 'internal' as const, message: refusal } }
        : { ok: true as const, value: { revealedAt: '2026-11-27T10:02:00Z' } };
    };
    vi.stubGlobal('window', { arena: { history: { reveal } } });
    return calls;
  }

  beforeEach(() =>
    useHistory.setState({
      opened: conversation,
      items: [
        { ...item('blind'), blindUnvoted: true },
        { ...item('other'), blindUnvoted: true },
      ],
    }),
  );

  it('stores each turn’s reveal; the list names the models once no turn of it is hidden', async () => {
    const calls = revealBridge(null);
    expect(await useHistory.getState().reveal('run-2')).toBeNull();
    let state = useHistory.getState();
    expect(state.opened?.turns.map((turn) => turn.revealed)).toEqual([false, true]);
    expect(state.items.map((entry) => entry.blindUnvoted)).toEqual([true, true]);
    await useHistory.getState().reveal('run-1');
    state = useHistory.getState();
    expect(state.items.map((entry) => entry.blindUnvoted)).toEqual([false, true]);
    expect(calls).toEqual(['run-2', 'run-1']);
  });

  it('says what happened when main could not record it, and changes nothing', async () => {
    revealBridge('History is not available.');
    expect(await useHistory.getState().reveal('run-1')).toBe(
      'History could not record the reveal (History is not available.): the names will be hidden again next time you open this run.',
    );
    expect(useHistory.getState().opened).toBe(conversation);
  });
});
