// Spending end to end: two turns of one conversation in the Playground at the fake providers (OpenAI
// billed in USD, MiniMax China in CNY, a model nobody prices), the Playground's running total, then
// the Spending page's totals per provider, model and day or month, its chart, and screenshots in both
// themes.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import { expect, test } from '../support/arena-fixture.ts';
import { FOLLOW_UP, FOLLOW_UP_ANSWER, MINIMAX_ANSWER, OPENAI_ANSWER } from '../support/playground-answers.ts';
import {
  addKeys,
  column,
  metric,
  paintedPixels,
  rememberColumns,
  runPrompt,
} from '../support/playground-page.ts';
import { quick, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const OPENAI = 'openai/gpt-5-mini';
const CHINA = 'minimax/MiniMax-M2.7';
/** A model no price list knows: its answers count as of unknown cost, never $0. */
const UNPRICED = 'openai/gpt-unpriced-test';

async function allDone(page: Page): Promise<void> {
  for (const label of [OPENAI, CHINA, UNPRICED])
    await expect(metric(column(page, label), 'Status')).toHaveText('Done');
}

/** A table's body rows as the text of their cells. */
const rowsOf = (table: Locator): Promise<string[][]> =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );

/** How many of the canvas's pixels something was drawn on: zero for a blank chart. */
async function shoot(page: Page, width: number, scheme: 'light' | 'dark'): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.screenshot({ path: join(SCREENSHOTS, `spending-${width}-${scheme}.png`), fullPage: true });
}

