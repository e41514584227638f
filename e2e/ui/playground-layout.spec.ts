// The Playground gives the window to the answers: the page itself never scrolls, the columns start
// near the top and reach the bottom, each answer scrolls inside its column with its metrics in view.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ColumnSetup } from '../../src-shared/settings.ts';
import { expect, test } from '../support/arena-fixture.ts';
import { ANTHROPIC_ANSWER, MINIMAX_ANSWER, OPENAI_ANSWER, PROMPT } from '../support/playground-answers.ts';
import { addKeys, column, metric, rememberColumns } from '../support/playground-page.ts';
import { SCREENSHOTS } from '../support/playground-setup-steps.ts';
import { scriptStreams } from '../support/scripted-streams.ts';
import { anthropicFrames, openAiFrames, pieces } from '../support/stream-scripts.ts';

const COLUMNS: ColumnSetup[] = [
  { provider: 'minimax', model: 'MiniMax-M2.7' },
  { provider: 'openai', model: 'gpt-5-mini' },
  { provider: 'anthropic', model: 'claude-haiku-4-5' },
];
const LABELS = COLUMNS.map(({ provider, model }) => `${provider}/${model}`);

/** Where the columns must begin at each window size (sidebar open), and how far main's padding may
 * leave the last thing on the page from the window's bottom edge. */
const SIZES = [
  { width: 1280, height: 800, columnsTop: 220, toolbarRows: 1 },
  { width: 900, height: 700, columnsTop: 260, toolbarRows: 2 },
] as const;
const BOTTOM_SLACK = 24;

interface Box {
  top: number;
  bottom: number;
}

const box = async (locator: Locator): Promise<Box> =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });

/** The toolbar's controls, shared defaults included. */
const toolbar = (page: Page): Locator[] => [
  page.getByRole('combobox', { name: 'Add model' }),
  page.getByText('Presets', { exact: true }),
  page.getByText('Defaults', { exact: true }),
  page.getByRole('button', { name: 'Grid layout' }),
  page.getByRole('checkbox', { name: 'Sync scroll' }),
  page.getByRole('button', { name: 'Keyboard shortcuts' }),
];

/** How many lines the toolbar's controls take: their vertical centres, grouped. */
async function toolbarRows(page: Page): Promise<number> {
  const centres: number[] = [];
  for (const control of toolbar(page)) {
    const { top, bottom } = await box(control);
    centres.push((top + bottom) / 2);
  }
  centres.sort((a, b) => a - b);
  return centres.filter((centre, index) => index === 0 || centre - (centres[index - 1] ?? 0) > 12).length;
}

