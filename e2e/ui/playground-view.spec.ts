// The Playground without a mouse, and its layout: Esc cancels, the help dialog, moving and
// maximizing columns, the grid, sync scroll, duplicates and a model answering for another.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/arena-fixture.ts';
import { ANTHROPIC_ANSWER, MINIMAX_ANSWER, OPENAI_ANSWER, PROMPT } from '../support/playground-answers.ts';
import { addKeys, answer, column, metric, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { createGate, scriptStreams } from '../support/scripted-streams.ts';
import { anthropicFrames, openAiFrames, pieces } from '../support/stream-scripts.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const usage = { input: 100, output: 100 };

/** Presses Tab until `target` has focus; fails if it takes more than `most` presses. */
async function tabTo(page: Page, target: Locator, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`not reached with ${most} presses of Tab`);
}

test('keyboard only: run, Esc cancels every column and keeps their text; ? opens the shortcuts, focus stays in them', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const gates = { minimax: createGate(), openai: createGate() };
  const minimaxFrames = openAiFrames({
    model: 'MiniMax-M2.7',
    minimax: true,
    text: pieces(MINIMAX_ANSWER),
    usage,
  });
  const openaiFrames = openAiFrames({ model: 'gpt-5-mini', text: pieces(OPENAI_ANSWER), usage });
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        [{ frames: minimaxFrames, delayMs: 5, holdAt: { index: 8, gate: gates.minimax } }],
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        [{ frames: openaiFrames, delayMs: 5, holdAt: { index: 8, gate: gates.openai } }],
      ],
    ]),
  );
  await addKeys(page, ['minimax', 'openai']);
  await rememberColumns(page, [
    { provider: 'minimax', model: 'MiniMax-M2.7' },
    { provider: 'openai', model: 'gpt-5-mini' },
  ]);

  // From the page heading, the prompt is a few Tab presses away; Ctrl+Enter runs it.
  await page.keyboard.press('Control+2');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeFocused();
  const prompt = page.getByRole('textbox', { name: 'Prompt', exact: true });
  await tabTo(page, prompt, 4);
  await page.keyboard.type(PROMPT);
  await page.keyboard.press('Control+Enter');
  await Promise.all([gates.minimax.reached, gates.openai.reached]);
  const minimax = column(page, 'minimax/MiniMax-M2.7');
  const openai = column(page, 'openai/gpt-5-mini');
  await expect(answer(openai)).toContainText('Use quicksort');
  await expect(metric(minimax, 'Status')).toHaveText('Streaming');

  await page.keyboard.press('Escape');
  await expect(metric(minimax, 'Status')).toHaveText('Cancelled');
  await expect(metric(openai, 'Status')).toHaveText('Cancelled');
  await expect(answer(openai)).toContainText('Use quicksort');
  await expect(answer(minimax)).toContainText('Short answer');
  // Cancelling closed both requests' connections.
  await Promise.all(fakeGlobal.requests.map((request) => request.responseClosed));
  expect(fakeGlobal.requests.map((request) => request.clientAborted)).toEqual([true, true]);

  // "?" types into the prompt; from a button it opens the shortcut list.
  const runButton = page.getByRole('button', { name: 'Run', exact: true });
  await prompt.fill('');
  await page.keyboard.type('Why?');
  await expect(prompt).toHaveValue('Why?');
  await tabTo(page, runButton, 2);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Cancel all while running');
  await expect(help).toContainText('Ctrl+Enter');
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press('Tab');
    expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-shortcuts.png') });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(runButton).toBeFocused();
  expect(arena.pageErrors).toEqual([]);
});

