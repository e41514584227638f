import { test as base } from '@playwright/test';
import { type ArenaHarness, type ArenaOptions, startArena } from './arena-harness.ts';

export type { ArenaHarness, ArenaOptions } from './arena-harness.ts';

/** The `arena` fixture: the harness of arena-harness.ts around each test's page, closed after it. */
export const test = base.extend<{ arena: ArenaHarness; arenaOptions: ArenaOptions }>({
  arenaOptions: [{ env: {}, keyBackend: 'os' }, { option: true }],
  arena: async ({ page, arenaOptions: options }, use) => {
    const { close, ...harness } = await startArena(page, options);
    await use(harness);
    await close();
  },
});

export { expect } from '@playwright/test';