/** Both scrollers that could move the whole page: the document, and <main> (the app's page area). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const main = document.querySelector('main');
    return {
      documentY: root.scrollHeight - window.innerHeight,
      documentX: root.scrollWidth - window.innerWidth,
      mainY: main ? main.scrollHeight - main.clientHeight : 0,
      mainX: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });

async function expectAnswersFillTheWindow(page: Page, size: (typeof SIZES)[number]): Promise<void> {
  await page.setViewportSize({ width: size.width, height: size.height });
  await expect(page.getByRole('button', { name: 'Sidebar' })).toHaveAttribute('aria-expanded', 'true');
  expect
    .soft(await toolbarRows(page), `toolbar lines at ${size.width} px`)
    .toBeLessThanOrEqual(size.toolbarRows);
  const summary = await box(page.getByRole('region', { name: 'Summary' }));
  await expect.soft
    .poll(() => pageOverflow(page))
    .toEqual({ documentY: 0, documentX: 0, mainY: 0, mainX: 0 });
  expect.soft(summary.bottom).toBeLessThanOrEqual(size.height);
  expect.soft(summary.bottom).toBeGreaterThanOrEqual(size.height - BOTTOM_SLACK);
  for (const label of LABELS) {
    const region = column(page, label);
    const area = await box(region);
    expect
      .soft(area.top, `${label} starts high enough at ${size.width}×${size.height}`)
      .toBeLessThanOrEqual(size.columnsTop);
    // The columns run down to the summary below them: no empty band, no overlap.
    expect.soft(area.bottom).toBeLessThanOrEqual(summary.top);
    expect.soft(area.bottom).toBeGreaterThanOrEqual(summary.top - 16);
    const footer = await box(region.locator('footer'));
    expect.soft(footer.top).toBeGreaterThanOrEqual(area.top);
    expect.soft(footer.bottom).toBeLessThanOrEqual(Math.min(area.bottom, size.height));
    // Sideways, a column may be scrolled out of view (they keep a readable width): brought into view,
    // its metrics show whole without moving the page up or down.
    await region.scrollIntoViewIfNeeded();
    await expect(region.locator('footer')).toBeInViewport({ ratio: 1 });
  }
  // The long answer scrolls inside its column rather than stretching the page.
  const first = LABELS[0] ?? '';
  const body = column(page, first).getByRole('group', { name: `Answer of ${first}` });
  expect(await body.evaluate((element) => element.scrollHeight > element.clientHeight + 50)).toBe(true);
}

test('the columns take the window: no page scroll, columns near the top, metrics and summary in view', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const quick = (frames: string[]) => [{ frames, delayMs: 2 }];
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        quick(
          openAiFrames({
            model: 'MiniMax-M2.7',
            minimax: true,
            text: pieces(MINIMAX_ANSWER),
            usage: { input: 1200, output: 800 },
          }),
        ),
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        quick(
          openAiFrames({
            model: 'gpt-5-mini',
            text: pieces(OPENAI_ANSWER),
            usage: { input: 900, output: 500 },
          }),
        ),
      ],
      [
        '/v1/messages claude-haiku-4-5',
        quick(
          anthropicFrames({
            model: 'claude-haiku-4-5',
            text: pieces(ANTHROPIC_ANSWER),
            usage: { input: 700, output: 420 },
          }),
        ),
      ],
    ]),
  );
  await addKeys(page, ['minimax', 'openai', 'anthropic']);
  await rememberColumns(page, COLUMNS);
  const prompt = page.getByRole('textbox', { name: 'Prompt', exact: true });
  await prompt.fill(PROMPT);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  for (const label of LABELS) await expect(metric(column(page, label), 'Status')).toHaveText('Done');
  // The box is empty for a follow-up; what was asked stays in view above the answers.
  await expect(prompt).toHaveValue('');
  await expect(page.getByText(PROMPT, { exact: true })).toBeVisible();

  for (const size of SIZES) {
    await expectAnswersFillTheWindow(page, size);
    await page.screenshot({ path: join(SCREENSHOTS, `playground-layout-${size.width}x${size.height}.png`) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({
      path: join(SCREENSHOTS, `playground-layout-${size.width}x${size.height}-dark.png`),
    });
    await page.emulateMedia({ colorScheme: 'light' });
  }

  // Folded, the summary keeps only the run's cost and the columns take the room it gave up.
  const summary = page.getByRole('region', { name: 'Summary' });
  const fold = summary.getByRole('button', { name: 'Summary details' });
  const unfoldedBottom = (await box(column(page, LABELS[0] ?? ''))).bottom;
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(summary.getByText('Cheapest', { exact: true })).toBeHidden();
  await expect(summary).toContainText('This run cost');
  expect((await box(column(page, LABELS[0] ?? ''))).bottom).toBeGreaterThan(unfoldedBottom + 10);
  await fold.click();
  await expect(summary.getByText('Cheapest', { exact: true })).toBeVisible();

  // The prompt box starts at about three lines, grows with what is typed, and stops growing at a
  // limit (it scrolls inside then): the page still does not scroll and the columns keep their room.
  const height = () => prompt.evaluate((element) => element.getBoundingClientRect().height);
  const lineHeight = await prompt.evaluate((element) =>
    Number.parseFloat(getComputedStyle(element).lineHeight),
  );
  const empty = await height();
  expect(empty).toBeGreaterThanOrEqual(2.5 * lineHeight);
  expect(empty).toBeLessThanOrEqual(4.5 * lineHeight);
  await prompt.fill(Array.from({ length: 4 }, (_, index) => `line ${index + 1}`).join('\n'));
  const four = await height();
  expect(four).toBeGreaterThanOrEqual(4 * lineHeight);
  await prompt.fill(Array.from({ length: 200 }, (_, index) => `line ${index + 1}`).join('\n'));
  // Everything that comes with a typed prompt is on screen: its tokens, their cost per column, the advice.
  // The count reads "≈ N tokens", then "· prompt + 2 earlier turns" once the earlier turns are counted.
  await expect(page.getByText(/^≈ [\d,]+ tokens(?: · prompt \+ \d+ earlier turns?)?$/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Estimated prompt cost per column' })).toBeVisible();
  await expect(page.getByText('This prompt needs')).toBeVisible();
  const tall = await height();
  expect(tall).toBeGreaterThan(four);
  expect(tall).toBeLessThanOrEqual(0.35 * SIZES[1].height);
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-layout-long-prompt-900x700.png') });
  expect(await prompt.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  await expect.soft
    .poll(() => pageOverflow(page))
    .toEqual({ documentY: 0, documentX: 0, mainY: 0, mainX: 0 });

  // The menus on the title line and the toolbar open inside the window, and Esc folds them back.
  for (const [menu, inside] of [
    ['System prompt', page.getByRole('textbox', { name: 'System prompt' })],
    ['Defaults', page.getByRole('group', { name: 'Limits' })],
    ['Export…', page.getByRole('group', { name: 'Format' })],
  ] as const) {
    await page.getByText(menu, { exact: true }).first().click();
    await expect(inside).toBeVisible();
    const right = await inside.evaluate((element) => element.getBoundingClientRect().right);
    expect(right, `${menu} fits in the window`).toBeLessThanOrEqual(SIZES[1].width);
    await page.keyboard.press('Escape');
    await expect(inside).toBeHidden();
  }
  expect(arena.pageErrors).toEqual([]);
});
