import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/arena-fixture.ts';

const PAGES = [
  { label: 'Playground', heading: 'Playground', empty: 'No comparison yet' },
  { label: 'Keys', heading: 'Keys', empty: 'No keys stored' },
  { label: 'Models & Prices', heading: 'Models & Prices', empty: null },
  { label: 'Plan', heading: 'Plan', empty: 'Pay-as-you-go' },
  { label: 'History', heading: 'History', empty: 'No runs yet' },
  { label: 'Spending', heading: 'Spending', empty: 'Nothing spent yet' },
];
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');

test('loads, shows every page with an honest empty state, and reports no errors', async ({ arena }) => {
  const { page } = arena;
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await expect(page.getByText('v0.0.0-test')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'playground.png') });

  for (const entry of PAGES) {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: entry.label }).click();
    await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible();
    if (entry.empty) await expect(page.getByRole('heading', { level: 2, name: entry.empty })).toBeVisible();
    else await expect(page.getByRole('table')).toBeVisible();
    const navButton = page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('button', { name: entry.label });
    await expect(navButton).toHaveAttribute('aria-current', 'page');
  }
  expect(arena.pageErrors).toEqual([]);
});

test('every page is reachable with the keyboard alone', async ({ arena }) => {
  const { page } = arena;
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  // Visit every page, ending back on the first: each switch moves focus to the new page's heading.
  for (const index of [1, 2, 3, 4, 5, 0]) {
    const entry = PAGES[index]!;
    await page.keyboard.press(`Control+${index + 1}`);
    await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeFocused();
  }
  // Tab order from the top of the document: skip link first, then the sidebar toggle, then the page
  // buttons; Enter activates. (The Playground's own controls follow its heading: start afresh above it.)
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sidebar' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Keys' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();
  expect(arena.pageErrors).toEqual([]);
});

test('Plan projects a month of traffic, and History says what exists now and links to it', async ({
  arena,
}) => {
  const { page } = arena;
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Workload' })).toBeVisible();
  await expect(page.getByLabel('Active days per month', { exact: true })).toHaveValue('30');
  await expect(page.getByRole('region', { name: 'Pay-as-you-go' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'plan.png') });

  // History keeps every Playground run: before the first, it says so and leads there.
  await page.keyboard.press('Control+5');
  const history = page.getByRole('region', { name: 'No runs yet' });
  await expect(history).toContainText('Run a prompt in the Playground');
  await expect(history).not.toContainText(/once the Playground can run/);
  await page.screenshot({ path: join(SCREENSHOTS, 'history.png') });
  await history.getByRole('button', { name: 'Open the Playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeFocused();
  expect(arena.pageErrors).toEqual([]);
});

test('the sidebar collapses and expands from the keyboard and stays as the user left it', async ({
  arena,
}) => {
  const { page } = arena;
  const toggle = page.getByRole('button', { name: 'Sidebar' });
  const nav = page.getByRole('navigation', { name: 'Pages' });
  const widthOf = async (locator: typeof nav) => (await locator.boundingBox())?.width ?? 0;
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const expandedWidth = await widthOf(nav);
  const mainLeft = async () => (await page.locator('main').boundingBox())?.x ?? 0;
  const expandedMainLeft = await mainLeft();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect.poll(() => widthOf(nav)).toBeLessThan(expandedWidth / 2);
  expect(await mainLeft()).toBeLessThan(expandedMainLeft - 100);
  // Collapsed, every page is still one named button away.
  await nav.getByRole('button', { name: 'Keys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();
  await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-collapsed.png') });

  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => widthOf(nav)).toBe(expandedWidth);
  // The chord the toggle announces works from anywhere on the page.
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Control+B');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Control+b');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(arena.pageErrors).toEqual([]);
});

test('follows the OS theme and persists an explicit choice through the core', async ({ arena }) => {
  const { page } = arena;
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(background).toBe('rgb(21, 24, 28)');
  await page.screenshot({ path: join(SCREENSHOTS, 'playground-dark.png') });

  await page.getByLabel('Theme').selectOption('light');
  await expect.poll(background).toBe('rgb(246, 247, 249)');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const saved = JSON.parse(readFileSync(join(arena.dataDir, 'settings.json'), 'utf8'));
  expect(saved.settings).toMatchObject({ theme: 'light' });
  expect(arena.traffic).toContainEqual(
    expect.objectContaining({
      type: 'settings.changed',
      settings: expect.objectContaining({ theme: 'light' }),
    }),
  );
});

test('the bridge answers a malformed payload from the page with invalid_input', async ({ arena }) => {
  const result = await arena.page.evaluate(() =>
    window.arena.settings.update({ theme: 'purple' } as unknown as { theme: 'dark' }),
  );
  expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'theme' } });
});

test('the built page carries a strict Content-Security-Policy', async ({ arena }) => {
  const csp = await arena.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // An inline script injected now must be refused by the policy.
  const ran = await arena.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
