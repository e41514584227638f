// Shared steps of the Playground UI tests: keys, a remembered column set, a run, and finding a column's parts.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ColumnSetup } from '../../src-shared/settings.ts';
import { DEFAULT_SETTINGS } from '../../src-shared/settings.ts';
import { PROMPT } from './playground-answers.ts';

/** Test keys for the providers the Playground tests call (they only ever reach the loopback fakes). */
const TEST_KEYS = {
  minimax: 'sk-api-playground-test-0000000000000001',
  openai: 'sk-proj-playground-test-000000000000002',
  anthropic: 'sk-ant-api03-playground-test-00000003',
  deepseek: 'sk-playground-test-deepseek-0000000004',
};

export async function addKeys(page: Page, providers: readonly (keyof typeof TEST_KEYS)[]): Promise<void> {
  for (const provider of providers) {
    const result = await page.evaluate(([id, key]) => window.arena.keys.add({ provider: id, key }), [
      provider,
      TEST_KEYS[provider],
    ] as const);
    if (!result.ok) throw new Error(`could not add the ${provider} test key: ${result.error.message}`);
  }
}

/** Stores a column set as if the user had left it there, and reloads so the app starts with it. */
export async function rememberColumns(page: Page, columns: ColumnSetup[]): Promise<void> {
  const result = await page.evaluate((playground) => window.arena.settings.update({ playground }), {
    ...DEFAULT_SETTINGS.playground,
    columns,
  });
  if (!result.ok) throw new Error(`could not store the columns: ${result.error.message}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
}

/** Types `prompt` into the Prompt box and presses Run. */
export async function runPrompt(page: Page, prompt = PROMPT): Promise<void> {
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

/** A column by its accessible name: "provider/model", " #2" for a duplicate. */
export const column = (page: Page, label: string): Locator =>
  page.getByRole('region', { name: label, exact: true });

/** One of a column's labelled values ("Status", "Time to first token", "Cost", …). */
export const metric = (region: Locator, label: string): Locator => region.getByLabel(label, { exact: true });

/** The answer text of a column (its rendered markdown, reasoning excluded). */
export const answer = (region: Locator): Locator => region.locator('.pg-answer').last();

/** "1.24 s" or "850 ms" back to milliseconds, to compare with the core's own number. */
export function parseDuration(text: string): number {
  const minutes = /^(\d+) min (\d+) s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60_000 + Number(minutes[2]) * 1000;
  const match = /^([\d.,]+) (ms|s)$/.exec(text.trim());
  if (!match?.[1]) throw new Error(`not a duration: ${text}`);
  const value = Number(match[1].replace(/,/g, ''));
  return match[2] === 's' ? value * 1000 : value;
}

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');

/** How many of a canvas's pixels are not transparent: something was drawn. */
export const paintedPixels = (canvas: Locator): Promise<number> =>
  canvas.evaluate((element) => {
    const context = (element as HTMLCanvasElement).getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(
      0,
      0,
      (element as HTMLCanvasElement).width,
      (element as HTMLCanvasElement).height,
    );
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted += 1;
    return painted;
  });

/**
 * artifacts/screenshots/<name>-<width>-<scheme>.png at each width, light and dark (`target` scrolled
 * into view first), then back to 1280 × 800, light.
 */
export async function shootSchemes(
  page: Page,
  name: string,
  { widths = [1280], target }: { widths?: readonly number[]; target?: Locator } = {},
): Promise<void> {
  for (const width of widths) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await target?.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${scheme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A screenshot at this width and color scheme: artifacts/screenshots/playground-<name>-<width>-<scheme>.png. */
export async function shoot(
  page: Page,
  name: string,
  width: number,
  scheme: 'light' | 'dark',
): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.screenshot({ path: join(SCREENSHOTS, `playground-${name}-${width}-${scheme}.png`) });
}
