import type { ArenaApi, ArenaEvent } from './contract.ts';

export type InvokeFn = (route: string, input: unknown) => Promise<unknown>;
export type SubscribeFn = (listener: (event: ArenaEvent) => void) => () => void;

/**
 * Builds window.arena from the route names alone: no per-route code anywhere.
 * Self-contained on purpose (it references nothing outside its body), so the UI test harness can
 * inject this very function into a browser page with Function.prototype.toString.
 */
export function buildArenaApi(
  routeNames: readonly string[],
  invoke: InvokeFn,
  subscribe: SubscribeFn,
): ArenaApi {
  const api: Record<string, Record<string, unknown> | unknown> = {};
  for (const name of routeNames) {
    const dot = name.indexOf('.');
    const domain = name.slice(0, dot);
    const verb = name.slice(dot + 1);
    const group = (api[domain] ?? {}) as Record<string, unknown>;
    api[domain] = group;
    group[verb] = (input?: unknown) => invoke(name, input);
  }
  api.onEvent = (listener: (event: ArenaEvent) => void) => subscribe(listener);
  return Object.freeze(api) as unknown as ArenaApi;
}
