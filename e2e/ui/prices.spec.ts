import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/arena-fixture.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
/** The line under the filters that counts the models and tells the price refresh (not the quality refresh's). */
const modelsStatus = (page: Page): Locator => page.getByRole('status').filter({ hasText: / models, USD/ });

const LITELLM = readFileSync(
  join(import.meta.dirname, '../fixtures/litellm/model_prices_and_context_window.json'),
  'utf8',
);

test('Models & Prices: search, filter, sort, tier reasons and a price refresh', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Models & Prices' })).toBeFocused();
  await expect(modelsStatus(page)).toContainText('models');

  await page.getByLabel('Search').fill('minimax m2.7');
  const m27 = page.getByRole('row', { name: /^minimax\/MiniMax-M2\.7 / });
  await expect(m27).toContainText('$0.300');
  await expect(m27).toContainText('$1.20');
  await expect(m27).toContainText('204,800');
  await expect(m27).toContainText('curated · 2026-09-01');
  await expect(m27.locator('.badge.tier')).toHaveText(/STANDARD/);
  await expect(m27.locator('.badge.tier')).toHaveAttribute('title', /known model/);

  await page.getByLabel('Search').fill('');
  await page.locator('.toolbar').getByLabel('Provider').selectOption('anthropic');
  const inputHeader = page.getByRole('columnheader', { name: 'Input' });
  await inputHeader.getByRole('button', { name: 'Input' }).click();
  await expect(inputHeader).toHaveAttribute('aria-sort', 'ascending');
  await inputHeader.getByRole('button', { name: 'Input' }).click();
  await expect(inputHeader).toHaveAttribute('aria-sort', 'descending');
  const prices = await page.locator('table.prices tbody tr td:nth-child(4)').allTextContents();
  const numbers = prices.filter((text) => text.startsWith('$')).map((text) => Number(text.replace('$', '')));
  expect(numbers.length).toBeGreaterThan(3);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await page.locator('.toolbar').getByLabel('Provider').selectOption('');
  await page.getByLabel('Tier').selectOption('STANDARD');
  await page.screenshot({ path: join(SCREENSHOTS, 'models-prices.png'), fullPage: false });

  fakeGlobal.setHandler({
    path: '/litellm/model_prices_and_context_window.json',
    body: LITELLM,
    headers: { 'content-type': 'application/json', etag: '"abc"' },
  });
  await page.getByRole('button', { name: 'Refresh prices' }).click();
  await expect(modelsStatus(page)).toContainText(/Refreshed \d+ prices/);
  expect(arena.pageErrors).toEqual([]);
});

test('prompt advice recommends among providers with a key; a user price wins and shows as yours', async ({
  arena,
}) => {
  const { page } = arena;
  await page.keyboard.press('Control+3');
  await page.getByText('Which model does my prompt need?').click();
  await page
    .getByRole('textbox', { name: 'Prompt', exact: true })
    .fill('Prove that the sum of two odd numbers is even.');
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(page.getByText('No priced model is configured yet')).toBeVisible();

  await page.evaluate(() =>
    window.arena.keys.add({ provider: 'minimax', key: 'sk-api-advice-test-key-0001' }),
  );
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(
    page.getByText(/Cheapest good-enough model you have a key for: minimax\/MiniMax-M2/),
  ).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'models-prices-advice.png') });

  await page.getByText('Your own prices and scores').click();
  const form = page.getByRole('form', { name: 'Your own prices and scores' });
  await form.getByLabel('Provider').selectOption('minimax');
  await form.getByLabel('Model').fill('MiniMax-M2.7');
  await form.getByLabel('Input $ / 1M').fill('0.1');
  await form.getByLabel('Output $ / 1M').fill('0.4');
  await form.getByLabel('Quality (0–100)').fill('66');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved your values for minimax/MiniMax-M2.7.')).toBeVisible();
  await page.getByLabel('Search').fill('minimax m2.7');
  const row = page.getByRole('row', { name: /^minimax\/MiniMax-M2\.7 / });
  await expect(row).toContainText('$0.100');
  await expect(row).toContainText('user ·');
  await expect(row).toContainText('66');
  expect(arena.pageErrors).toEqual([]);
});

/** The table's own scroll region, and how many models the catalog lists (read from the status line). */
async function openPrices(page: Page): Promise<{ region: Locator; table: Locator; total: number }> {
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Models & Prices' })).toBeFocused();
  const status = modelsStatus(page);
  await expect(status).toContainText(/\d+ of \d+ models/);
  const [, shown, all] = /(\d+) of (\d+) models/.exec((await status.textContent()) ?? '') ?? [];
  expect(shown).toBe(all);
  return {
    region: page.getByRole('region', { name: /Models and prices/ }),
    table: page.getByRole('table', { name: /Models and prices/ }),
    total: Number(all),
  };
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not rendered');
  return box;
}

