// "Refresh quality scores" end to end: the Artificial Analysis key added on the Keys page and checked,
// the refresh from Models & Prices against a loopback fake of AA's model list, its version in the
// Quality index selector, a failure that keeps the last good copy, and the key never on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { FakeHandler } from '../fake-providers/fake-provider-server.ts';
import { expect, test } from '../support/arena-fixture.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const SAMPLE = join(import.meta.dirname, '../fixtures/artificialanalysis/llms-models-sample.json');
/** The current reference's path: the app asks for it first (the older one only after a 404). */
const MODELS_PATH = '/api/v2/language/models';
const KEY = 'aa_CANARY9c4eCANARY5b2d81f07e3a';

interface AaEntry {
  name: string;
  slug: string;
  model_creator: { slug: string };
  evaluations: Record<string, number | null>;
  [field: string]: unknown;
}

/**
 * The recorded sample (4 models, no index version named; only GLM-5.2 is one the app knows, by the AA
 * slug glm-5-2 its bundled data recorded) plus two catalog models
 * in the shape of its entries. These two scores are test values, not Artificial Analysis': each differs
 * from every bundled score of its model, so a number on screen can only have come from the refresh.
 */
function aaModelList(): { data: AaEntry[] } {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { data: AaEntry[] };
  const template = sample.data[0];
  if (!template) throw new Error('the Artificial Analysis sample has no entries');
  const entry = (name: string, slug: string, intelligence: number, coding: number | null): AaEntry => ({
    ...structuredClone(template),
    id: `test-${slug}`,
    name,
    slug,
    model_creator: { ...template.model_creator, slug: 'minimax' },
    evaluations: {
      ...template.evaluations,
      artificial_analysis_intelligence_index: intelligence,
      artificial_analysis_coding_index: coding,
    },
  });
  return {
    ...sample,
    data: [
      ...sample.data,
      entry('MiniMax-M2.7', 'minimax-m2-7', 52.75, 61.5),
      entry('MiniMax-M3', 'minimax-m3', 57.25, null),
    ],
  };
}

/** What the refresh records when the payload names no index version: the UTC date of the fetch. */
const fetchedDate = () => new Date().toISOString().slice(0, 10);

/** Answers like AA: the list for the stored key in x-api-key, 401 for any other or none. */
const serveModelList: FakeHandler = (request, res) => {
  const ok = request.headers['x-api-key'] === KEY;
  res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
  res.end(JSON.stringify(ok ? aaModelList() : { message: 'Invalid API key' }));
};

async function openPrices(page: Page): Promise<void> {
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Models & Prices' })).toBeFocused();
}

const refreshStatus = (page: Page) => page.getByRole('status', { name: 'Quality refresh' });
const tableRegion = (page: Page) => page.getByRole('region', { name: /Models and prices/ });

async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not rendered');
  return box.y;
}

/** Whether a <select> shows its chosen option's whole label (text width against its inner width). */
function showsWholeLabel(select: Locator): Promise<boolean> {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(element.selectedOptions[0]?.textContent ?? '').width;
    // The drop-down arrow takes about 20 px of the inner width.
    const room =
      element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
    return text <= room;
  });
}

