import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { type ArenaCore, createArenaCore } from '../../src-main/core/app-core.ts';
import { createSenderPolicy } from '../../src-main/core/ipc/sender-policy.ts';
import { createAesGcmCipher } from '../../src-main/core/keys/aes-gcm-cipher.ts';
import type { CipherBackend } from '../../src-main/core/keys/cipher.ts';
import type { HostOverrides } from '../../src-main/core/providers/resolve-endpoint.ts';
import { JsonFileStore } from '../../src-main/core/store/json-file-store.ts';
import { buildArenaApi } from '../../src-shared/bridge.ts';
import { type ArenaEvent, ROUTE_NAMES } from '../../src-shared/contract.ts';
import { PROVIDER_IDS } from '../../src-shared/domain.ts';
import { type FakeProvider, startFakeProvider } from '../fake-providers/fake-provider-server.ts';
import { serveDirectory } from './static-server.ts';

const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');

export interface ArenaHarness {
  page: Page;
  core: ArenaCore;
  dataDir: string;
  /** Every problem the page reported: console errors, uncaught exceptions, CSP violations. */
  pageErrors: string[];
  /** Every payload that crossed the bridge into the page, for leak scans. */
  traffic: unknown[];
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
}

/** Every provider's default hosts, pointed at two loopback fakes: nothing in a UI test can leave the machine. */
function loopbackHosts(global: FakeProvider, china: FakeProvider): HostOverrides {
  return Object.fromEntries(PROVIDER_IDS.map((id) => [id, { global: global.url, china: china.url }]));
}

export const test = base.extend<{ arena: ArenaHarness; arenaOptions: ArenaOptions }>({
  arenaOptions: [{ env: {}, keyBackend: 'os' }, { option: true }],
  arena: async ({ page, arenaOptions: options }, use) => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` (npm run test:e2e does it for you).');
    }
    const server = await serveDirectory(RENDERER_DIR);
    const fakeGlobal = await startFakeProvider();
    const fakeChina = await startFakeProvider();
    const dataDir = mkdtempSync(join(tmpdir(), 'arena-ui-'));
    if (options.keysFile !== undefined) writeFileSync(join(dataDir, 'keys.json'), options.keysFile);
    const keyStore = new JsonFileStore(join(dataDir, 'keys.json'));
    const pageErrors: string[] = [];
    const traffic: unknown[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));

    const pushEvent = (event: ArenaEvent) => {
      traffic.push(event);
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
      client: { hosts: loopbackHosts(fakeGlobal, fakeChina) },
      keyCheckTimeoutMs: 3000,
      pricesUrl: `${fakeGlobal.url}/litellm/model_prices_and_context_window.json`,
    });

    await page.exposeBinding('__arenaInvoke', async (source, route: unknown, input: unknown) => {
      const result = await core.router.dispatch(route, input, {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      });
      traffic.push(result);
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
    await use({ page, core, dataDir, pageErrors, traffic, fakeGlobal, fakeChina });
    await server.close();
    await fakeGlobal.close();
    await fakeChina.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

declare global {
  interface Window {
    __arenaEmit?: (event: ArenaEvent) => void;
  }
}
