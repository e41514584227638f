// One answer must not take the window down: hostile nesting renders (bounded), a column whose answer
// cannot be rendered shows it as plain text, a page that fails offers a reload while the sidebar works.
// And the Playground stays mounted while another page shows, so coming back is instant.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/arena-fixture.ts';
import { MINIMAX_ANSWER, OPENAI_ANSWER } from '../support/playground-answers.ts';
import { addKeys, answer, column, metric, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { createGate, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const usage = { input: 10, output: 10 };

const deepQuote = `${'>'.repeat(2_000)} deep quote\n\n`;
const deepList = `${Array.from({ length: 1_500 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n`;

test('an answer nested 2,000 quotes and 1,500 list levels deep is shown, and the other column and the app work on', async ({
  arena,
}) => {
  test.setTimeout(90_000);
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-4o-mini',
        [
          {
            frames: openAiFrames({ model: 'gpt-4o-mini', text: [deepQuote, deepList, 'The end.'], usage }),
            delayMs: 20,
          },
        ],
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        [{ frames: openAiFrames({ model: 'gpt-5-mini', text: pieces(OPENAI_ANSWER), usage }), delayMs: 5 }],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-4o-mini' },
    { provider: 'openai', model: 'gpt-5-mini' },
  ]);
  await runPrompt(page);

  const deep = column(page, 'openai/gpt-4o-mini');
  const normal = column(page, 'openai/gpt-5-mini');
  await expect(metric(deep, 'Status')).toHaveText('Done', { timeout: 60_000 });
  await expect(metric(normal, 'Status')).toHaveText('Done');
  await expect(answer(deep)).toContainText('deep quote');
  await expect(answer(deep)).toContainText('level 1499');
  await expect(answer(deep)).toContainText('The end.');
  // Nested as far as the bound (32), the rest as text.
  expect(await answer(deep).locator('blockquote').count()).toBe(32);
  expect(await answer(deep).locator('ul').count()).toBe(32);
  await expect(answer(normal)).toContainText('Only choose merge sort if stability matters.');
  await page.getByLabel('Prompt', { exact: true }).fill('still typing');
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('still typing');
  expect(arena.pageErrors).toEqual([]);
});

/**
 * Makes rendering throw for one answer, standing in for a rendering bug nobody has found yet: the
 * markdown lexer's first look at an answer (`text.includes('\r')`) throws when the answer holds MARKER.
 */
const MARKER = 'render-bomb-7f3a';
const throwOnMarker = (marker: string) => {
  const includes = String.prototype.includes;
  String.prototype.includes = function (this: string, search: string, position?: number) {
    if (search === '\r' && String.prototype.indexOf.call(this, marker) !== -1) {
      throw new Error('render bomb');
    }
    return includes.call(this, search, position);
  };
};

test('a column whose answer cannot be rendered shows it as plain text; the other column and the app work on', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const broken = `**Bold** start, then ${MARKER} and more.`;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-4o-mini',
        [{ frames: openAiFrames({ model: 'gpt-4o-mini', text: pieces(broken, 2), usage }), delayMs: 5 }],
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        [{ frames: openAiFrames({ model: 'gpt-5-mini', text: pieces(OPENAI_ANSWER), usage }), delayMs: 5 }],
      ],
    ]),
  );
  await page.addInitScript(throwOnMarker, MARKER);
  await addKeys(page, ['openai']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-4o-mini' },
    { provider: 'openai', model: 'gpt-5-mini' },
  ]);
  await runPrompt(page);

  const failing = column(page, 'openai/gpt-4o-mini');
  const normal = column(page, 'openai/gpt-5-mini');
  await expect(metric(failing, 'Status')).toHaveText('Done');
  await expect(failing.getByRole('alert')).toContainText(
    'This answer could not be displayed as formatted text',
  );
  // The whole answer, markers and all, as it arrived.
  await expect(failing.locator('pre')).toHaveText(broken);
  await expect(metric(normal, 'Status')).toHaveText('Done');
  await expect(answer(normal).locator('strong').first()).toHaveText('quicksort');
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  // React reports the caught error; nothing else went wrong.
  expect(arena.pageErrors.length).toBeGreaterThan(0);
  for (const error of arena.pageErrors) expect(error).toContain('render bomb');
});

