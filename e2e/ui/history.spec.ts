// History: a Playground run is kept, found by a word of an answer, opened read-only, continued as a
// conversation (the follow-up sends the stored turns), run again and deleted, one and then many.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { doneColumn, seedRun } from '../../src-main/core/history/history-test-support.ts';
import { expect, test } from '../support/arena-fixture.ts';
import {
  FOLLOW_UP,
  FOLLOW_UP_ANSWER,
  MINIMAX_ANSWER,
  MINIMAX_THINKING,
  OPENAI_ANSWER,
  PROMPT,
} from '../support/playground-answers.ts';
import {
  addKeys,
  answer,
  column,
  metric,
  rememberColumns,
  shootSchemes,
} from '../support/playground-page.ts';
import { quick, requestsFor, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const LABELS = ['openai/gpt-5-mini', 'minimax/MiniMax-M2.7'] as const;
const THIRD_PROMPT = 'Name one stable sorting algorithm.';

const usage = { input: 300, output: 200 };
const openAi = (text: string) => quick(openAiFrames({ model: 'gpt-5-mini', text: pieces(text), usage }));
const miniMax = (text: string) =>
  quick(
    openAiFrames({
      model: 'MiniMax-M2.7',
      minimax: true,
      thinkTags: [MINIMAX_THINKING],
      text: pieces(text),
      usage,
    }),
  );

type Message = { role: string; content: unknown };
const messagesOf = (json: unknown) => (json as { messages: Message[] }).messages;

async function allDone(page: Page): Promise<void> {
  for (const label of LABELS) await expect(metric(column(page, label), 'Status')).toHaveText('Done');
}

async function runInPlayground(page: Page, prompt: string): Promise<void> {
  const box = page.getByLabel('Prompt', { exact: true });
  await box.fill(prompt);
  await box.press('Control+Enter');
  await allDone(page);
}

const goTo = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: label }).click();

const runList = (page: Page) => page.getByRole('list', { name: 'Runs, newest first' });
const rows = (page: Page) => runList(page).getByRole('listitem');
const openButton = (row: Locator) => row.locator('.history-open');

