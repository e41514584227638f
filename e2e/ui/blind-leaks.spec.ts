// Blind mode leaks nothing around the columns: while a round waits for the vote, the composer's
// estimate for a follow-up names no model and counts no column's own tokens, and Spending holds back
// its per-provider and per-model figures; after the vote both show them again.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/arena-fixture.ts';
import { addKeys, column, metric, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { type ScriptedStream, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

/** Answers of very different lengths: a per-column token count would say whose is whose. */
const MODELS = [
  { provider: 'openai', model: 'gpt-5-mini', path: '/v1/chat/completions', says: 'Short.' },
  {
    provider: 'deepseek',
    model: 'deepseek-v4-flash',
    path: '/chat/completions',
    says: `Long: ${'introsort is in place and fast; '.repeat(40)}`,
  },
] as const;
const NAMES = /openai|deepseek|gpt-5-mini|deepseek-v4-flash/i;
/** The estimate's "approximate for non-OpenAI models" is about the set of models, not who is who. */
const NAMED_COLUMN = /openai\/|deepseek|gpt-5-mini/i;

const stream = (model: (typeof MODELS)[number]): ScriptedStream => ({
  frames: openAiFrames({ model: model.model, text: pieces(model.says), usage: { input: 300, output: 200 } }),
  delayMs: 5,
});

async function blindRoundOfTwo(page: Page, fake: Parameters<typeof scriptStreams>[0]): Promise<void> {
  scriptStreams(fake, new Map(MODELS.map((model) => [`${model.path} ${model.model}`, [stream(model)]])));
  await addKeys(page, ['openai', 'deepseek']);
  await rememberColumns(
    page,
    MODELS.map(({ provider, model }) => ({ provider, model })),
  );
  const toggle = page.getByRole('checkbox', { name: 'Blind' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await runPrompt(page, 'Which sort for ten million integers?');
  for (const name of ['Model A', 'Model B']) {
    await expect(metric(column(page, name), 'Status')).toHaveText('Done');
  }
}

test('a hidden round: the follow-up estimate is one total with no model or per-column count; Spending waits for the vote', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal } = arena;
  await blindRoundOfTwo(page, fakeGlobal);

  await page.getByLabel('Prompt', { exact: true }).fill('And for strings?');
  const estimate = page.locator('.pg-estimate');
  const total = estimate.getByLabel('Estimated prompt cost, all columns');
  await expect(total).toContainText(/in all 2 columns/);
  await expect(estimate).not.toContainText(NAMED_COLUMN);
  await expect(estimate.getByRole('list', { name: 'Estimated prompt cost per column' })).toHaveCount(0);
  // No hover names a column's input tokens: that count would include its own hidden answer.
  const titles = await estimate
    .locator('[title]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('title') ?? ''));
  for (const title of titles) {
    expect(title).not.toMatch(NAMED_COLUMN);
    expect(title).not.toMatch(/input tokens: prompt \+/);
  }

  // Spending holds back the round's day (it is today, like every run here) and says why.
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Spending' })).toBeVisible();
  const spending = page.locator('.spending-page');
  const yesterday = await page.evaluate(() => {
    const day = new Date();
    day.setDate(day.getDate() - 1);
    return day.toLocaleDateString('sv-SE');
  });
  await expect(spending.getByRole('status').filter({ hasText: 'A blind round is waiting' })).toHaveText(
    `A blind round is waiting for your vote in the Playground: its costs show after you vote or reveal it. Until then Spending counts your runs up to ${yesterday}.`,
  );
  await expect(spending).not.toContainText(NAMES);
  await expect(spending).not.toContainText('Nothing spent yet');
  await expect(spending.locator('table')).toHaveCount(0);

  // After the vote, Spending lists the models, and the estimate lists each column by name again.
  await page.keyboard.press('Control+1');
  await page.getByRole('region', { name: 'Blind vote' }).getByRole('button', { name: 'Tie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tied' })).toBeVisible();
  await expect(estimate.getByRole('list', { name: 'Estimated prompt cost per column' })).toContainText(
    'gpt-5-mini',
  );
  await expect(total).toHaveCount(0);
  await page.keyboard.press('Control+6');
  await expect(spending.getByText('A blind round is waiting')).toHaveCount(0);
  await expect(spending.getByRole('table', { name: 'Per model' })).toContainText('gpt-5-mini');
  await expect(spending.getByRole('table', { name: 'Per model' })).toContainText('deepseek-v4-flash');
  expect(arena.pageErrors).toEqual([]);
});