test('two turns at OpenAI and MiniMax China add up in the Playground and on Spending, CNY kept in CNY', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal, fakeChina } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [
          quick(
            openAiFrames({
              model: 'gpt-5-mini-2025-08-07',
              text: pieces(OPENAI_ANSWER),
              usage: { input: 1000, output: 500, cached: 200 },
            }),
          ),
          quick(
            openAiFrames({
              model: 'gpt-5-mini-2025-08-07',
              text: pieces(FOLLOW_UP_ANSWER),
              usage: { input: 1500, output: 300 },
            }),
          ),
        ],
      ],
      [
        '/v1/chat/completions gpt-unpriced-test',
        [
          quick(
            openAiFrames({
              model: 'gpt-unpriced-test',
              text: pieces(OPENAI_ANSWER),
              usage: { input: 700, output: 300 },
            }),
          ),
          quick(
            openAiFrames({
              model: 'gpt-unpriced-test',
              text: pieces(FOLLOW_UP_ANSWER),
              usage: { input: 1100, output: 250 },
            }),
          ),
        ],
      ],
    ]),
  );
  scriptStreams(
    fakeChina,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        [
          quick(
            openAiFrames({
              model: 'MiniMax-M2.7',
              minimax: true,
              text: pieces(MINIMAX_ANSWER),
              usage: { input: 900, output: 600 },
            }),
          ),
          quick(
            openAiFrames({
              model: 'MiniMax-M2.7',
              minimax: true,
              text: pieces(FOLLOW_UP_ANSWER),
              usage: { input: 1600, output: 200 },
            }),
          ),
        ],
      ],
    ]),
  );

  // Before any run, Spending says there is nothing yet and where spending comes from.
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Spending' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spending' })).toBeFocused();
  const empty = page.getByRole('region', { name: 'Nothing spent yet' });
  await expect(empty).toContainText('Each answer you get in the Playground is added up here');
  await empty.getByRole('button', { name: 'Open the Playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeFocused();

  await addKeys(page, ['minimax', 'openai']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'minimax', model: 'MiniMax-M2.7', region: 'china' },
    { provider: 'openai', model: 'gpt-unpriced-test' },
  ]);

  await runPrompt(page);
  await allDone(page);
  // gpt-5-mini, $0.25 / $2 per 1M, cache reads $0.025: 800 × 0.25 + 200 × 0.025 + 500 × 2 = $0.001205.
  // MiniMax-M2.7 in China, ¥2.1 / ¥8.4 per 1M: 900 × 2.1 + 600 × 8.4 = ¥0.00693, at 7.1 CNY per USD
  // ~$0.0009761; the run ~$0.002181 in all.
  await expect(metric(column(page, OPENAI), 'Cost')).toHaveText('$0.001205');
  await expect(metric(column(page, CHINA), 'Cost')).toHaveText(/^¥0\.00693 \(~\$0\.0009761\)/);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(
    'This run cost $0.001205 + ¥0.00693 (~$0.002181 in all) (and 1 answer at an unknown price).',
  );
  await expect(summary).not.toContainText('the conversation so far');

  await runPrompt(page, FOLLOW_UP);
  await allDone(page);
  // Second turn: 1,500 × 0.25 + 300 × 2 = $0.000975; 1,600 × 2.1 + 200 × 8.4 = ¥0.00504 (~$0.00071).
  // The conversation: $0.00218 + ¥0.01197, ~$0.003866 in all.
  await expect(summary).toContainText(
    'This run cost $0.000975 + ¥0.00504 (~$0.001685 in all) (and 1 answer at an unknown price) · the conversation so far $0.00218 + ¥0.01197 (~$0.003866 in all) (and 2 answers at an unknown price).',
  );
  await summary.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-running-total.png') });

  // The core's own figures, as the window received them, are the ones just checked.
  const costs = arena.traffic
    .filter((event): event is Extract<ArenaEvent, { type: 'compare.column-done' }> =>
      Boolean(event && (event as ArenaEvent).type === 'compare.column-done'),
    )
    .map((event) => event.result.cost);
  const billedCny = costs.reduce((sum, cost) => sum + (cost?.billed?.amount ?? 0), 0);
  const billedUsd = costs.reduce((sum, cost) => sum + (cost && !cost.billed ? cost.usd : 0), 0);
  expect(billedCny).toBeCloseTo(0.01197, 12);
  expect(billedUsd).toBeCloseTo(0.00218, 12);

  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Spending' })).toBeFocused();
  await expect(page.getByText('Spent in all:')).toHaveText(
    'Spent in all: $0.00218 + ¥0.01197 (~$0.003866 in all) · 2 answers had no known cost (left out of these totals)',
  );

  // Per provider: OpenAI billed in USD; MiniMax China in CNY, its estimate beside it (0.01197 / 7.1).
  const headers = ['Billed', 'Total (USD)', 'Cost unknown'];
  const perProvider = page.getByRole('table', { name: 'Per provider' });
  await expect(perProvider.locator('thead th')).toHaveText(['Provider', ...headers]);
  await expect
    .poll(() => rowsOf(perProvider))
    .toEqual([
      ['OpenAI', '$0.00218', '$0.00218', '2'],
      ['MiniMax', '¥0.01197', '~$0.001686', '—'],
    ]);
  const perModel = page.getByRole('table', { name: 'Per model' });
  await expect
    .poll(() => rowsOf(perModel))
    .toEqual([
      ['openai/gpt-5-mini', '$0.00218', '$0.00218', '—'],
      ['minimax/MiniMax-M2.7', '¥0.01197', '~$0.001686', '—'],
      ['openai/gpt-unpriced-test', '—', 'unknown', '2'],
    ]);

  // Per day: today (the runs' local day), two runs of each model, and the total under them.
  const now = new Date();
  const today = now
    .toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
    .replace(',', '');
  const perDay = page.getByRole('table', { name: 'Per day and model' });
  // Newest first until a header is clicked: the Day header says so.
  await expect(perDay.locator('thead th')).toHaveText(['Day▼', 'Model', 'Runs', ...headers]);
  await expect(perDay.getByRole('columnheader', { name: /^Day/ })).toHaveAttribute('aria-sort', 'descending');
  await expect
    .poll(() => rowsOf(perDay))
    .toEqual([
      [today, 'openai/gpt-5-mini', '2', '$0.00218', '$0.00218', '—'],
      [today, 'minimax/MiniMax-M2.7', '2', '¥0.01197', '~$0.001686', '—'],
      [today, 'openai/gpt-unpriced-test', '2', '—', 'unknown', '2'],
    ]);
  await expect(perDay.locator('tfoot tr')).toHaveText(
    /^Total\s*\$0\.00218\s\+\s¥0\.01197\s*~\$0\.003866\s*2$/,
  );

  // Sorting by the total: the biggest first, then the other way (the unknown cost, then the cheaper).
  const totalHeader = perDay.getByRole('columnheader', { name: 'Total (USD)' });
  await totalHeader.getByRole('button').click();
  await expect(totalHeader).toHaveAttribute('aria-sort', 'descending');
  await totalHeader.getByRole('button').click();
  await expect(totalHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect
    .poll(async () => (await rowsOf(perDay)).map((row) => row[1]))
    .toEqual(['openai/gpt-unpriced-test', 'minimax/MiniMax-M2.7', 'openai/gpt-5-mini']);

  // The chart is drawn (the strict CSP lets Chart.js paint) and named, its figures in the tables.
  const chart = page.getByRole('img', { name: /^Estimated USD spent per day, stacked by provider\./ });
  await expect(chart).toBeVisible();
  await expect.poll(() => paintedPixels(chart)).toBeGreaterThan(1000);
  await page.getByRole('radio', { name: 'Model' }).check();
  await expect(page.getByRole('img', { name: /stacked by model\./ })).toBeVisible();

  for (const width of [1280, 900]) {
    for (const scheme of ['light', 'dark'] as const) await shoot(page, width, scheme);
  }
  await page.setViewportSize({ width: 900, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await perDay.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'spending-tables-900-light.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Per month: the same money, the month named in full, in the order chosen above (cheapest first).
  await page.getByRole('radio', { name: 'Month' }).check();
  const perMonth = page.getByRole('table', { name: 'Per month and model' });
  const month = now.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
  await expect
    .poll(() => rowsOf(perMonth))
    .toEqual([
      [month, 'openai/gpt-unpriced-test', '2', '—', 'unknown', '2'],
      [month, 'minimax/MiniMax-M2.7', '2', '¥0.01197', '~$0.001686', '—'],
      [month, 'openai/gpt-5-mini', '2', '$0.00218', '$0.00218', '—'],
    ]);
  await expect(page.getByRole('img', { name: /^Estimated USD spent per month/ })).toBeVisible();
  expect(arena.pageErrors).toEqual([]);
});