test('a run is kept, found, opened, continued, re-run and deleted', async ({ arena }) => {
  test.setTimeout(90_000);
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [openAi(OPENAI_ANSWER), openAi(FOLLOW_UP_ANSWER), openAi(OPENAI_ANSWER)],
      ],
      [
        '/v1/chat/completions MiniMax-M2.7',
        [miniMax(MINIMAX_ANSWER), miniMax(FOLLOW_UP_ANSWER), miniMax(MINIMAX_ANSWER)],
      ],
    ]),
  );
  await addKeys(page, ['minimax', 'openai']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'minimax', model: 'MiniMax-M2.7' },
  ]);
  await runInPlayground(page, PROMPT);

  // The run appears, newest first, with its models, turns and cost.
  await goTo(page, 'History');
  await expect(rows(page)).toHaveCount(1);
  const first = rows(page).first();
  await expect(first).toContainText(PROMPT);
  await expect(first).toContainText('gpt-5-mini');
  await expect(first).toContainText('MiniMax-M2.7');
  await expect(first).toContainText('1 turn');
  await expect(first.locator('.history-cost')).toHaveText(/^\$\d/);

  // A word only OpenAI's answer has finds it, highlighted; a word nobody wrote finds nothing.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('zanzibar');
  const noMatch = page.getByRole('region', { name: 'No runs match' });
  await expect(noMatch).toBeVisible();
  // Only symbols: nothing to search for, and the page says why instead of listing everything.
  await search.fill('*** 🦭');
  await expect(noMatch).toContainText('Nothing to search for in “*** 🦭”');
  await noMatch.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');
  await expect(rows(page)).toHaveCount(1);
  await search.fill('pattern');
  await expect(rows(page)).toHaveCount(1);
  await expect(first.locator('mark')).toHaveText(['pattern']);
  await shootSchemes(page, 'history-search', { widths: [1280, 900] });

  // Opened from the keyboard: every column read-only, with its answer and metrics as they were.
  await openButton(first).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Run of / })).toBeFocused();
  const turn = page.getByRole('region', { name: 'Turn 1' });
  await expect(turn).toContainText(PROMPT);
  await expect(answer(turn.getByRole('region', { name: 'openai/gpt-5-mini' }))).toContainText(
    'pattern-defeating or introsort variant',
  );
  const stored = turn.getByRole('region', { name: 'minimax/MiniMax-M2.7' });
  await expect(answer(stored)).toContainText('use an in-place quicksort variant');
  await expect(metric(stored, 'Status')).toHaveText('Done');
  await expect(metric(stored, 'Cost')).toHaveText(/\$\d/);
  await expect(turn.getByRole('button', { name: /Retry|Settings|Remove/ })).toHaveCount(0);
  await shootSchemes(page, 'history-opened', { widths: [1280, 900] });

  // Back to the list, focus returns to the line that was opened.
  await page.getByRole('button', { name: 'All runs' }).click();
  await expect(openButton(first)).toBeFocused();
  await page.keyboard.press('Enter');

  // Continue: the Playground shows the conversation, and the follow-up sends it.
  await page.getByRole('button', { name: 'Continue in Playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeFocused();
  await expect(answer(column(page, LABELS[0]))).toContainText('pattern-defeating');
  await runInPlayground(page, FOLLOW_UP);
  const followUp = requestsFor(fakeGlobal, '/v1/chat/completions', 'gpt-5-mini')[1];
  expect(messagesOf(followUp?.json)).toEqual([
    { role: 'user', content: PROMPT },
    { role: 'assistant', content: OPENAI_ANSWER },
    { role: 'user', content: FOLLOW_UP },
  ]);

  // The follow-up joined the same conversation.
  await goTo(page, 'History');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('2 turns');

  // Re-run: the first prompt again, a new conversation with no earlier turns.
  await openButton(rows(page).first()).click();
  await expect(page.getByRole('region', { name: 'Turn 2' })).toContainText(FOLLOW_UP);
  await page.getByRole('button', { name: 'Re-run' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await allDone(page);
  const rerun = requestsFor(fakeGlobal, '/v1/chat/completions', 'gpt-5-mini')[2];
  expect(messagesOf(rerun?.json)).toEqual([{ role: 'user', content: PROMPT }]);
  await page.getByRole('button', { name: 'New conversation' }).click();
  await runInPlayground(page, THIRD_PROMPT);

  // Three conversations, newest first; the arrow keys move between them.
  await goTo(page, 'History');
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0)).toContainText(THIRD_PROMPT);
  await expect(rows(page).nth(1)).toContainText('1 turn');
  await expect(rows(page).nth(2)).toContainText('2 turns');
  await openButton(rows(page).nth(0)).focus();
  await page.keyboard.press('ArrowDown');
  await expect(openButton(rows(page).nth(1))).toBeFocused();
  await page.keyboard.press('End');
  await expect(openButton(rows(page).nth(2))).toBeFocused();
  await page.keyboard.press('Home');
  await expect(openButton(rows(page).nth(0))).toBeFocused();

  // Delete one, from its page: Esc keeps it, the dialog keeps focus inside, confirming deletes it.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this run?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }
  await dialog.getByRole('button', { name: 'Delete this run' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(openButton(rows(page).first())).toBeFocused();
  await expect(runList(page)).not.toContainText(THIRD_PROMPT);

  // Delete many: the confirmation says how many.
  await rows(page).nth(0).getByRole('checkbox').check();
  await rows(page).nth(1).getByRole('checkbox').check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delete selected…' }).click();
  await page
    .getByRole('dialog', { name: 'Delete 2 runs?' })
    .getByRole('button', { name: 'Delete 2 runs' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'No runs yet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeFocused();
  const left = await page.evaluate(() => window.arena.history.list({}));
  expect(left.ok && left.value.total).toBe(0);
  expect(arena.pageErrors).toEqual([]);
});

const KEPT = 1000;

test('a thousand kept runs: a page at a time as the list scrolls, only the lines in view in the page', async ({
  arena,
}) => {
  test.setTimeout(90_000);
  const { page, core } = arena;
  const outcome = doneColumn('Kept answer.', null);
  // An hour apart (about six weeks in all); every tenth asked DeepSeek.
  const startOf = (index: number) => new Date(Date.UTC(2026, 10, 1) + index * 3_600_000);
  // In one transaction (each run's own is a savepoint of it): a thousand synced commits take seconds.
  const db = core.history.databaseOrNull();
  if (!db) throw new Error('the test core has no history database');
  db.exec('BEGIN');
  for (let index = 0; index < KEPT; index += 1) {
    const deepSeek = index % 10 === 0;
    seedRun(core.history, {
      runId: `run-${index}`,
      conversationId: `conversation-${index}`,
      startedAt: startOf(index),
      prompt: `Kept prompt ${String(index).padStart(4, '0')}`,
      columns: [
        deepSeek
          ? { provider: 'deepseek', model: 'deepseek-v4-flash', outcome }
          : { provider: 'openai', model: 'gpt-5-mini', outcome },
      ],
    });
  }
  db.exec('COMMIT');

  await goTo(page, 'History');
  await expect(page.getByRole('status').filter({ hasText: '1,000 runs' })).toBeVisible();
  await expect(rows(page).first()).toContainText('Kept prompt 0999');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(KEPT));

  // End, again and again: each press reaches the last line loaded, which asks for the next page.
  await openButton(rows(page).first()).focus();
  const focusedLine = page.locator('.history-row:has(.history-open:focus)');
  let position = 1;
  while (position < KEPT) {
    await page.keyboard.press('End');
    await expect
      .poll(async () => Number(await focusedLine.getAttribute('aria-posinset')))
      .toBeGreaterThan(position);
    position = Number(await focusedLine.getAttribute('aria-posinset'));
    expect(await rows(page).count()).toBeLessThan(60);
  }
  await expect(focusedLine).toContainText('Kept prompt 0000');
  // Twenty pages of fifty, each asked for once.
  const pages = arena.traffic.filter(
    (reply) => typeof reply === 'object' && reply !== null && 'value' in reply && hasCursor(reply.value),
  );
  expect(pages).toHaveLength(KEPT / 50);

  // Filters: by provider, by model, by a day (the local day the run started, as the core keeps it).
  const matching = (count: number) =>
    page.getByRole('status').filter({ hasText: new RegExp(`^${count} runs? match`) });
  await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'DeepSeek' });
  await expect(matching(KEPT / 10)).toBeVisible();
  await expect(rows(page).first()).toContainText('deepseek-v4-flash');
  await page.getByLabel('Model', { exact: true }).fill('gpt-5-mini');
  await expect(matching(0)).toBeVisible();
  await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'All' });
  await expect(matching(KEPT - KEPT / 10)).toBeVisible();
  await page.getByLabel('Model', { exact: true }).fill('');
  const day = '2026-11-10';
  const localDay = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const onDay = Array.from({ length: KEPT }, (_, index) => startOf(index)).filter(
    (date) => localDay(date) === day,
  );
  await page.getByLabel('From', { exact: true }).fill(day);
  await page.getByLabel('to', { exact: true }).fill(day);
  await expect(matching(onDay.length)).toBeVisible();
  expect(arena.pageErrors).toEqual([]);
});

const hasCursor = (value: unknown) => typeof value === 'object' && value !== null && 'nextCursor' in value;

test.describe('a damaged history database', () => {
  test.use({ arenaOptions: { env: {}, keyBackend: 'os', historyFile: 'this is not a SQLite database' } });

  test('is moved aside, said on the page with where it went, and a new history starts', async ({ arena }) => {
    const { page } = arena;
    await goTo(page, 'History');
    const notice = page.getByRole('alert').filter({ hasText: 'History was damaged' });
    await expect(notice).toContainText('moved to');
    await expect(notice).toContainText('nothing was deleted');
    await expect(page.getByRole('heading', { level: 2, name: 'No runs yet' })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'history-moved-aside.png') });
    expect(arena.pageErrors).toEqual([]);
  });
});
