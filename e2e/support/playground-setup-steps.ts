// Shared steps of the Playground set-up tests: a stored MiniMax key, the columns on the page, the saved setup.
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { ArenaHarness } from './arena-fixture.ts';

export const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
export const FIXTURES = join(import.meta.dirname, '../fixtures');
export const MINIMAX_KEY = 'sk-api-playground-setup-0001';

/** The columns on the page, by their accessible names, in order. */
export const columnNames = (page: Page): Promise<(string | null)[]> =>
  page
    .locator('section.pg-column')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('aria-label')));

/** Stores a MiniMax key (the default) and any others, then reloads so the page starts with them. */
export async function withMinimaxKey(
  arena: ArenaHarness,
  others: { key: string; label: string }[] = [],
): Promise<void> {
  await arena.page.evaluate(
    async ([key, more]) => {
      await window.arena.keys.add({ provider: 'minimax', key });
      for (const other of more) await window.arena.keys.add({ provider: 'minimax', ...other });
    },
    [MINIMAX_KEY, others] as const,
  );
  await arena.page.reload();
  await arena.page.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
}

/** Waits until main has the setup the page saves a moment after each change. */
export async function savedColumns(arena: ArenaHarness, count: number): Promise<void> {
  await expect.poll(() => arena.core.settings.get().playground.columns.length).toBe(count);
}
