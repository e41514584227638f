// Quality scores in the window: the index selector on Models & Prices with its attribution, the
// Quality and $ / quality pt columns following it, and the Playground's headers and summary on it.
// Expected numbers are copied from the project's copy of the data (data/quality/, PROVENANCE.md's table).
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/arena-fixture.ts';
import { addKeys, column, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { quick, scriptStreams } from '../support/scripted-streams.ts';
import { anthropicFrames, openAiFrames, pieces } from '../support/stream-scripts.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const AA_CREDIT = 'Data: Artificial Analysis (artificialanalysis.ai)';
const ARENA_CREDIT = 'LMArena (arena.ai)';

async function openPrices(page: Page): Promise<void> {
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Models & Prices' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: / models/ })).toContainText(/\d+ of \d+ models/);
}

/** A model's row (its id then a space, so MiniMax-M2 is not MiniMax-M2.7) and its cells by column. */
function priceRow(page: Page, id: string) {
  const row = page.getByRole('row', { name: new RegExp(`^${id.replaceAll('.', '\\.')} `) });
  return {
    row,
    quality: row.getByRole('cell').nth(1),
    perPoint: row.getByRole('cell').nth(7),
  };
}

const qualityIndex = (page: Page): Locator => page.getByLabel('Quality index');

/** The lines of a text that name one date twice ("LMArena text 2026-07-08, 2026-07-08"). */
function linesWithADateTwice(text: string): string[] {
  return text.split('\n').filter((line) => {
    const dates = line.match(/\d{4}-\d\d-\d\d/g) ?? [];
    return new Set(dates).size < dates.length;
  });
}

/**
 * Every Quality cell's variant, scrolling the whole table: those cut short (wider than their cell), and
 * how many of the table's rows were looked at. The table keeps only the rows near the viewport, so it is
 * read a rendered stretch at a time, all inside the page: each step scrolls to the bottom of the last row
 * rendered, so no row is skipped whatever the overscan, and one round trip reads a whole index.
 */
async function cutVariants(page: Page): Promise<{ cut: string[]; rowsSeen: number; rowCount: number }> {
  const region = page.getByRole('region', { name: /Models and prices/ });
  return region.evaluate(async (element) => {
    const table = element.querySelector<HTMLTableElement>('table.prices');
    if (!table) throw new Error('no prices table in the region');
    const rowCount = Number(table.getAttribute('aria-rowcount')) - 1;
    const cut = new Set<string>();
    const seen = new Set<string>();
    const nextFrames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    element.scrollTop = 0;
    await nextFrames();
    for (let step = 0; step < 200 && seen.size < rowCount; step += 1) {
      const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')];
      for (const row of rows) {
        seen.add(row.getAttribute('aria-rowindex') ?? '');
        for (const span of row.querySelectorAll<HTMLElement>('.quality-variant')) {
          if (span.scrollWidth > span.clientWidth) cut.add(span.textContent ?? '');
        }
      }
      const last = rows.at(-1);
      if (!last) break;
      const top = element.scrollTop;
      element.scrollTop = top + last.getBoundingClientRect().bottom - element.getBoundingClientRect().top - 1;
      // Two frames for the rows of the new position to render.
      await nextFrames();
      if (element.scrollTop <= top) break;
    }
    return { cut: [...cut], rowsSeen: seen.size, rowCount };
  });
}

const perPointHeader = (page: Page): Locator => page.getByRole('columnheader', { name: '$ / quality pt' });

test('the default index shows AA Intelligence v4.1 with its credit; another version shows its own numbers, kept across a reload', async ({
  arena,
}) => {
  const { page } = arena;
  await openPrices(page);
  await expect(qualityIndex(page)).toHaveValue('aa-intelligence@v4.1');
  const credit = page.getByRole('link', { name: AA_CREDIT });
  await expect(credit).toBeVisible();
  await expect(credit).toHaveAttribute('href', /^https:\/\/artificialanalysis\.ai\b/);
  const line = page.locator('.quality-attribution');
  await expect(line).toContainText('v4.1');
  await expect(line).toContainText('2026-07-10');
  await expect(line).toContainText('0–100');
  await expect(qualityIndex(page).locator('option', { hasText: 'Your votes' })).toBeDisabled();

  await page.getByLabel('Search').fill('minimax/minimax-m2');
  const m27 = priceRow(page, 'minimax/MiniMax-M2.7');
  const m2 = priceRow(page, 'minimax/MiniMax-M2');
  await expect(m27.quality.locator('.quality-score')).toHaveText('38.13');
  await expect(m27.quality).toContainText('reasoning');
  await expect(m27.quality).toHaveAttribute('title', /^38\.13 — AA Intelligence v4\.1, 2026-07-10/);
  // The other scores are on hover, each with its own index and version.
  await expect(m27.quality).toHaveAttribute('title', /\n49\.62 — AA Intelligence v4\.0\.x, 2026-06-15/);
  await expect(m27.quality).toHaveAttribute('title', /\n1417 — LMArena/);
  // AA marks MiniMax-M2's v4.1 value as estimated. Its variant, "reasoning (always-on)", is shortened to
  // fit under the score; the hover keeps the index's own label.
  await expect(m2.quality.locator('.quality-score')).toHaveText('28.31 est.');
  await expect(m2.quality.locator('.quality-variant')).toHaveText('always reasons');
  await expect(m2.quality).toHaveAttribute(
    'title',
    /^28\.31 — AA Intelligence v4\.1, 2026-07-10, reasoning \(always-on\), estimated\n/,
  );
  expect(linesWithADateTwice((await m27.quality.getAttribute('title')) ?? '')).toEqual([]);
  // ($0.30 × 3 + $1.20) / 4 = $0.525 per 1M tokens, over 38.13 points.
  await expect(m27.perPoint).toHaveText('$0.014');
  await expect(perPointHeader(page)).toHaveAttribute('title', /AA Intelligence v4\.1/);
  await page.screenshot({ path: join(SCREENSHOTS, 'quality-default-index.png') });

  await qualityIndex(page).selectOption({ label: 'AA Intelligence v4.0.x (superseded)' });
  await expect(m2.quality.locator('.quality-score')).toHaveText('36.09');
  await expect(m27.quality.locator('.quality-score')).toHaveText('49.62');
  // $0.525 over 49.62 points.
  await expect(m27.perPoint).toHaveText('$0.011');
  await expect(line).toContainText('2026-06-15');
  await expect(perPointHeader(page)).toHaveAttribute('title', /AA Intelligence v4\.0\.x/);
  await expect
    .poll(() => arena.core.settings.get().qualityIndex)
    .toEqual({ index: 'aa-intelligence', version: 'v4.0.x' });

  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await openPrices(page);
  await expect(qualityIndex(page)).toHaveValue('aa-intelligence@v4.0.x');
  await page.getByLabel('Search').fill('minimax/minimax-m2');
  await expect(m2.quality.locator('.quality-score')).toHaveText('36.09');
  expect(arena.pageErrors).toEqual([]);
});

test('LMArena text: ratings with their own credit, and no $ per point on a rating scale', async ({
  arena,
}) => {
  const { page } = arena;
  await openPrices(page);
  const labels = await qualityIndex(page).locator('option').allTextContents();
  const arenaLabel = labels.find((label) => label.startsWith('LMArena'));
  expect(arenaLabel).toBeDefined();
  await qualityIndex(page).selectOption({ label: arenaLabel ?? '' });

  await expect(page.getByRole('link', { name: ARENA_CREDIT })).toHaveAttribute(
    'href',
    /^https:\/\/arena\.ai\b/,
  );
  await expect(page.getByRole('link', { name: AA_CREDIT })).toHaveCount(0);
  const line = page.locator('.quality-attribution');
  await expect(line).toContainText('2026-07-08');
  expect(linesWithADateTwice((await line.textContent()) ?? '')).toEqual([]);

  await page.getByLabel('Search').fill('minimax/minimax-m2.7');
  const m27 = priceRow(page, 'minimax/MiniMax-M2.7');
  await expect(m27.quality.locator('.quality-score')).toHaveText('1417');
  expect(linesWithADateTwice((await m27.quality.getAttribute('title')) ?? '')).toEqual([]);
  await expect(m27.perPoint).toHaveText(/^—/);
  await expect(m27.perPoint).toHaveAttribute('title', /No \$ per point on LMArena/);
  await expect(perPointHeader(page)).toHaveAttribute('title', /No \$ per point on LMArena/);

  // Sorting by quality still works: the highest rating first, unscored models last.
  await page.getByLabel('Search').fill('minimax');
  const sortByQuality = page.getByRole('button', { name: 'Quality', exact: true });
  await sortByQuality.click();
  await sortByQuality.click();
  await expect(page.getByRole('columnheader', { name: 'Quality', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const scores = await page.locator('table.prices tbody .quality-score').allTextContents();
  const numbers = scores.map(Number);
  expect(numbers.length).toBeGreaterThan(3);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  expect(arena.pageErrors).toEqual([]);
});

test('a model the chosen index did not measure shows a dash saying so, never another version’s number', async ({
  arena,
}) => {
  const { page } = arena;
  await openPrices(page);
  // PROVENANCE.md: no AA row for gpt-5.2-chat-latest; LMArena has one.
  await page.getByLabel('Search').fill('openai/gpt-5.2-chat-latest');
  const chat = priceRow(page, 'openai/gpt-5.2-chat-latest');
  await expect(chat.quality).toHaveText(/^—/);
  await expect(chat.quality).toHaveAttribute('title', /^not measured on AA Intelligence v4\.1\n/);
  await expect(chat.quality).toHaveAttribute('title', /\n\d+ — LMArena/);
  await expect(chat.perPoint).toHaveText(/^—/);

  // MiniMax-M2 has no AA Coding v4.1 score (only v4.0.x): a dash, not the v4.0.x number.
  await qualityIndex(page).selectOption({ label: 'AA Coding v4.1' });
  await page.getByLabel('Search').fill('minimax/minimax-m2');
  const m2 = priceRow(page, 'minimax/MiniMax-M2');
  await expect(m2.quality).toHaveAttribute('title', /^not measured on AA Coding v4\.1\n/);
  // The v4.0.x number (29.21) is only in the hover's list, named as v4.0.x.
  await expect(m2.quality.locator('.quality-score')).toHaveCount(0);
  await expect(m2.quality).toHaveAttribute('title', /\n29\.21 — AA Coding v4\.0\.x/);
  await expect(priceRow(page, 'minimax/MiniMax-M2.7').quality.locator('.quality-score')).toHaveText('52.62');
  expect(arena.pageErrors).toEqual([]);
});

test('the advisor’s minimum and its advice are on the chosen index', async ({ arena }) => {
  const { page } = arena;
  await addKeys(page, ['minimax']);
  await openPrices(page);
  await page.getByText('Which model does my prompt need?').click();
  await expect(page.getByLabel('Minimum quality (AA Intelligence v4.1, 0–100, optional)')).toHaveAttribute(
    'max',
    '100',
  );
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('What is the capital of France?');
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(page.getByText(/Cheapest good-enough model you have a key for: minimax\//)).toContainText(
    'on AA Intelligence v4.1)',
  );

  const labels = await qualityIndex(page).locator('option').allTextContents();
  await qualityIndex(page).selectOption({ label: labels.find((label) => label.startsWith('LMArena')) ?? '' });
  const minimum = page.getByLabel(/^Minimum quality \(LMArena/);
  await expect(minimum).toHaveAttribute('max', '3000');
  await minimum.fill('1400');
  await page.getByRole('button', { name: 'Recommend' }).click();
  await expect(page.getByText(/Cheapest good-enough model you have a key for: minimax\//)).toContainText(
    /quality 1[4-9]\d\d on LMArena/,
  );
  expect(arena.pageErrors).toEqual([]);
});

const usage = { input: 200, output: 100 };
const minimaxAnswer = (model: string) =>
  quick(openAiFrames({ model, minimax: true, text: pieces('Paris.'), usage }));
const anthropicAnswer = (model: string) => quick(anthropicFrames({ model, text: pieces('Paris.'), usage }));

test('a Playground column shows the score for its reasoning setting; the summary compares on the chosen index and names it', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      ['/v1/messages claude-sonnet-4-5', [anthropicAnswer('claude-sonnet-4-5')]],
      ['/v1/chat/completions MiniMax-M3', [minimaxAnswer('MiniMax-M3')]],
    ]),
  );
  await addKeys(page, ['anthropic', 'minimax']);
  await rememberColumns(page, [
    { provider: 'anthropic', model: 'claude-sonnet-4-5' },
    { provider: 'minimax', model: 'MiniMax-M3' },
  ]);
  const sonnet = column(page, 'anthropic/claude-sonnet-4-5');
  const badge = sonnet.locator('.pg-quality');
  // The app sends Claude no thinking block unless asked: its non-reasoning score (AA estimated it).
  await expect(badge).toContainText('Quality 29.28 est.');
  await expect(badge).toHaveAttribute('title', /^29\.28 — AA Intelligence v4\.1, 2026-07-10, non-reasoning/);
  // The index's required attribution, outside Models & Prices too.
  await expect(badge).toHaveAttribute('title', /\nData: Artificial Analysis \(artificialanalysis\.ai\)$/);

  await page.getByRole('button', { name: 'Settings for anthropic/claude-sonnet-4-5' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings for anthropic/claude-sonnet-4-5' });
  await dialog.getByLabel('Reasoning').selectOption('on');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(badge).toContainText('Quality 36.42');
  await expect(badge).not.toContainText('est.');
  await expect(badge).toHaveAttribute('title', /^36\.42 — AA Intelligence v4\.1, 2026-07-10, reasoning/);

  await runPrompt(page, 'What is the capital of France?');
  const summary = page.getByRole('region', { name: 'Summary' });
  // Sonnet with reasoning on scores 36.42 there, MiniMax-M3 44.44.
  const highest = summary.locator('.pg-summary-fact', { hasText: /^Highest AA Intelligence v4\.1/ });
  await expect(highest.locator('dd')).toHaveText('MiniMax-M3 44.44');
  await expect(highest).toHaveAttribute('title', /Data: Artificial Analysis \(artificialanalysis\.ai\)/);
  await page.screenshot({ path: join(SCREENSHOTS, 'quality-playground.png') });
  expect(arena.pageErrors).toEqual([]);
});

test('no variant is cut in the Quality column, on any index', async ({ arena }) => {
  const { page } = arena;
  await openPrices(page);
  const values = await qualityIndex(page)
    .locator('option:not([disabled])')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(values.length).toBeGreaterThanOrEqual(5);
  for (const value of values) {
    await qualityIndex(page).selectOption(value);
    await expect(qualityIndex(page)).toHaveValue(value);
    const { cut, rowsSeen, rowCount } = await cutVariants(page);
    expect(cut, value).toEqual([]);
    expect(rowCount, value).toBeGreaterThan(100);
    expect(rowsSeen, value).toBe(rowCount);
  }
  expect(arena.pageErrors).toEqual([]);
});

test('the Playground advice never quotes one index under another’s name while it asks again', async ({
  arena,
}) => {
  const { page } = arena;
  await addKeys(page, ['minimax']);
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('What is the capital of France?');
  const advice = page.locator('.pg-advice');
  await expect(advice.locator('.pg-advice-text')).toContainText('on AA Intelligence v4.1)');

  // Timers stand still from here: the new advice is asked for only once the clock resumes, so what
  // shows meanwhile is what the advice shows for as long as a real wait lasts.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await openPrices(page);
  await qualityIndex(page).selectOption({ label: 'AA Intelligence v4.0.x (superseded)' });
  await expect(qualityIndex(page)).toHaveValue('aa-intelligence@v4.0.x');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await expect(advice.locator('.pg-advice-text')).toHaveText(
    'Updating the advice for AA Intelligence v4.0.x…',
  );
  await expect(advice).toHaveAttribute('aria-busy', 'true');
  await expect(advice.getByRole('button', { name: /^Add / })).toHaveCount(0);

  await page.clock.resume();
  await expect(advice.locator('.pg-advice-text')).toContainText('on AA Intelligence v4.0.x)');
  await expect(advice).toHaveAttribute('aria-busy', 'false');
  expect(arena.pageErrors).toEqual([]);
});
