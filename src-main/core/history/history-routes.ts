import type { RouteHandlers } from '../ipc/router.ts';
import type { HistoryStore } from './history-store.ts';

/** The history routes the store answers; history.leaderboard and history.export are wired in app-core. */
type StoreRouteName = Exclude<
  Extract<keyof RouteHandlers, `history.${string}`>,
  'history.leaderboard' | 'history.export'
>;

export function historyRoutes(store: HistoryStore): Pick<RouteHandlers, StoreRouteName> {
  return {
    'history.status': () => store.status(),
    'history.list': (query) => store.list(query),
    'history.get': ({ conversationId }) => store.get(conversationId),
    'history.delete': ({ conversationIds }) => ({ deleted: store.delete(conversationIds) }),
    'history.vote': (input) => store.vote(input),
    'history.reveal': ({ runId }) => store.reveal(runId),
    'history.spending': (query) => store.spending(query),
  };
}
