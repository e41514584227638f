import type { ArenaApi, ArenaEvent } from './contract.ts';

export type InvokeFn = (route: string, input: unknown) => Promise<unknown>;
/** Attaches one listener to the event channel; returns what detaches it. */
export type SubscribeFn = (listener: (event: ArenaEvent) => void) => () => void;

/**
 * Builds window.arena from the route names alone: no per-route code anywhere.
 * Events: however many subscribers `onEvent` has, the channel has one listener (attached while any
 * is subscribed), which hands each event to every subscriber; one that throws is reported and
 * keeps the event from none of the others.
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

  // Each subscription is its own entry, so one listener subscribed twice is called twice.
  const subscribers = new Set<{ listener: (event: ArenaEvent) => void }>();
  let detach: (() => void) | null = null;
  const report = (error: unknown) => {
    const { reportError } = globalThis as { reportError?: (error: unknown) => void };
    if (reportError) reportError(error);
    else console.error(error);
  };
  const dispatch = (event: ArenaEvent) => {
    for (const subscriber of [...subscribers]) {
      try {
        subscriber.listener(event);
      } catch (error) {
        report(error);
      }
    }
  };
  api.onEvent = (listener: (event: ArenaEvent) => void) => {
    const subscriber = { listener };
    subscribers.add(subscriber);
    detach ??= subscribe(dispatch);
    return () => {
      if (!subscribers.delete(subscriber) || subscribers.size > 0 || !detach) return;
      detach();
      detach = null;
    };
  };
  return Object.freeze(api) as unknown as ArenaApi;
}