test('layout: move with the keyboard, maximize and Esc, grid, sync scroll; duplicates apart; another model answering', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const long = (text: string) => Array.from({ length: 4 }, () => text).join('\n\n');
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        [
          {
            frames: openAiFrames({
              model: 'MiniMax-M2.7',
              minimax: true,
              text: [long(MINIMAX_ANSWER)],
              usage,
            }),
            delayMs: 1,
          },
        ],
      ],
      // MiniMax's Anthropic endpoint answers a model id it does not know with its default model.
      [
        '/anthropic/v1/messages MiniMax-Text-01',
        [
          {
            frames: anthropicFrames({ model: 'MiniMax-M2.7', text: [long(ANTHROPIC_ANSWER)], usage }),
            delayMs: 1,
          },
        ],
      ],
    ]),
  );
  await addKeys(page, ['minimax']);
  await rememberColumns(page, [
    { provider: 'minimax', model: 'MiniMax-M2.7', params: { temperature: 0.2 } },
    { provider: 'minimax', model: 'MiniMax-M2.7', params: { temperature: 1 } },
    { provider: 'minimax', model: 'MiniMax-Text-01', wire: 'anthropic-messages' },
  ]);
  const first = column(page, 'minimax/MiniMax-M2.7');
  const second = column(page, 'minimax/MiniMax-M2.7 #2');
  const third = column(page, 'minimax/MiniMax-Text-01');
  await expect(first).toContainText('temperature 0.2');
  await expect(second).toContainText('temperature 1');

  await runPrompt(page);
  for (const region of [first, second, third]) await expect(metric(region, 'Status')).toHaveText('Done');
  await expect(third.getByText('answered by MiniMax-M2.7')).toBeVisible();
  await expect(first.getByText(/answered by/)).toHaveCount(0);
  const temperatures = fakeGlobal.requests
    .filter((request) => request.path === '/v1/chat/completions')
    .map((request) => (request.json as { temperature: number }).temperature)
    .sort();
  expect(temperatures).toEqual([0.2, 1]);

  // Moving the first column right keeps focus on the button; the duplicate numbers follow the order.
  const moveRight = first.getByRole('button', { name: 'Move right' });
  await moveRight.focus();
  await page.keyboard.press('Enter');
  await expect(column(page, 'minimax/MiniMax-M2.7 #2')).toContainText('temperature 0.2');
  await expect(column(page, 'minimax/MiniMax-M2.7')).toContainText('temperature 1');
  const focused = await page.evaluate(() => ({
    name: document.activeElement?.getAttribute('aria-label'),
    column: document.activeElement?.closest('section')?.getAttribute('aria-label'),
  }));
  expect(focused).toEqual({ name: 'Move right', column: 'minimax/MiniMax-M2.7 #2' });

  // Maximize one column; Esc brings the others back.
  await third.getByRole('button', { name: 'Maximize' }).click();
  await expect(first).toBeHidden();
  await expect(third).toBeVisible();
  await expect(third.getByRole('button', { name: 'Restore' })).toBeFocused();
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-maximized.png') });
  await page.keyboard.press('Escape');
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();

  // The grid stacks columns when they do not fit side by side; the choice is remembered.
  await page.setViewportSize({ width: 900, height: 800 });
  const grid = page.getByRole('button', { name: 'Grid layout' });
  await grid.click();
  await expect(grid).toHaveAttribute('aria-pressed', 'true');
  const boxes = await Promise.all([first, second].map((region) => region.boundingBox()));
  expect((boxes[1]?.y ?? 0) - (boxes[0]?.y ?? 0)).toBeGreaterThan(100);
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-grid-900.png') });
  await expect.poll(() => arena.core.settings.get().playground.layout).toBe('grid');
  await grid.click();

  // Sync scroll: scrolling one answer halfway scrolls the others halfway.
  await page.getByRole('checkbox', { name: 'Sync scroll' }).check();
  const bodies = page.locator('.pg-column-body');
  await bodies.first().evaluate((body) => {
    body.scrollTop = (body.scrollHeight - body.clientHeight) / 2;
  });
  const ratios = () =>
    bodies.evaluateAll((all) => all.map((body) => body.scrollTop / (body.scrollHeight - body.clientHeight)));
  await expect.poll(async () => (await ratios()).every((ratio) => Math.abs(ratio - 0.5) < 0.05)).toBe(true);
  await expect.poll(() => arena.core.settings.get().playground.syncScroll).toBe(true);
  expect(arena.pageErrors).toEqual([]);
});

test('a tool call the model makes is shown as a call, with its name and arguments', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  fakeGlobal.setHandler({
    method: 'POST',
    path: '/v1/chat/completions',
    file: join(import.meta.dirname, '../fixtures/openai/stream-tool-call-include-usage-01.sse'),
    chunkSize: 300,
    chunkDelayMs: 2,
  });
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-4o-mini' }]);
  await runPrompt(page, 'What is the capital of the UK?');
  const region = column(page, 'openai/gpt-4o-mini');
  await expect(metric(region, 'Status')).toHaveText('Done');
  const calls = region.getByRole('list', { name: 'Tool calls' });
  await expect(calls.getByRole('listitem')).toHaveCount(1);
  await expect(calls).toContainText('Tool call: get_capital');
  await expect(calls.locator('pre')).toHaveText('{"country":"UK"}');
  expect(arena.pageErrors).toEqual([]);
});
