import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { RouteHandlers } from '../ipc/router.ts';
import type { HistoryStore } from './history-store.ts';

type HistoryRouteName = Extract<keyof RouteHandlers, `history.${string}`>;

/** Until its own work lands: a clear refusal, not a crash. */
function notYet(what: string): never {
  throw new ArenaErrorException({
    kind: 'internal',
    message: `${what} is not available in this build yet. Update BYOK Arena to use it.`,
  });
}

/** The history routes the core registers. */
export function historyRoutes(store: HistoryStore): Pick<RouteHandlers, HistoryRouteName> {
  return {
    'history.status': () => store.status(),
    'history.list': (query) => store.list(query),
    'history.get': ({ conversationId }) => store.get(conversationId),
    'history.delete': ({ conversationIds }) => ({ deleted: store.delete(conversationIds) }),
    'history.vote': (input) => store.vote(input),
    'history.spending': (query) => store.spending(query),
    'history.leaderboard': () => notYet('The personal leaderboard'),
    'history.export': () => notYet('Export'),
  };
}
