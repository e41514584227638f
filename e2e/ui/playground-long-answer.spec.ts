// A long answer stays cheap to show: the blocks scrolled far out of a column's view are skipped by the
// browser's rendering (content-visibility), so each frame of a streaming answer costs what is near the
// view, not the whole answer (see `npm run bench -- --only ui`).
import { expect, test } from '../support/arena-fixture.ts';
import { addKeys, answer, column, metric, rememberColumns } from '../support/playground-page.ts';
import { scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames } from '../support/stream-scripts.ts';

const PARAGRAPHS = 200;

test('the blocks of a long answer far above the view are not rendered; the end of it is', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  await page.setViewportSize({ width: 1280, height: 800 });
  const text = Array.from(
    { length: PARAGRAPHS },
    (_, index) => `**Paragraph ${index + 1}**: quicksort partitions in place and keeps the caches warm.\n\n`,
  );
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [
          {
            delayMs: 0,
            frames: openAiFrames({ model: 'gpt-5-mini', text, usage: { input: 10, output: 3000 } }),
          },
        ],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  await page.getByRole('textbox', { name: 'Prompt' }).fill('Explain quicksort at length.');
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  const region = column(page, 'openai/gpt-5-mini');
  await expect(metric(region, 'Status')).toHaveText('Done');
  const blocks = answer(region).locator('.markdown p');
  await expect(blocks).toHaveCount(PARAGRAPHS);
  // The column follows the answer to its end; the first paragraphs are thousands of pixels above it.
  // (A skipped block's content is what is not rendered: ask its bold lead-in.)
  const rendered = (index: number) =>
    blocks
      .nth(index)
      .locator('strong')
      .evaluate((lead) => lead.checkVisibility({ contentVisibilityAuto: true }));
  await expect.poll(() => rendered(PARAGRAPHS - 1)).toBe(true);
  await expect.poll(() => rendered(0)).toBe(false);
  // Skipped for rendering only: the text is all there, for copying, search and screen readers.
  await expect(blocks.first()).toHaveText(/^Paragraph 1: quicksort/);
  expect(arena.pageErrors).toEqual([]);
});
