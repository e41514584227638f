// Reloading the window mid-stream ends the runs the old page started: main cancels them, the
// provider's connection closes (no more billing), and the new page can run again.
import type { ColumnEvent } from '../../src-shared/compare.ts';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import { expect, test } from '../support/arena-fixture.ts';
import { OPENAI_ANSWER } from '../support/playground-answers.ts';
import { addKeys, answer, column, metric, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { createGate, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const usage = { input: 100, output: 100 };
const SECOND_ANSWER = 'Merge sort, if the data is on disk.';

const isEvent = (item: unknown): item is ArenaEvent =>
  typeof item === 'object' && item !== null && 'type' in item && typeof item.type === 'string';

/** The events main sent for one run, in order: its column events, then its column-done. */
function eventsOfRun(traffic: unknown[], runId: string): (ColumnEvent | ArenaEvent)[] {
  return traffic.filter(isEvent).flatMap((event): (ColumnEvent | ArenaEvent)[] => {
    if (event.type === 'compare.batch')
      return event.items.filter((item) => item.runId === runId).flatMap((item) => item.events);
    if (event.type === 'compare.column-done' && event.runId === runId) return [event];
    return [];
  });
}

function firstRunId(traffic: unknown[]): string {
  for (const event of traffic.filter(isEvent)) {
    if (event.type === 'compare.batch' && event.items[0]) return event.items[0].runId;
  }
  throw new Error('no run has sent events yet');
}

test('a reload mid-stream cancels the old page’s run and closes its connection; the new page runs again', async ({
  arena,
}) => {
  const { page, fakeGlobal, core, traffic } = arena;
  const gate = createGate();
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [
          {
            frames: openAiFrames({ model: 'gpt-5-mini', text: pieces(OPENAI_ANSWER), usage }),
            delayMs: 5,
            holdAt: { index: 8, gate },
          },
          { frames: openAiFrames({ model: 'gpt-5-mini', text: pieces(SECOND_ANSWER), usage }), delayMs: 5 },
        ],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  await runPrompt(page);
  await gate.reached;
  const openai = column(page, 'openai/gpt-5-mini');
  await expect(answer(openai)).toContainText('Use quicksort');
  const runId = firstRunId(traffic);
  const beforeReload = eventsOfRun(traffic, runId).length;

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
  const [streamed] = fakeGlobal.requests;
  // Main cancelled the run: the provider's connection closed, from our side.
  await expect.poll(() => streamed?.socketClosed, { message: 'the provider connection closed' }).toBe(true);
  expect(streamed?.clientAborted).toBe(true);
  await expect.poll(() => core.compare.activeRuns()).toEqual([]);
  // Were the stream still going, the rest of the answer would now come.
  gate.open();

  // The new page runs again; its finished answer is also the point by which any late event would be in.
  await runPrompt(page);
  await expect(metric(openai, 'Status')).toHaveText('Done');
  await expect(answer(openai)).toHaveText(SECOND_ANSWER);
  expect(fakeGlobal.requests).toHaveLength(2);

  // Since the reload, the old run said only that it was cancelled, and then that it was done.
  const afterReload = eventsOfRun(traffic, runId).slice(beforeReload);
  expect(afterReload.map((event) => event.type)).toEqual(['error', 'compare.column-done']);
  expect(afterReload[0]).toMatchObject({ type: 'error', error: { kind: 'cancelled' } });
  expect(afterReload[1]).toMatchObject({ result: { finishReason: 'cancelled' } });
  expect(arena.pageErrors).toEqual([]);
});
