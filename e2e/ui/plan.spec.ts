// The Plan page end to end: the hand case, a plan verdict computed by hand, a plan of your
// own, the chart drawn and named, and the exported report, with the keyboard alone where a user types.
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { remainsBody, serveRemains } from '../fake-providers/token-plan-remains.ts';
import { expect, test } from '../support/arena-fixture.ts';
import {
  addKeys,
  column,
  metric,
  paintedPixels,
  rememberColumns,
  runPrompt,
} from '../support/playground-page.ts';
import { scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

/** Types a value into a labelled number box with the keyboard: focus, select all, type. */
async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(value);
  await expect(box).toHaveValue(value);
}

/** The hand case: 1,000 requests a day, 2,000 input of which 30 % cached, 500 output, 30 days. */
async function enterHandCase(page: Page): Promise<void> {
  await typeInto(page, 'Requests per day', '1000');
  await typeInto(page, 'Input tokens per request', '2000');
  await typeInto(page, 'Cache-hit share of input %', '30');
  await typeInto(page, 'Output tokens per request', '500');
  await typeInto(page, 'Active days per month', '30');
  await typeInto(page, 'Active hours per day', '8');
}

const paygRow = (page: Page, model: string) =>
  page.getByRole('region', { name: 'Pay-as-you-go' }).getByRole('row').filter({ hasText: model });
const verdictRow = (page: Page, plan: string) =>
  page.getByRole('region', { name: 'Subscriptions' }).getByRole('row').filter({ hasText: plan });

test.beforeEach(async ({ arena }) => {
  // The Plan page starts from the Playground's columns.
  await rememberColumns(arena.page, [{ provider: 'minimax', model: 'MiniMax-M2.7' }]);
  await arena.page.keyboard.press('Control+4');
  await expect(arena.page.getByRole('heading', { level: 1, name: 'Plan' })).toBeFocused();
});

test('the hand case costs $31.68 a month on MiniMax-M2.7, and Starter fits 1,000 a day but not 3,000', async ({
  arena,
}) => {
  const { page } = arena;
  await enterHandCase(page);
  // 1,400 × $0.30 + 600 × $0.06 + 500 × $1.20 per million = $0.001056 a request; × 1,000 × 30 days.
  await expect(paygRow(page, 'minimax/MiniMax-M2.7')).toContainText('$31.68');
  await expect(paygRow(page, 'minimax/MiniMax-M2.7')).toContainText('$1.06');

  // Spread over 8 hours, the busiest 5 hours hold 625 requests: Starter's 1,500 holds them, and its
  // $10 a month is $10 / 30,000 requests; pay-as-you-go costs $10 at 10 / (0.001056 × 30) ≈ 316 a day.
  const starter = verdictRow(page, 'MiniMax Token Plan Starter (gen 1)');
  await expect(starter).toContainText('Fits');
  await expect(starter).toContainText('316 / day');
  await expect(starter).toContainText('Assumed');

  // 3,000 a day: 1,875 in the busiest 5 hours, 25 % over Starter's 1,500.
  await typeInto(page, 'Requests per day', '3000');
  await expect(starter).toContainText('Overflows by 25 %');
  await expect(paygRow(page, 'minimax/MiniMax-M2.7')).toContainText('$95.04');
  // The slider moves the same figure, and the table follows: one step is 10 more a day: $0.001056 × 3,010 × 30 = $95.36 a month.
  await page.getByLabel('Requests per day slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Requests per day', { exact: true })).toHaveValue('3010');
  await expect(paygRow(page, 'minimax/MiniMax-M2.7')).toContainText('$95.36');

  // Before any Playground run, the button stays reachable and says what to do.
  await page.getByRole('button', { name: 'Use this Playground run × requests per day' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Token basis' }).getByRole('status')).toHaveText(
    'The Playground has no finished answer yet: run a prompt there first.',
  );
  expect(arena.pageErrors).toEqual([]);
});

