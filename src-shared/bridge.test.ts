import { describe, expect, it } from 'vitest';
import { buildArenaApi } from './bridge.ts';
import type { ArenaEvent } from './contract.ts';
import { ROUTE_NAMES } from './contract.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

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