test('the table scrolls in its own region under a sticky header, with right-aligned numbers and bounded rows', async ({
  arena,
}) => {
  const { page } = arena;
  const { region, table, total } = await openPrices(page);
  expect(total).toBeGreaterThan(200);
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  // Virtualized: a few dozen rows in the DOM, not one per model, yet the scrollbar spans them all
  // (the spacer rows' heights are set through CSSOM, which the page's style-src 'self' allows).
  expect(await table.locator('tbody tr').count()).toBeLessThan(100);
  expect(await region.evaluate((element) => element.scrollHeight)).toBeGreaterThan(total * 25);

  // The region ends inside the window, so its scrollbars are on screen without scrolling the page.
  const viewport = page.viewportSize();
  const area = await boxOf(region);
  expect(area.y + area.height).toBeLessThanOrEqual(viewport?.height ?? 0);
  expect(area.x + area.width).toBeLessThanOrEqual(viewport?.width ?? 0);
  // At the default 1280 px every column fits, with the sidebar open: no sideways scrolling.
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);

  const inputHeader = table.getByRole('columnheader', { name: 'Input' });
  const headerBefore = await boxOf(inputHeader);
  await region.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  expect(await region.evaluate((element) => element.scrollTop)).toBeGreaterThan(1000);
  await expect(async () => {
    const header = await boxOf(inputHeader);
    expect(header.y).toBe(headerBefore.y);
  }).toPass();
  // Rows further down were rendered in place of the first ones.
  await expect(table.getByRole('row', { name: /^anthropic\// })).toHaveCount(0);
  expect(await table.locator('tbody tr').count()).toBeLessThan(100);

  // From the keyboard: the region takes focus and End reaches the last model.
  await region.focus();
  await page.keyboard.press('End');
  await expect(table.getByRole('row', { name: /^openrouter\/z-ai\/glm-5\.1 / })).toBeVisible();
  expect((await boxOf(inputHeader)).y).toBe(headerBefore.y);

  const firstRow = table.locator('tbody tr[aria-rowindex]').first();
  for (const cell of [inputHeader, firstRow.getByRole('cell').nth(3), firstRow.getByRole('cell').nth(6)]) {
    const style = await cell.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { align: computed.textAlign, numbers: computed.fontVariantNumeric };
    });
    expect(style).toEqual({ align: 'right', numbers: 'tabular-nums' });
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'models-prices-scrolled.png') });

  // Nothing is cut: no header label (with its sort arrow) and no rendered value overflows its cell.
  const overflowing = () =>
    table
      .locator('th, td')
      .evaluateAll((cells) =>
        cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
      );
  for (const header of await table.locator('thead button').all()) {
    await header.click();
    expect(await overflowing()).toEqual([]);
  }
  expect(arena.pageErrors).toEqual([]);
});

test('search finds a model far down the list', async ({ arena }) => {
  const { page } = arena;
  const { table } = await openPrices(page);
  await page.getByLabel('Search').fill('z-ai glm-5.1');
  await expect(modelsStatus(page)).toContainText(/^1 of \d+ models/);
  await expect(table.getByRole('row', { name: /^openrouter\/z-ai\/glm-5\.1 / })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '2');
});

test('an unknown price shows a dash titled unknown; a real zero shows $0', async ({ arena }) => {
  const { page } = arena;
  const { table } = await openPrices(page);
  // MiniMax has not published M3's cache-write price (curated as unknown).
  await page.getByLabel('Search').fill('minimax/minimax-m3');
  const m3 = table.getByRole('row', { name: /^minimax\/MiniMax-M3 / });
  const cacheWrite = m3.getByRole('cell').nth(5);
  await expect(cacheWrite).toHaveAttribute('title', 'unknown');
  await expect(cacheWrite).toContainText('—');
  await expect(cacheWrite).not.toContainText('$');
  // The cache-read price next to it is known.
  await expect(m3.getByRole('cell').nth(4)).toHaveText('$0.060');

  await page.getByLabel('Search').fill('openrouter/openrouter/free');
  const free = table.getByRole('row', { name: /^openrouter\/openrouter\/free / });
  await expect(free.getByRole('cell').nth(2)).toHaveText('$0');
  expect(arena.pageErrors).toEqual([]);
});

test.describe('at 900×700', () => {
  test.use({ viewport: { width: 900, height: 700 } });

  test('the page does not scroll sideways; the table does, with its scrollbar on screen', async ({
    arena,
  }) => {
    const { page } = arena;
    const { region, table } = await openPrices(page);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(900);
    const area = await boxOf(region);
    expect(area.x + area.width).toBeLessThanOrEqual(900);
    expect(area.y + area.height).toBeLessThanOrEqual(700);
    const source = table.getByRole('columnheader', { name: 'Source' });
    const fits = (await boxOf(table)).width <= area.width;
    if (!fits) {
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await region.evaluate((element) => {
        element.scrollLeft = element.scrollWidth;
      });
    }
    const sourceBox = await boxOf(source);
    expect(sourceBox.x + sourceBox.width).toBeLessThanOrEqual(area.x + area.width);
    await expect(source).toBeVisible();
    expect(arena.pageErrors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots at 900 and 1280 wide, ${scheme}`, async ({ arena }) => {
      const { page } = arena;
      await page.emulateMedia({ colorScheme: scheme });
      await openPrices(page);
      await page.screenshot({ path: join(SCREENSHOTS, `models-prices-900-${scheme}.png`) });
      await page.getByRole('button', { name: 'Sidebar' }).click();
      await page.screenshot({ path: join(SCREENSHOTS, `models-prices-900-collapsed-${scheme}.png`) });
      await page.getByRole('button', { name: 'Sidebar' }).click();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(SCREENSHOTS, `models-prices-1280-${scheme}.png`) });
      expect(arena.pageErrors).toEqual([]);
    });
  }
});
