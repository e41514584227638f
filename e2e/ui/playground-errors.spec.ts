// Failures in the Playground: provider errors inside an HTTP 200 with the core's remedy, "Retry failed"
// rerunning only the failed columns, and a column main refuses before anything is sent for it.
import { expect, test } from '../support/arena-fixture.ts';
import { OPENAI_ANSWER, PROMPT } from '../support/playground-answers.ts';
import { addKeys, answer, column, metric, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { quick, requestsFor, type ScriptedStream, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const usage = { input: 200, output: 100 };

/** MiniMax's second error shape: HTTP 200, a JSON body whose base_resp carries the business code. */
const minimaxRefusal = (code: number, message: string): ScriptedStream => ({
  delayMs: 0,
  contentType: 'application/json',
  frames: [JSON.stringify({ id: 'x', choices: null, base_resp: { status_code: code, status_msg: message } })],
});
const answers = (model: string, text: string) =>
  quick(openAiFrames({ model, minimax: model.startsWith('MiniMax'), text: pieces(text), usage }));

test('errors inside an HTTP 200 show the remedy; "Retry failed" reruns only the failed columns; Retry reruns one', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7-highspeed',
        [
          minimaxRefusal(2061, 'your current token plan not support model, MiniMax-M2.7-highspeed'),
          answers('MiniMax-M2.7-highspeed', 'Quicksort, in place.'),
        ],
      ],
      [
        '/v1/chat/completions MiniMax-M2.5',
        [minimaxRefusal(1008, 'insufficient balance'), answers('MiniMax-M2.5', 'Quicksort (introsort).')],
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        [answers('gpt-5-mini', OPENAI_ANSWER), answers('gpt-5-mini', 'Second thoughts: still quicksort.')],
      ],
    ]),
  );
  await addKeys(page, ['minimax', 'openai']);
  await rememberColumns(page, [
    { provider: 'minimax', model: 'MiniMax-M2.7-highspeed' },
    { provider: 'minimax', model: 'MiniMax-M2.5' },
    { provider: 'openai', model: 'gpt-5-mini' },
  ]);
  await runPrompt(page);

  const highspeed = column(page, 'minimax/MiniMax-M2.7-highspeed');
  const m25 = column(page, 'minimax/MiniMax-M2.5');
  const openai = column(page, 'openai/gpt-5-mini');
  await expect(metric(highspeed, 'Status')).toHaveText('Failed');
  await expect(highspeed.getByRole('alert')).toContainText(
    'This Token Plan key does not cover MiniMax-M2.7-highspeed: use MiniMax-M2.7 or a pay-as-you-go key',
  );
  await expect(m25.getByRole('alert')).toContainText('insufficient balance');
  await expect(m25.getByRole('alert')).toContainText('Top up the account, or use another key');
  await expect(highspeed.getByRole('button', { name: 'Open Keys' })).toBeVisible();
  await expect(metric(openai, 'Status')).toHaveText('Done');

  // Only the two failed columns run again; the finished one keeps its answer and is not asked twice.
  const summary = page.getByRole('region', { name: 'Summary' });
  await summary.getByRole('button', { name: 'Retry failed (2)' }).click();
  await expect(metric(highspeed, 'Status')).toHaveText('Done');
  await expect(metric(m25, 'Status')).toHaveText('Done');
  await expect(answer(highspeed)).toHaveText('Quicksort, in place.');
  await expect(answer(m25)).toHaveText('Quicksort (introsort).');
  expect(requestsFor(fakeGlobal, '/v1/chat/completions', 'gpt-5-mini')).toHaveLength(1);
  await expect(summary.getByRole('button', { name: /Retry failed/ })).toHaveCount(0);
  // Each retry sent the same prompt as the first attempt, with no earlier turns.
  const retried = requestsFor(fakeGlobal, '/v1/chat/completions', 'MiniMax-M2.5')[1]?.json as {
    messages: { role: string; content: string }[];
  };
  expect(retried.messages).toEqual([{ role: 'user', content: PROMPT }]);

  // One column's Retry reruns that column alone.
  await openai.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(answer(openai)).toHaveText('Second thoughts: still quicksort.');
  await expect(metric(openai, 'Status')).toHaveText('Done');
  expect(requestsFor(fakeGlobal, '/v1/chat/completions', 'MiniMax-M2.5')).toHaveLength(2);
  expect(arena.pageErrors).toEqual([]);
});

test('a column main refuses (a base URL its key may not go to) fails alone, with nothing sent for it; the others answer', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([['/v1/chat/completions gpt-5-mini', [answers('gpt-5-mini', OPENAI_ANSWER)]]]),
  );
  await addKeys(page, ['minimax', 'openai']);
  // The fake, at an address the policy does not count as this machine: were the key sent, it would arrive.
  const elsewhere = `http://[::ffff:127.0.0.1]:${fakeGlobal.port}/v1`;
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'minimax', model: 'MiniMax-M2.7', baseUrl: elsewhere },
  ]);
  await runPrompt(page);

  const minimax = column(page, 'minimax/MiniMax-M2.7');
  const openai = column(page, 'openai/gpt-5-mini');
  await expect(metric(minimax, 'Status')).toHaveText('Failed');
  await expect(minimax.getByRole('alert')).toContainText(
    'MiniMax keys are sent only to api.minimax.io or api.minimaxi.com or to a server on this machine. For another server, use the OpenAI-compatible (custom) provider.',
  );
  await expect(metric(openai, 'Status')).toHaveText('Done');
  await expect(openai.getByRole('alert')).toHaveCount(0);
  // The run was not refused as a whole, and nothing went out for the refused column.
  await expect(page.locator('.pg-start-error')).toHaveCount(0);
  expect(requestsFor(fakeGlobal, '/v1/chat/completions', 'MiniMax-M2.7')).toHaveLength(0);
  expect(requestsFor(fakeGlobal, '/v1/chat/completions', 'gpt-5-mini')).toHaveLength(1);
  expect(arena.pageErrors).toEqual([]);
});
