import { test as base, type Page } from '@playwright/test';
import type { ArenaCore } from '../../src-main/core/app-core.ts';
import { isPageGone, type PageEvent } from '../../src-main/core/compare/page-gone.ts';
import { type ArenaHarness, type ArenaOptions, startArena } from './arena-harness.ts';
import { collectProcessWarnings, describeWarnings } from './process-warnings.ts';

export type { ArenaHarness, ArenaOptions } from './arena-harness.ts';

/**
 * What the Electron adapter does (src-main/electron/end-runs-with-page.ts), with the page's events:
 * a new document in the main frame (a navigation request) and a crash or close cancel every run.
 */
function endRunsWithPage(page: Page, core: ArenaCore): void {
  const appUrl = page.url();
  const onPageEvent = (event: PageEvent) => {
    if (isPageGone(event, appUrl)) core.compare.cancelAll();
  };
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      onPageEvent({
        type: 'did-start-navigation',
        url: request.url(),
        isMainFrame: true,
        isSameDocument: false,
      });
  });
  page.on('crash', () => onPageEvent({ type: 'render-process-gone' }));
  page.on('close', () => onPageEvent({ type: 'destroyed' }));
}

/**
 * The `arena` fixture: the harness of arena-harness.ts around each test's page, closed after it.
 * Every test also fails on a process warning: the core runs in this process, so a listener leak or
 * a deprecated API in it shows up here.
 */
export const test = base.extend<{
  arena: ArenaHarness;
  arenaOptions: ArenaOptions;
  failOnProcessWarnings: undefined;
}>({
  arenaOptions: [{ env: {}, keyBackend: 'os' }, { option: true }],
  failOnProcessWarnings: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const warnings = collectProcessWarnings();
      try {
        await use(undefined);
        // Node emits a warning on the next tick: let the ticks of the test's last steps come out first.
        await new Promise((resolve) => setImmediate(resolve));
        const emitted = warnings.take();
        if (emitted.length > 0) throw new Error(describeWarnings(emitted));
      } finally {
        warnings.stop();
      }
    },
    { auto: true },
  ],
  arena: async ({ page, arenaOptions: options }, use) => {
    const { close, ...harness } = await startArena(page, options);
    endRunsWithPage(page, harness.core);
    await use(harness);
    await close();
  },
});

export { expect } from '@playwright/test';