test('a plan of your own is added from the keyboard, judged, edited and deleted', async ({ arena }) => {
  const { page } = arena;
  await enterHandCase(page);
  await page.getByRole('button', { name: 'Add your plan' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add your plan' });
  await form.getByLabel('Name').focus();
  await page.keyboard.type('Team 500');
  await form.getByLabel('Monthly price').fill('12');
  await form.getByLabel('Models').fill('MiniMax-M2.7');
  await form.getByLabel('Quota per 5 hours').fill('500');
  await form.getByRole('button', { name: 'Save plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  // Keyboard users land where the next plan is added, not at the top of the document.
  await expect(page.getByRole('button', { name: 'Add your plan' })).toBeFocused();

  // 625 requests in the busiest 5 hours against 500: 25 % over.
  const mine = verdictRow(page, 'Team 500');
  await expect(mine).toContainText('Overflows by 25 %');
  await expect(mine).toContainText('$12.00');

  await page.getByRole('button', { name: 'Edit Team 500' }).click();
  const edit = page.getByRole('form', { name: 'Edit Team 500' });
  await edit.getByLabel('Quota per 5 hours').fill('1000');
  await edit.getByRole('button', { name: 'Save plan' }).click();
  await expect(mine).toContainText('Fits');

  await page.getByRole('button', { name: 'Delete Team 500' }).click();
  await expect(mine).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add your plan' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Subscriptions' })).toContainText(
    'You have not added a plan of your own.',
  );
  expect(arena.pageErrors).toEqual([]);
});

test('the chart is drawn and named, and the report exports with the table, the verdicts and the chart', async ({
  arena,
}) => {
  const { page, exportsDir, savePrompts } = arena;
  await enterHandCase(page);
  await expect(paygRow(page, 'minimax/MiniMax-M2.7')).toContainText('$31.68');
  const chart = page.getByRole('img', { name: /Monthly cost against requests per day/ });
  await expect(chart).toBeVisible();
  // Something was drawn: the canvas is not blank.
  const painted = await paintedPixels(chart);
  expect(painted).toBeGreaterThan(1000);

  for (const [width, theme] of [
    [1280, 'light'],
    [1280, 'dark'],
    [900, 'light'],
    [900, 'dark'],
  ] as const) {
    await page.emulateMedia({ colorScheme: theme });
    // The main area scrolls by itself: a viewport as tall as the page shows all of it.
    await page.setViewportSize({ width, height: 3000 });
    await page.screenshot({ path: join(SCREENSHOTS, `plan-${width}-${theme}.png`) });
    await page.setViewportSize({ width, height: 900 });
    await chart.screenshot({ path: join(SCREENSHOTS, `plan-chart-${width}-${theme}.png`) });
  }

  await page.getByRole('button', { name: 'Export report' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved the report to' })).toBeVisible();
  const name = savePrompts.at(-1) ?? '';
  const report = readFileSync(join(exportsDir, name), 'utf8');
  expect(report).toContain('MiniMax-M2.7');
  expect(report).toContain('$31.68');
  expect(report).toContain('MiniMax Token Plan Starter (gen 1)');
  expect(report).toMatch(/!\[[^\]]*\]\([^)]*\.png\)/);
  // The chart's PNG beside it, drawn for the report on white whatever the window's theme.
  const pngName = readdirSync(exportsDir).find((file) => file.endsWith('.png'));
  expect(pngName).toBeDefined();
  expect(statSync(join(exportsDir, pngName ?? '')).size).toBeGreaterThan(10_000);
  // Exported while the window is dark: kept for review beside the screenshots.
  copyFileSync(join(exportsDir, pngName ?? ''), join(SCREENSHOTS, 'plan-report-chart.png'));
  // The CSV beside it holds the ranked table.
  const csvName = readdirSync(exportsDir).find((file) => file.endsWith('.csv'));
  expect(csvName).toBeDefined();
  const [header, ...rows] = readFileSync(join(exportsDir, csvName ?? ''), 'utf8')
    .trim()
    .split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const payg = rows.find((line) => line.startsWith('payg,minimax,MiniMax-M2.7,'))?.split(',') ?? [];
  expect(Number(payg[columns.indexOf('monthly_usd')])).toBeCloseTo(31.68, 6);
  expect(arena.pageErrors).toEqual([]);
});

test('"Use this Playground run" prices each model at the tokens its answer measured', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [
          {
            frames: openAiFrames({
              model: 'gpt-5-mini',
              text: pieces('A short answer.'),
              usage: { input: 300, output: 200 },
            }),
            delayMs: 5,
          },
        ],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  await runPrompt(page, 'Say something short.');
  await expect(metric(column(page, 'openai/gpt-5-mini'), 'Status')).toHaveText('Done');

  await page.keyboard.press('Control+4');
  await typeInto(page, 'Requests per day', '1000');
  const row = paygRow(page, 'openai/gpt-5-mini');
  // Typed tokens first: 2,000 in × $0.25 + 500 out × $2 per million = $0.0015 a request, $45.00 a month.
  await expect(row).toContainText('$45.00');
  await page.getByRole('button', { name: 'Use this Playground run × requests per day' }).click();
  await expect(page.getByRole('region', { name: 'Token basis' })).toContainText(
    "measured per model in the Playground's last run (1 model)",
  );
  // Measured: 300 in × $0.25 + 200 out × $2 per million = $0.000475 a request; × 1,000 × 30 = $14.25.
  await expect(row).toContainText('$14.25');

  // Back to typed tokens, then the same answer chosen from History.
  await page.getByRole('button', { name: 'Use the typed tokens' }).click();
  await expect(row).toContainText('$45.00');
  await page.getByRole('button', { name: 'From History runs…' }).click();
  const runs = page.getByRole('group', { name: 'Choose History runs' });
  await runs.getByRole('checkbox', { name: /Say something short\./ }).check();
  await runs.getByRole('button', { name: 'Use the chosen runs' }).click();
  await expect(page.getByRole('region', { name: 'Token basis' })).toContainText(
    'averaged over 1 History conversation (1 model)',
  );
  await expect(row).toContainText('$14.25');
  expect(arena.pageErrors).toEqual([]);
});