/** The colour `var(name)` resolves to on the page, to compare with an element's. */
function cssColor(page: Page, name: string): Promise<string> {
  return page.evaluate((variable) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${variable})`;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, name);
}

const colorOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).color);
const refreshButton = (page: Page) => page.getByRole('button', { name: 'Refresh quality scores' });
/** MiniMax-M2.7's Quality cell (its row name starts with the id and a space, so not M2.7-highspeed). */
const m27Quality = (page: Page) =>
  page
    .getByRole('row', { name: /^minimax\/MiniMax-M2\.7 / })
    .getByRole('cell')
    .nth(1)
    .locator('.quality-score');

test('without a key, Refresh quality scores says one is needed and leads to the Keys page', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  await openPrices(page);
  await refreshButton(page).click();
  await expect(refreshStatus(page)).toContainText('No Artificial Analysis key: add one on the Keys page');
  await expect(refreshStatus(page)).toContainText('Using the bundled scores.');
  await expect(refreshStatus(page)).toHaveClass(/\bwarn\b/);
  await refreshStatus(page).getByRole('button', { name: 'Open the Keys page' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible();
  expect(fakeGlobal.requests).toEqual([]);
  expect(arena.pageErrors).toEqual([]);
});

test('add an Artificial Analysis key, refresh, see the new version and its scores; a failure keeps them; the key never shows', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  await page.emulateMedia({ colorScheme: 'light' });
  fakeGlobal.setHandler({ method: 'GET', path: MODELS_PATH, handle: serveModelList });

  // The Keys page's form, from the keyboard: paste, choose the data source, label, Enter.
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();
  await page.getByLabel('API key').focus();
  await page.keyboard.type(KEY);
  await page.getByLabel('Provider').focus();
  await page.keyboard.type('Artificial');
  await expect(page.getByLabel('Provider')).toHaveValue('artificialanalysis');
  await expect(
    page.getByText('Quality scores for Models & Prices; free tier, attribution required.'),
  ).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Label')).toBeFocused();
  await page.keyboard.type('AA free tier');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('API key')).toHaveValue('');

  const row = page.getByRole('listitem', { name: 'AA free tier, Artificial Analysis' });
  await expect(row.getByText('…7e3a')).toBeVisible();
  await row.getByRole('button', { name: 'Check' }).click();
  await expect(row.getByText('Valid', { exact: true })).toBeVisible();
  // 4 sampled models + the 2 added, all with a score.
  await expect(row.locator('.check-message')).toHaveText(
    'Valid key: Artificial Analysis lists 6 models with quality scores.',
  );
  const keysPageText = await page.evaluate(() => document.body.innerText);
  expect(keysPageText).toContain('…7e3a');
  expect(keysPageText).not.toContain(KEY);

  // Refresh: the payload names no version, so it becomes "fetched DATE", beside the bundled v4.1.
  await openPrices(page);
  // The status line says what to do without looking like a failure, and keeps one line whatever it
  // says next: the table below never moves.
  await expect(refreshStatus(page)).toContainText('have not been refreshed');
  await expect(refreshStatus(page)).not.toHaveClass(/\bwarn\b/);
  const tableTop = await topOf(tableRegion(page));
  await refreshButton(page).click();
  const date = fetchedDate();
  await expect(refreshStatus(page)).toHaveText(
    `Refreshed: 6 Artificial Analysis models, 3 of them matched to models the app knows, as unknown version, fetched on ${date}.`,
  );
  await page.getByLabel('Search').fill('minimax/minimax-m');
  // Never merged: the chosen index is still the bundled v4.1, with its own number.
  await expect(page.getByLabel('Quality index')).toHaveValue('aa-intelligence@v4.1');
  await expect(m27Quality(page)).toHaveText('38.13');

  expect(await topOf(tableRegion(page))).toBe(tableTop);
  await expect(refreshStatus(page)).not.toHaveClass(/\bwarn\b/);
  const indexSelect = page.getByLabel('Quality index');
  const refreshed = `AA Intelligence · fetched ${date}`;
  await expect(indexSelect.locator('option', { hasText: refreshed })).toHaveText(refreshed);
  await indexSelect.selectOption({ label: refreshed });
  await expect(indexSelect).toHaveValue(`aa-intelligence@fetched ${date}`);
  // Told apart from the bundled versions without opening the list.
  expect(await showsWholeLabel(indexSelect)).toBe(true);
  await expect(m27Quality(page)).toHaveText('52.75');
  // $ / quality pt to two significant digits throughout: ($0.30 × 3 + $1.20) / 4 over 52.75, and the
  // highspeed twin at twice the price on the same score.
  const perPoint = (id: RegExp) => page.getByRole('row', { name: id }).getByRole('cell').nth(7);
  await expect(perPoint(/^minimax\/MiniMax-M2\.7 /)).toHaveText('$0.010');
  await expect(perPoint(/^minimax\/MiniMax-M2\.7-highspeed /)).toHaveText('$0.020');
  await expect(
    page
      .getByRole('row', { name: /^minimax\/MiniMax-M3 / })
      .getByRole('cell')
      .nth(1)
      .locator('.quality-score'),
  ).toHaveText('57.25');
  // The date once: the version is named after it.
  await expect(page.locator('.quality-attribution')).toHaveText(
    `Quality: Artificial Analysis Intelligence Index · fetched ${date} · 0–100 · 3 models · Data: Artificial Analysis (artificialanalysis.ai)`,
  );
  await expect(
    page.getByRole('link', { name: 'Data: Artificial Analysis (artificialanalysis.ai)' }),
  ).toBeVisible();
  await expect(indexSelect.locator('option', { hasText: `AA Coding · fetched ${date}` })).toHaveCount(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'quality-refresh-1280-light.png') });

  // Failures (each answer echoes the key, as some servers do): each says what happened and what to
  // do, and the refreshed scores stay.
  // In the warning tone, on the same one line (the whole text on hover); a refused key offers the
  // Keys page, a server error does not.
  const warnColor = await cssColor(page, '--warn');
  for (const [failure, says, keysButtons] of [
    [
      { status: 500, json: { message: `Internal error while serving ${KEY}` } },
      /^Artificial Analysis had a server error \(HTTP 500\): try again later\./,
      0,
    ],
    [
      { status: 401, json: { message: `Invalid API key: ${KEY}` } },
      /^Artificial Analysis refused the key \(HTTP 401\): check it on the Keys page, or create a new one at artificialanalysis\.ai\/insights\./,
      1,
    ],
  ] as const) {
    fakeGlobal.enqueue({ method: 'GET', path: MODELS_PATH, ...failure });
    await refreshButton(page).click();
    await expect(refreshStatus(page)).toHaveText(says);
    await expect(refreshStatus(page)).toContainText(`Kept the scores fetched on ${date}.`);
    const text = refreshStatus(page).locator('.quality-refresh-text');
    expect(await colorOf(text)).toBe(warnColor);
    await expect(text).toHaveAttribute('title', says);
    expect(await topOf(tableRegion(page))).toBe(tableTop);
    await expect(refreshStatus(page).getByRole('button', { name: 'Open the Keys page' })).toHaveCount(
      keysButtons,
    );
    await expect(indexSelect).toHaveValue(`aa-intelligence@fetched ${date}`);
    await expect(m27Quality(page)).toHaveText('52.75');
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown.includes(KEY), 'the page shows the key the server echoed').toBe(false);
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'quality-refresh-failed-1280-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: join(SCREENSHOTS, 'quality-refresh-failed-900-dark.png') });
  await refreshStatus(page).getByRole('button', { name: 'Open the Keys page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible();

  // The key went to the fake in x-api-key alone; none of what the page got or shows holds it.
  const aaRequests = fakeGlobal.requests.filter((request) => request.path.startsWith('/api/v2/'));
  expect(aaRequests.map((request) => request.path)).toEqual(Array(4).fill(MODELS_PATH));
  for (const request of aaRequests) {
    expect(request.headers['x-api-key']).toBe(KEY);
    expect(request.headers.authorization).toBeUndefined();
  }
  // Read once, and asserted with includes(): on a failure, a diff of megabytes of traffic helps nobody.
  const seen = {
    'the page text': await page.evaluate(() => document.body.innerText),
    'the page HTML': await page.content(),
    'the bridge traffic (replies and events)': JSON.stringify(arena.traffic),
    'keys.json': readFileSync(join(arena.dataDir, 'keys.json'), 'utf8'),
    'quality-refresh.json': readFileSync(join(arena.dataDir, 'quality-refresh.json'), 'utf8'),
  };
  // The scan reads what the page really got: the masked key did arrive.
  expect(seen['the bridge traffic (replies and events)'].includes('…7e3a')).toBe(true);
  for (const [where, text] of Object.entries(seen)) {
    for (const secret of [KEY, 'CANARY9c4e', '5b2d81f07e3a']) {
      expect(text.includes(secret), `${where} holds the key (${secret})`).toBe(false);
    }
  }
  expect(arena.pageErrors).toEqual([]);
});