test('a Playground that fails offers "Reload page" while the sidebar and other pages work', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  // The header compares the answering model with the one asked for: make that throw for one model id.
  await page.addInitScript(() => {
    const toLowerCase = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) {
      if (String(this) === 'exploding-model') throw new Error('header bomb');
      return toLowerCase.call(this);
    };
  });
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [{ frames: openAiFrames({ model: 'exploding-model', text: ['Hello.'], usage }), delayMs: 5 }],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  await runPrompt(page);

  await expect(page.getByRole('heading', { level: 1, name: 'This page stopped working' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('header bomb');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await pages.getByRole('button', { name: 'Keys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'This page stopped working' })).toHaveCount(0);
  await pages.getByRole('button', { name: 'Playground' }).click();
  await page.getByRole('button', { name: 'Reload page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await expect(column(page, 'openai/gpt-5-mini')).toBeVisible();
  for (const error of arena.pageErrors) expect(error).toContain('header bomb');
});

/** Remembers the column's nodes, to tell later whether they are the same or were made again. */
const markColumnNodes = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __kept: Element[] };
    w.__kept = [...document.querySelectorAll('section.pg-column, .pg-answer')];
    return w.__kept.length;
  });
const sameColumnNodes = (page: Page) =>
  page.evaluate(() => {
    const kept = (window as unknown as { __kept: Element[] }).__kept;
    return kept.every((node) => node.isConnected);
  });

test('leaving the Playground mid-stream and coming back shows the same columns, streamed on meanwhile', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const gate = createGate();
  const frames = openAiFrames({ model: 'gpt-5-mini', text: pieces(OPENAI_ANSWER), usage });
  scriptStreams(
    fakeGlobal,
    new Map([['/v1/chat/completions gpt-5-mini', [{ frames, delayMs: 5, holdAt: { index: 10, gate } }]]]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  await runPrompt(page);
  await gate.reached;
  const region = column(page, 'openai/gpt-5-mini');
  await expect(answer(region)).toContainText('Use quicksort');
  expect(await markColumnNodes(page)).toBe(2);

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();
  // Hidden: not on screen, not in the accessibility tree, not reachable by Tab.
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'openai/gpt-5-mini' })).toHaveCount(0);
  // Esc belongs to the page that shows: it does not cancel the Playground's run.
  await page.keyboard.press('Escape');
  gate.open();
  await fakeGlobal.requests[0]?.responseClosed;
  expect(fakeGlobal.requests[0]?.clientAborted).toBe(false);

  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeFocused();
  await expect(metric(region, 'Status')).toHaveText('Done');
  await expect(answer(region)).toContainText('Only choose merge sort if stability matters.');
  expect(await sameColumnNodes(page)).toBe(true);
  expect(arena.pageErrors).toEqual([]);
});

/** Ctrl+<digit> as the keyboard sends it, then the time until the frame after the one it changed. */
const switchTime = (page: Page, digit: string) =>
  page.evaluate(async (key) => {
    const started = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, digit);

test('coming back to 16 columns of long answers costs no more than leaving them', async ({ arena }) => {
  test.setTimeout(120_000);
  const { page, fakeGlobal } = arena;
  const long = Array.from({ length: Math.ceil(40_000 / MINIMAX_ANSWER.length) }, () => MINIMAX_ANSWER).join(
    '\n\n',
  );
  const frames = openAiFrames({ model: 'gpt-5-mini', text: long.match(/[\s\S]{1,2000}/g) ?? [], usage });
  scriptStreams(fakeGlobal, new Map([['/v1/chat/completions gpt-5-mini', [{ frames, delayMs: 5 }]]]));
  await addKeys(page, ['openai']);
  await rememberColumns(
    page,
    Array.from({ length: 16 }, () => ({ provider: 'openai' as const, model: 'gpt-5-mini' })),
  );
  await runPrompt(page);
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible({ timeout: 90_000 });
  expect(await markColumnNodes(page)).toBe(32);

  // Leaving hides the Playground; coming back shows it. Made again (or laid out again) on the way
  // back, 640 KB of answers cost many times what hiding them does; kept as they were, about the same.
  // Medians of 7 rounds: one round slowed by other work on the machine (a second test worker) must
  // not decide it.
  const leaving: number[] = [];
  const returning: number[] = [];
  for (let round = 0; round < 7; round++) {
    leaving.push(await switchTime(page, '2'));
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();
    returning.push(await switchTime(page, '1'));
    await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeFocused();
  }
  const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  expect(median(returning) / median(leaving)).toBeLessThan(2.5);
  expect(await sameColumnNodes(page)).toBe(true);
});