test('a blind round waiting for its vote is not used: its tokens per model would hint at whose answer is whose', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const answerOf = (model: string, text: string, output: number) => ({
    frames: openAiFrames({ model, text: pieces(text), usage: { input: 300, output } }),
    delayMs: 5,
  });
  scriptStreams(
    fakeGlobal,
    new Map([
      ['/v1/chat/completions gpt-5-mini', [answerOf('gpt-5-mini', 'Short.', 20)]],
      ['/chat/completions deepseek-v4-flash', [answerOf('deepseek-v4-flash', 'A much longer answer.', 900)]],
    ]),
  );
  await addKeys(page, ['openai', 'deepseek']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'deepseek', model: 'deepseek-v4-flash' },
  ]);
  await page.getByRole('checkbox', { name: 'Blind' }).check();
  await runPrompt(page, 'Which answer is whose?');
  for (const name of ['Model A', 'Model B'])
    await expect(metric(column(page, name), 'Status')).toHaveText('Done');

  await page.keyboard.press('Control+4');
  await page.getByRole('button', { name: 'Use this Playground run × requests per day' }).click();
  const basis = page.getByRole('region', { name: 'Token basis' });
  await expect(basis.getByRole('status')).toHaveText(
    'The Playground run is blind: vote or reveal it first, then use it here.',
  );
  await expect(basis).toContainText('as typed below (assumed)');
  await page.getByRole('button', { name: 'From History runs…' }).click();
  await expect(page.getByRole('checkbox', { name: /Blind run: vote or reveal it/ })).toBeDisabled();
  expect(arena.pageErrors).toEqual([]);
});

test('a stored Token Plan key shows its live windows with their reset times', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  serveRemains(fakeGlobal, [
    remainsBody('Plus', [
      {
        model: 'MiniMax-M2.7',
        fiveHour: { total: 4500, remaining: 4200, end: Date.UTC(2030, 0, 1, 12, 0) },
        weekly: { remainingPercent: 80 },
      },
    ]),
  ]);
  const added = await page.evaluate(() =>
    window.arena.keys.add({
      provider: 'minimax',
      key: 'sk-cp-plan-page-test-000000000000000001',
      label: 'My plan',
    }),
  );
  expect(added.ok).toBe(true);
  await page.keyboard.press('Control+2');
  await page.keyboard.press('Control+4');
  const live = page.getByRole('region', { name: 'Subscriptions' });
  await expect(live).toContainText('Your Token Plan now (measured)');
  await expect(live).toContainText('My plan');
  await expect(live).toContainText('· Plus');
  await expect(live).toContainText('MiniMax-M2.7: 5 hours 4,200 of 4,500 requests left, resets');
  await expect(live).toContainText('week 80 % left');
  await expect(live).not.toContainText('sk-cp-plan-page-test');
  expect(arena.pageErrors).toEqual([]);
});
