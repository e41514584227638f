// The UI harness without the test runner: the built renderer on a loopback server, in a Chromium page,
// with window.arena bound to the real main core running in this process and every provider host
// pointed at loopback fakes. The Playwright fixture (arena-fixture.ts) and `npm run bench` share it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type ArenaCore, type ArenaCoreOptions, createArenaCore } from '../../src-main/core/app-core.ts';
import { loopbackHosts } from '../../src-main/core/core-test-support.ts';
import { createSenderPolicy } from '../../src-main/core/ipc/sender-policy.ts';
import { createAesGcmCipher } from '../../src-main/core/keys/aes-gcm-cipher.ts';
import type { CipherBackend } from '../../src-main/core/keys/cipher.ts';
import { JsonFileStore } from '../../src-main/core/store/json-file-store.ts';
import { buildArenaApi } from '../../src-shared/bridge.ts';
import { type ArenaEvent, ROUTE_NAMES } from '../../src-shared/contract.ts';
import { type FakeProvider, startFakeProvider } from '../fake-providers/fake-provider-server.ts';
import { serveDirectory } from './static-server.ts';

export const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');

export interface ArenaHarness {
  page: Page;
  core: ArenaCore;
  dataDir: string;
  /** Every problem the page reported: console errors, uncaught exceptions, CSP violations. */
  pageErrors: string[];
  /** Every payload that crossed the bridge into the page, for leak scans. */
  traffic: unknown[];
  /** Where exports go: the harness's save port answers every save dialog with a file in here. */
  exportsDir: string;
  /** The names the save port was offered, in order (what the app's dialog would have proposed). */
  savePrompts: string[];
  /** Fake provider hosts every provider's global and China defaults point at. */
  fakeGlobal: FakeProvider;
  fakeChina: FakeProvider;
}

/**
 * The built renderer in real Chromium, with window.arena built by the same bridge the preload uses
 * and bound through exposeBinding to the real main core running in this test process.
 */
export interface ArenaOptions {
  /** Environment variables the core sees (for key import). */
  env: Record<string, string>;
  /** What the test keychain claims to be: 'os', or 'basic_text' for the weak-backend flow. */
  keyBackend: CipherBackend;
  /** Bytes to leave in keys.json before start-up (a damaged store file). */
  keysFile?: string;
  /** Bytes to leave in history.sqlite before start-up (a damaged history database). */
  historyFile?: string;
  /** Transport overrides for the core (the bench lifts the rate limit so every column starts at once). */
  client?: Omit<NonNullable<ArenaCoreOptions['client']>, 'hosts'>;
  /** Told of every event main sends the window, as it is sent (the bench times and counts them). */
  onEmit?: (event: ArenaEvent) => void;
  /** Keep every payload in `traffic` (default true; the bench turns it off to keep its memory flat). */
  recordTraffic?: boolean;
  /**
   * How main's events reach the page. 'page-evaluate' (the default) sends each with page.evaluate, in
   * order with the replies to the page's calls. 'cdp' sends each as a raw Runtime.evaluate on a CDP
   * session of its own: about five times cheaper for the page and for this process (what the bench
   * uses, so the harness weighs less on what it measures), but not ordered with those replies.
   */
  eventDelivery?: 'page-evaluate' | 'cdp';
}

export interface RunningArena extends ArenaHarness {
  /** Stops the servers and removes the data folder (the page is the caller's). */
  close(): Promise<void>;
}

/** Serves the built renderer to `page`, wires window.arena to a fresh core and waits for the first heading. */
export async function startArena(page: Page, options: ArenaOptions): Promise<RunningArena> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` (npm run test:e2e does it for you).');
  }
  const server = await serveDirectory(RENDERER_DIR);
  const fakeGlobal = await startFakeProvider();
  const fakeChina = await startFakeProvider();
  const dataDir = mkdtempSync(join(tmpdir(), 'arena-ui-'));
  const exportsDir = join(dataDir, 'exports');
  const savePrompts: string[] = [];
  if (options.keysFile !== undefined) writeFileSync(join(dataDir, 'keys.json'), options.keysFile);
  if (options.historyFile !== undefined) writeFileSync(join(dataDir, 'history.sqlite'), options.historyFile);
  const keyStore = new JsonFileStore(join(dataDir, 'keys.json'));
  const pageErrors: string[] = [];
  const traffic: unknown[] = [];
  const recordTraffic = options.recordTraffic ?? true;
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));

  const cdp = options.eventDelivery === 'cdp' ? await page.context().newCDPSession(page) : null;
  const pushEvent = (event: ArenaEvent) => {
    if (recordTraffic) traffic.push(event);
    options.onEmit?.(event);
    if (cdp) {
      const expression = `window.__arenaEmit?.(${JSON.stringify(event)})`;
      void cdp.send('Runtime.evaluate', { expression }).catch(() => {});
      return;
    }
    void page.evaluate((payload) => window.__arenaEmit?.(payload), event).catch(() => {});
  };
  const core = createArenaCore({
    host: 'harness',
    version: '0.0.0-test',
    dataDir,
    isTrustedSender: createSenderPolicy(server.url),
    emit: pushEvent,
    vault: {
      cipher: createAesGcmCipher(undefined, options.keyBackend, 'a test keychain'),
      store: keyStore,
      notices: keyStore.notices.map((notice) => notice.message),
    },
    env: options.env,
    client: { ...options.client, hosts: loopbackHosts(fakeGlobal.url, fakeChina.url) },
    keyCheckTimeoutMs: 3000,
    pricesUrl: `${fakeGlobal.url}/litellm/model_prices_and_context_window.json`,
    chooseSavePath: async (name) => {
      savePrompts.push(name);
      return join(exportsDir, name);
    },
  });

  await page.exposeBinding('__arenaInvoke', async (source, route: unknown, input: unknown) => {
    const result = await core.router.dispatch(route, input, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    });
    if (recordTraffic) traffic.push(result);
    return result;
  });
  await page.addInitScript({
    content: `(() => {
      // React 19 reports render crashes through reportError, which Playwright's pageerror misses.
      window.addEventListener('error', (event) => console.error('window error: ' + event.message));
      const listeners = new Set();
      window.__arenaEmit = (event) => { for (const listener of listeners) listener(event); };
      const build = ${buildArenaApi.toString()};
      window.arena = build(${JSON.stringify(ROUTE_NAMES)},
        (route, input) => window.__arenaInvoke(route, input),
        (listener) => { listeners.add(listener); return () => listeners.delete(listener); });
    })();`,
  });
  await page.goto(server.url);
  // The app is ready once its first page heading is on screen.
  await page.getByRole('heading', { level: 1 }).waitFor();
  return {
    page,
    core,
    dataDir,
    pageErrors,
    traffic,
    fakeGlobal,
    fakeChina,
    exportsDir,
    savePrompts,
    close: async () => {
      await server.close();
      await fakeGlobal.close();
      await fakeChina.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    __arenaEmit?: (event: ArenaEvent) => void;
  }
}
