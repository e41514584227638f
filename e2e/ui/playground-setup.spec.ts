import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { ArenaHarness } from '../support/arena-fixture.ts';
import { expect, test } from '../support/arena-fixture.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const MINIMAX_KEY = 'sk-api-playground-setup-0001';

/** The columns on the page, by their accessible names, in order. */
const columnNames = (page: Page) =>
  page
    .locator('section.pg-column')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('aria-label')));

/** Stores a MiniMax key (the default) and any others, then reloads so the page starts with them. */
async function withMinimaxKey(arena: ArenaHarness, others: { key: string; label: string }[] = []) {
  await arena.page.evaluate(
    async ([key, more]) => {
      await window.arena.keys.add({ provider: 'minimax', key });
      for (const other of more) await window.arena.keys.add({ provider: 'minimax', ...other });
    },
    [MINIMAX_KEY, others] as const,
  );
  await arena.page.reload();
  await arena.page.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
}

/** Waits until main has the setup the page saves a moment after each change. */
async function savedColumns(arena: ArenaHarness, count: number) {
  await expect.poll(() => arena.core.settings.get().playground.columns.length).toBe(count);
}

test('Add model: type and Enter, free text provider/model, keyboard choice, unknown providers and the 16-column limit', async ({
  arena,
}) => {
  const { page } = arena;
  await withMinimaxKey(arena);
  const box = page.getByRole('combobox', { name: 'Add model' });
  const listbox = page.getByRole('listbox', { name: 'Models' });

  await box.fill('m2.7');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = listbox.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toContainText('minimax/MiniMax-M2.7');
  await expect(first).not.toContainText('no key');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await box.press('Enter');
  await expect.poll(() => columnNames(page)).toEqual(['minimax/MiniMax-M2.7']);
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();

  // Free text for a model no list has: added as typed.
  await box.fill('openai/gpt-9-preview');
  await expect(listbox.getByRole('option').first()).toContainText('openai/gpt-9-preview');
  await box.press('Enter');
  await expect.poll(() => columnNames(page)).toEqual(['minimax/MiniMax-M2.7', 'openai/gpt-9-preview']);

  // Arrow keys move the active option; Enter adds that one.
  await box.fill('minimax-m2');
  const options = listbox.getByRole('option');
  const second = (await options.nth(1).textContent()) ?? '';
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await box.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await box.press('Enter');
  const secondId = /^(\S+?\/\S+?)(?:\$|price|no key|not listed|on your)/.exec(second)?.[1];
  expect(secondId).toMatch(/^minimax\//);
  await expect.poll(async () => (await columnNames(page)).at(-1)).toBe(secondId);

  // A provider it does not know is refused with the list of those it does; Esc closes, then clears.
  await box.fill('acme/model-1');
  await expect(page.getByText('"acme" is not a provider here')).toBeVisible();
  await expect(options).toHaveCount(0);
  await box.press('Enter');
  await expect.poll(async () => (await columnNames(page)).length).toBe(3);
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('acme/model-1');
  await box.press('Escape');
  await expect(box).toHaveValue('');

  // A local model name goes to the custom server (Ollama), which needs no key.
  await box.fill('llama3.2');
  const custom = options.last();
  await expect(custom).toContainText('custom/llama3.2');
  await expect(custom).not.toContainText('no key');

  // Up to 16 columns; then the box is disabled and says why.
  await box.fill('');
  for (let count = 3; count < 16; count++) {
    await box.fill('minimax/MiniMax-M2.7');
    await box.press('Enter');
  }
  await expect.poll(async () => (await columnNames(page)).length).toBe(16);
  await expect(box).toBeDisabled();
  await expect(
    page.getByText('16 columns is the most one run takes: remove one to add another.'),
  ).toBeVisible();
  expect((await columnNames(page)).filter((name) => name?.startsWith('minimax/MiniMax-M2.7'))).toContain(
    'minimax/MiniMax-M2.7 #14',
  );
  expect(arena.pageErrors).toEqual([]);
});

test('models without a key are marked and lead to the Keys page', async ({ arena }) => {
  const { page } = arena;
  await withMinimaxKey(arena);
  const box = page.getByRole('combobox', { name: 'Add model' });
  await box.fill('gpt-5-mini');
  const option = page.getByRole('listbox', { name: 'Models' }).getByRole('option').first();
  await expect(option).toContainText('openai/gpt-5-mini');
  await expect(option).toContainText('no key');
  // Keyboard: Tab reaches the way to the Keys page without closing the list.
  await box.press('Tab');
  const toKeys = page.getByRole('button', { name: 'No key for OpenAI: add one on the Keys page' });
  await expect(toKeys).toBeFocused();
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-add-model.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();
  expect(arena.pageErrors).toEqual([]);
});

test('presets: built-ins, your own saved, applied and deleted, and the set remembered across a reload', async ({
  arena,
}) => {
  const { page } = arena;
  await withMinimaxKey(arena);
  const menu = page.locator('details.pg-preset-menu');
  const open = async () => {
    if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await page.getByText('Presets', { exact: true }).click();
    }
  };

  await open();
  await page.getByRole('button', { name: 'MiniMax vs the field' }).click();
  await expect
    .poll(() => columnNames(page))
    .toEqual([
      'minimax/MiniMax-M2.7',
      'openai/gpt-5-mini',
      'anthropic/claude-haiku-4-5',
      'deepseek/deepseek-v4-flash',
      'gemini/gemini-2.5-flash',
    ]);
  await expect(page.getByRole('status').filter({ hasText: 'Applied "MiniMax vs the field"' })).toHaveCount(1);

  await open();
  await page.getByRole('button', { name: 'MiniMax family' }).click();
  await expect
    .poll(() => columnNames(page))
    .toEqual([
      'minimax/MiniMax-M2.7',
      'minimax/MiniMax-M2.7-highspeed',
      'minimax/MiniMax-M2.5',
      'minimax/MiniMax-M3',
    ]);

  // Only MiniMax has a key: the cheapest of each provider is one MiniMax model.
  await open();
  await page.getByRole('button', { name: 'Cheapest of each provider' }).click();
  await expect
    .poll(async () => (await columnNames(page)).map((name) => name?.split('/')[0]))
    .toEqual(['minimax']);

  // Your own: save the family under a name, switch away, apply it back, then delete it.
  await open();
  await page.getByRole('button', { name: 'MiniMax family' }).click();
  await open();
  await page.getByLabel('Save current as…').fill('My MiniMax four');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const own = page.getByRole('list', { name: 'Your presets' });
  await expect(own.getByRole('button', { name: 'My MiniMax four', exact: true })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-presets.png') });
  await page.getByRole('button', { name: 'MiniMax vs the field' }).click();
  await expect.poll(async () => (await columnNames(page)).length).toBe(5);
  await open();
  await own.getByRole('button', { name: 'My MiniMax four', exact: true }).click();
  await expect.poll(async () => (await columnNames(page)).length).toBe(4);
  await savedColumns(arena, 4);
  expect(arena.core.settings.get().playground.presets.map((preset) => preset.name)).toEqual([
    'My MiniMax four',
  ]);

  // Remembered: the columns and the preset are there after a reload (a restart reads the same file).
  await page.reload();
  await expect
    .poll(() => columnNames(page))
    .toEqual([
      'minimax/MiniMax-M2.7',
      'minimax/MiniMax-M2.7-highspeed',
      'minimax/MiniMax-M2.5',
      'minimax/MiniMax-M3',
    ]);
  await open();
  await page.getByRole('button', { name: 'Delete preset My MiniMax four' }).click();
  await expect(page.getByRole('list', { name: 'Your presets' })).toHaveCount(0);
  await expect.poll(() => arena.core.settings.get().playground.presets).toEqual([]);
  // Esc closes the menu and gives focus back to it.
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(page.getByText('Presets', { exact: true })).toBeFocused();
  expect(arena.pageErrors).toEqual([]);
});

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

  // Shared defaults: temperature 0.9 for every column; an invalid value is refused inline.
  const defaults = page.getByRole('group', { name: 'Defaults for every column' });
  const sharedTemperature = defaults.getByLabel('Temperature');
  await sharedTemperature.fill('3');
  await expect(defaults.getByRole('alert')).toHaveText('Temperature is a number from 0 to 2, such as 0.7.');
  await expect(sharedTemperature).toHaveAttribute('aria-invalid', 'true');
  await sharedTemperature.fill('0.9');
  await expect(defaults.getByRole('alert')).toHaveCount(0);

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

  await page.getByText('Limits', { exact: true }).click();
  await page.getByLabel('Whole-request timeout (s)').fill('5');
  await expect(page.getByText('Whole-request timeout is a whole number from 10 to 3,600.')).toBeVisible();
  await page.getByLabel('Whole-request timeout (s)').fill('90');
  await page.getByLabel('No-answer timeout (s)').fill('30');
  await expect
    .poll(() => arena.core.settings.get().streamLimits)
    .toEqual({ requestTimeoutSec: 90, eventTimeoutSec: 30 });
  expect(arena.pageErrors).toEqual([]);
});

for (const width of [900, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot: the set-up Playground at ${width} px, ${scheme}`, async ({ arena }) => {
      const { page } = arena;
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await withMinimaxKey(arena);
      await page.getByText('Presets', { exact: true }).click();
      await page.getByRole('button', { name: 'MiniMax vs the field' }).click();
      await page
        .getByRole('textbox', { name: 'Prompt', exact: true })
        .fill('Explain the CAP theorem with an example.');
      await expect(page.getByRole('list', { name: 'Estimated prompt cost per column' })).toBeVisible();
      await page.getByRole('combobox', { name: 'Add model' }).fill('claude');
      await expect(page.getByRole('listbox', { name: 'Models' }).getByRole('option').first()).toBeVisible();
      await page.screenshot({ path: join(SCREENSHOTS, `playground-setup-${width}-${scheme}.png`) });
      await page.getByRole('combobox', { name: 'Add model' }).press('Escape');
      await page.getByRole('button', { name: 'Settings for openai/gpt-5-mini' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: join(SCREENSHOTS, `playground-settings-${width}-${scheme}.png`) });
      expect(arena.pageErrors).toEqual([]);
    });
  }
}
