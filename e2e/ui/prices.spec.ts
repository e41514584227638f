import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/arena-fixture.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const LITELLM = readFileSync(
  join(import.meta.dirname, '../fixtures/litellm/model_prices_and_context_window.json'),
  'utf8',
);

test('Models & Prices: search, filter, sort, tier reasons and a price refresh', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Models & Prices' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('models');

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
  await page.getByRole('button', { name: 'Input' }).click();
  await page.getByRole('button', { name: 'Input ▲' }).click();
  const prices = await page.locator('table.prices tbody tr td:nth-child(4)').allTextContents();
  const numbers = prices.filter((text) => text !== '—').map((text) => Number(text.replace('$', '')));
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
  await expect(page.getByRole('status')).toContainText(/Refreshed \d+ prices/);
  expect(arena.pageErrors).toEqual([]);
});

test('prompt advice recommends among providers with a key; a user price wins and shows as yours', async ({
  arena,
}) => {
  const { page } = arena;
  await page.keyboard.press('Control+3');
  await page.getByText('Which model does my prompt need?').click();
  await page.getByLabel('Prompt').fill('Prove that the sum of two odd numbers is even.');
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(page.getByText('No priced model is configured yet')).toBeVisible();

  await page.evaluate(() =>
    window.arena.keys.add({ provider: 'minimax', key: 'sk-api-advice-test-key-0001' }),
  );
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(
    page.getByText(/Cheapest good-enough model you have a key for: minimax\/MiniMax-M2/),
  ).toBeVisible();

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
