import { join } from 'node:path';
import { expect, test } from '../support/arena-fixture.ts';
import { columnNames, SCREENSHOTS, savedColumns, withMinimaxKey } from '../support/playground-setup-steps.ts';

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

/** The columns of the built-in "MiniMax family" preset, in order. */
const MINIMAX_FAMILY = [
  'minimax/MiniMax-M2.7',
  'minimax/MiniMax-M2.7-highspeed',
  'minimax/MiniMax-M2.5',
  'minimax/MiniMax-M3',
];

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
  await expect.poll(() => columnNames(page)).toEqual(MINIMAX_FAMILY);

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
  await expect.poll(() => columnNames(page)).toEqual(MINIMAX_FAMILY);
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
