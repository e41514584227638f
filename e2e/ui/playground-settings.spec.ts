import { join } from 'node:path';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { expect, test } from '../support/arena-fixture.ts';
import { column, metric } from '../support/playground-page.ts';
import {
  columnNames,
  FIXTURES,
  MINIMAX_KEY,
  SCREENSHOTS,
  withMinimaxKey,
} from '../support/playground-setup-steps.ts';

test('per-column settings and shared defaults reach the request; Ctrl+Enter runs; a preset asks before ending the conversation', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  fakeGlobal.setHandler({
    method: 'POST',
    path: '/v1/chat/completions',
    file: join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse'),
    chunkSize: 200,
    chunkDelayMs: 2,
  });
  arena.fakeChina.setHandler({
    method: 'POST',
    path: '/v1/chat/completions',
    file: join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse'),
  });
  const SECOND_KEY = 'sk-api-playground-second-0002';
  await withMinimaxKey(arena, [{ key: SECOND_KEY, label: 'Second' }]);
  const box = page.getByRole('combobox', { name: 'Add model' });
  for (const model of ['minimax/MiniMax-M2.7', 'minimax/MiniMax-M2.7']) {
    await box.fill(model);
    await box.press('Enter');
  }
  await expect.poll(() => columnNames(page)).toEqual(['minimax/MiniMax-M2.7', 'minimax/MiniMax-M2.7 #2']);

  // Shared defaults (in the Defaults menu): temperature 0.9 for every column; an invalid value is refused inline.
  await page.getByText('Defaults', { exact: true }).click();
  const defaults = page.getByRole('group', { name: 'Defaults for every column' });
  const sharedTemperature = defaults.getByLabel('Temperature');
  await sharedTemperature.fill('3');
  await expect(defaults.getByRole('alert')).toHaveText('Temperature is a number from 0 to 2, such as 0.7.');
  await expect(sharedTemperature).toHaveAttribute('aria-invalid', 'true');
  await sharedTemperature.fill('0.9');
  await expect(defaults.getByRole('alert')).toHaveCount(0);
  // The closed menu says what is set.
  await page.keyboard.press('Escape');
  await expect(defaults).toBeHidden();
  await expect(page.getByText('temp 0.9', { exact: true })).toBeVisible();

  // The second column's own settings, with the keyboard only: gear, fields, Esc back to the gear.
  const gear = page.getByRole('button', { name: 'Settings for minimax/MiniMax-M2.7 #2' });
  await gear.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Settings for minimax/MiniMax-M2.7 #2' });
  await expect(dialog).toBeVisible();
  const temperature = dialog.getByLabel('Temperature');
  await expect(temperature).toHaveAttribute('placeholder', '0.9 (shared)');
  await temperature.focus();
  await page.keyboard.type('0.2');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Max output tokens')).toBeFocused();
  await page.keyboard.type('100000');
  await expect(dialog.getByRole('alert')).toContainText('from 1 to 65,536');
  await dialog.getByLabel('Max output tokens').fill('512');
  await expect(dialog.getByLabel('Base URL')).toHaveAttribute('placeholder', /\/v1$/);
  await dialog.getByLabel('Base URL').fill('not a url');
  await expect(dialog.getByRole('alert')).toContainText('Base URL is a web address');
  await dialog.getByLabel('Base URL').fill('');
  // Two MiniMax keys: this column uses the second, in the China region.
  const second = dialog.getByLabel('Key').locator('option', { hasText: 'Second' });
  await dialog.getByLabel('Key').selectOption((await second.getAttribute('value')) ?? '');
  await dialog.getByLabel('Region').selectOption('china');
  await expect(dialog.getByLabel('Base URL')).toHaveAttribute('placeholder', /\/v1$/);
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-column-settings.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(gear).toBeFocused();

  // The prompt: Run is disabled with a reason until there is one; its tokens and cost show before it runs.
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await expect(run).toBeDisabled();
  await expect(page.getByText('Write a prompt first.')).toBeVisible();
  const promptText = 'Prove that the sum of two odd numbers is even.';
  const prompt = page.getByRole('textbox', { name: 'Prompt', exact: true });
  await prompt.fill(promptText);
  const tokens = countTokens(promptText);
  await expect(page.getByText(`≈ ${tokens} tokens`)).toBeVisible();
  await expect(page.getByText('approximate for non-OpenAI models')).toBeVisible();
  const costs = page.getByRole('list', { name: 'Estimated prompt cost per column' });
  // MiniMax-M2.7 input: $0.30 per million tokens; in China billed in CNY, converted at 7.1 per dollar.
  const usd = `$${Number((tokens * 0.3e-6).toPrecision(4))}`;
  const cny = `¥${Number((tokens * 0.3e-6 * 7.1).toPrecision(4))}`;
  await expect(costs.getByRole('listitem')).toHaveText([`MiniMax-M2.7 ~${usd}`, `MiniMax-M2.7 #2 ~${cny}`]);
  await expect(page.getByText('This prompt needs')).toBeVisible();

  await prompt.press('Control+Enter');
  // The first column: global host, default key, the shared temperature.
  const [global] = await fakeGlobal.waitForRequests(1);
  expect(global?.path).toBe('/v1/chat/completions');
  expect(global?.headers.authorization).toBe(`Bearer ${MINIMAX_KEY}`);
  expect(global?.json).toMatchObject({ temperature: 0.9 });
  expect(global?.json).not.toHaveProperty('max_completion_tokens');
  // The second: its own temperature and limit, its key, the China host.
  const [china] = await arena.fakeChina.waitForRequests(1);
  expect(china?.headers.authorization).toBe(`Bearer ${SECOND_KEY}`);
  expect(china?.json).toMatchObject({ temperature: 0.2, max_completion_tokens: 512 });
  await expect(prompt).toHaveValue('');
  await expect(page.getByRole('button', { name: 'New conversation' })).toBeVisible();

  // A preset would end the conversation: it asks first.
  await page.getByText('Presets', { exact: true }).click();
  await page.getByRole('button', { name: 'MiniMax family' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Replace the columns?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep current' }).click();
  expect((await columnNames(page)).length).toBe(2);
  await page.getByRole('button', { name: 'MiniMax family' }).click();
  await page.getByRole('button', { name: 'Replace columns' }).click();
  await expect.poll(async () => (await columnNames(page)).length).toBe(4);
  await expect(page.getByRole('button', { name: 'New conversation' })).toHaveCount(0);
  expect(arena.pageErrors).toEqual([]);
});

test('the prompt advice adds its pick as a column; stream limits are saved to the settings', async ({
  arena,
}) => {
  const { page } = arena;
  await withMinimaxKey(arena);
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Write a haiku about autumn.');
  const add = page.getByRole('button', { name: /^Add MiniMax-.+ as column$/ });
  await expect(add).toBeVisible();
  const model = /^Add (.+) as column$/.exec((await add.textContent()) ?? '')?.[1];
  await add.click();
  await expect.poll(() => columnNames(page)).toEqual([`minimax/${model}`]);
  await expect(add).toHaveCount(0);

  await page.getByText('Defaults', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Limits' })).toBeVisible();
  await page.getByLabel('Whole-request timeout (s)').fill('5');
  await expect(page.getByText('Whole-request timeout is a whole number from 10 to 3,600.')).toBeVisible();
  await page.getByLabel('Whole-request timeout (s)').fill('90');
  await page.getByLabel('No-answer timeout (s)').fill('30');
  await expect
    .poll(() => arena.core.settings.get().streamLimits)
    .toEqual({ requestTimeoutSec: 90, eventTimeoutSec: 30 });
  expect(arena.pageErrors).toEqual([]);
});

test('Cancel all shows while answers arrive and stops every column; New conversation clears them', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  fakeGlobal.setHandler({
    method: 'POST',
    path: '/v1/chat/completions',
    file: join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse'),
    chunkSize: 40,
    chunkDelayMs: 150,
  });
  await withMinimaxKey(arena);
  const box = page.getByRole('combobox', { name: 'Add model' });
  await box.fill('minimax/MiniMax-M2.7');
  await box.press('Enter');
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Prove it.');
  const cancelAll = page.getByRole('button', { name: 'Cancel all' });
  await expect(cancelAll).toHaveCount(0);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await expect(page.getByText('Answers are still arriving: wait, or cancel all.')).toBeVisible();
  await cancelAll.click();
  await expect(metric(column(page, 'minimax/MiniMax-M2.7'), 'Status')).toHaveText('Cancelled');
  await expect(cancelAll).toHaveCount(0);
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(page.getByRole('button', { name: 'New conversation' })).toHaveCount(0);
  await expect(metric(column(page, 'minimax/MiniMax-M2.7'), 'Status')).not.toHaveText('Cancelled');
  expect(arena.pageErrors).toEqual([]);
});
