import { describe, expect, it, vi } from 'vitest';
import { buildArenaApi } from './bridge.ts';
import type { ArenaEvent } from './contract.ts';
import { ROUTE_NAMES } from './contract.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

/** The part of Electron's ipcRenderer the preload uses for events, with a way to count listeners. */
function fakeIpcRenderer() {
  type Handler = (event: unknown, payload: ArenaEvent) => void;
  const channels = new Map<string, Handler[]>();
  const handlersOf = (channel: string) => channels.get(channel) ?? [];
  return {
    on(channel: string, handler: Handler) {
      channels.set(channel, [...handlersOf(channel), handler]);
    },
    removeListener(channel: string, handler: Handler) {
      const handlers = handlersOf(channel);
      const index = handlers.indexOf(handler);
      if (index >= 0) channels.set(channel, handlers.toSpliced(index, 1));
    },
    emit(channel: string, event: unknown, payload: ArenaEvent) {
      for (const handler of handlersOf(channel)) handler(event, payload);
    },
    listenerCount: (channel: string) => handlersOf(channel).length,
  };
}

describe('buildArenaApi', () => {
  it('creates one method per route, grouped by domain, forwarding name and input', async () => {
    const calls: [string, unknown][] = [];
    const api = buildArenaApi(
      ROUTE_NAMES,
      async (route, input) => {
        calls.push([route, input]);
        return { ok: true, value: null };
      },
      () => () => {},
    );
    await api.settings.update({ theme: 'dark' });
    await api.app.info();
    expect(calls).toEqual([
      ['settings.update', { theme: 'dark' }],
      ['app.info', undefined],
    ]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('subscribes and unsubscribes event listeners', () => {
    const listeners = new Set<(event: ArenaEvent) => void>();
    const api = buildArenaApi(
      [],
      async () => null,
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    );
    const seen: ArenaEvent[] = [];
    const off = api.onEvent((event) => seen.push(event));
    for (const listener of listeners)
      listener({ type: 'settings.changed', settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    off();
    expect(listeners.size).toBe(0);
    expect(seen).toEqual([{ type: 'settings.changed', settings: { ...DEFAULT_SETTINGS, theme: 'light' } }]);
  });

  it('shares one underlying listener among every subscriber, attached while any is subscribed', () => {
    // Shaped like the preload's: each subscribe adds a listener to the channel (ipcRenderer.on).
    const ipc = fakeIpcRenderer();
    const channel = 'arena:event';
    let subscribes = 0;
    const api = buildArenaApi(
      [],
      async () => null,
      (listener) => {
        subscribes++;
        const handler = (_event: unknown, payload: ArenaEvent) => listener(payload);
        ipc.on(channel, handler);
        return () => ipc.removeListener(channel, handler);
      },
    );
    const event: ArenaEvent = { type: 'settings.changed', settings: { ...DEFAULT_SETTINGS, theme: 'dark' } };
    const seen: string[][] = [[], [], [], []];
    const offs = seen.map((log, index) => api.onEvent(() => log.push(`event ${index}`)));
    expect(ipc.listenerCount(channel)).toBe(1);

    ipc.emit(channel, {}, event);
    expect(seen).toEqual([['event 0'], ['event 1'], ['event 2'], ['event 3']]);

    offs[1]!();
    offs[1]!();
    ipc.emit(channel, {}, event);
    expect(seen.map((log) => log.length)).toEqual([2, 1, 2, 2]);
    expect(ipc.listenerCount(channel)).toBe(1);

    for (const off of offs) off();
    expect(ipc.listenerCount(channel)).toBe(0);
    const again: ArenaEvent[] = [];
    api.onEvent((received) => again.push(received));
    ipc.emit(channel, {}, event);
    expect(again).toEqual([event]);
    expect(ipc.listenerCount(channel)).toBe(1);
    expect(subscribes).toBe(2);
  });

  it('a subscriber that throws does not keep the event from the others, and its error is reported', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (error: unknown) => reported.push(error));
    try {
      let dispatch: (event: ArenaEvent) => void = () => {};
      const api = buildArenaApi(
        [],
        async () => null,
        (listener) => {
          dispatch = listener;
          return () => {};
        },
      );
      const failure = new Error('subscriber bug');
      const seen: string[] = [];
      api.onEvent(() => {
        throw failure;
      });
      api.onEvent(() => seen.push('second'));
      dispatch({ type: 'settings.changed', settings: DEFAULT_SETTINGS });
      expect(seen).toEqual(['second']);
      expect(reported).toEqual([failure]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is self-contained, so the UI harness can inject its source text into a page', () => {
    const rebuilt = new Function(`return (${buildArenaApi.toString()})`)() as typeof buildArenaApi;
    const api = rebuilt(
      ['app.info'],
      async (route) => route,
      () => () => {},
    );
    return expect(api.app.info()).resolves.toBe('app.info');
  });
});
