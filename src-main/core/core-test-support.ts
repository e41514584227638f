// Shared by tests that run the whole core (routes, vault, compare) without Electron.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnSummary } from '../../src-shared/compare.ts';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import { KEY_OWNER_IDS } from '../../src-shared/keys.ts';
import { type ArenaCore, type ArenaCoreOptions, createArenaCore } from './app-core.ts';
import type { Router } from './ipc/router.ts';
import { createAesGcmCipher } from './keys/aes-gcm-cipher.ts';
import type { HostOverrides } from './providers/resolve-endpoint.ts';
import { JsonFileStore } from './store/json-file-store.ts';

/** The app's own page, as the router sees a request from it. */
export const APP_SENDER = { url: 'app://arena/index.html', isMainFrame: true };

/** The core as the test harness runs it: every sender trusted, no events, no environment keys. */
export function createTestCore(
  options: Pick<ArenaCoreOptions, 'dataDir' | 'vault'> & Partial<ArenaCoreOptions>,
): ArenaCore {
  return createArenaCore({
    host: 'harness',
    version: '0.0.0-test',
    isTrustedSender: () => true,
    emit: () => {},
    env: {},
    ...options,
  });
}

/**
 * Every provider's (and data source's) hosts at loopback fakes (China's at `global` unless given):
 * nothing leaves the machine.
 */
export function loopbackHosts(global: string, china = global): HostOverrides {
  return Object.fromEntries(KEY_OWNER_IDS.map((id) => [id, { global, china }]));
}

export interface TempCore {
  core: ArenaCore;
  dataDir: string;
  /** The vault's file in the data folder. */
  keysFile: string;
  /** Dispatches a route as the app's own page does. */
  call(route: string, input?: unknown): ReturnType<Router['dispatch']>;
  /** Each ended column's compare.column-done result, by column id. */
  results: ReadonlyMap<string, ColumnSummary>;
  /** Resolves once `count` columns have ended (those that already have count). */
  columnsDone(count: number): Promise<ReadonlyMap<string, ColumnSummary>>;
}

/**
 * A test core in a new temporary data folder, its keys encrypted with a fixed test key into
 * keys.json. `options` replace the test defaults, except `emit`, which also gets every event.
 */
export function createTempCore(options: Partial<Omit<ArenaCoreOptions, 'dataDir' | 'vault'>> = {}): TempCore {
  const dataDir = mkdtempSync(join(tmpdir(), 'arena-test-'));
  const keysFile = join(dataDir, 'keys.json');
  const results = new Map<string, ColumnSummary>();
  const waiting = new Set<{ count: number; resolve: (done: ReadonlyMap<string, ColumnSummary>) => void }>();
  const settle = () => {
    for (const waiter of waiting) {
      if (results.size < waiter.count) continue;
      waiting.delete(waiter);
      waiter.resolve(results);
    }
  };
  const core = createTestCore({
    ...options,
    dataDir,
    vault: {
      cipher: createAesGcmCipher(Buffer.alloc(32, 1), 'os', 'a test keychain'),
      store: new JsonFileStore(keysFile),
    },
    emit: (event: ArenaEvent) => {
      options.emit?.(event);
      if (event.type !== 'compare.column-done') return;
      results.set(event.columnId, event.result);
      settle();
    },
  });
  return {
    core,
    dataDir,
    keysFile,
    call: (route, input) => core.router.dispatch(route, input, APP_SENDER),
    results,
    columnsDone: (count) =>
      new Promise((resolve) => {
        waiting.add({ count, resolve });
        settle();
      }),
  };
}
