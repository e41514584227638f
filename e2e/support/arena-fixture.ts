import { test as base, type Page } from '@playwright/test';
import type { ArenaCore } from '../../src-main/core/app-core.ts';
import { isPageGone, type PageEvent } from '../../src-main/core/compare/page-gone.ts';
import { type ArenaHarness, type ArenaOptions, startArena } from './arena-harness.ts';

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

/** The `arena` fixture: the harness of arena-harness.ts around each test's page, closed after it. */
export const test = base.extend<{ arena: ArenaHarness; arenaOptions: ArenaOptions }>({
  arenaOptions: [{ env: {}, keyBackend: 'os' }, { option: true }],
  arena: async ({ page, arenaOptions: options }, use) => {
    const { close, ...harness } = await startArena(page, options);
    endRunsWithPage(page, harness.core);
    await use(harness);
    await close();
  },
});

export { expect } from '@playwright/test';
