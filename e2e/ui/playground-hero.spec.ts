// The README's hero picture: the Playground comparing MiniMax with other providers, mid-stream.
import { expect, test } from '../support/arena-fixture.ts';
import {
  ANTHROPIC_ANSWER,
  MINIMAX_ANSWER,
  MINIMAX_THINKING,
  OPENAI_ANSWER,
  PROMPT,
} from '../support/playground-answers.ts';
import {
  addKeys,
  answer,
  column,
  metric,
  rememberColumns,
  runPrompt,
  shoot,
} from '../support/playground-page.ts';
import { createGate, scriptStreams } from '../support/scripted-streams.ts';
import { anthropicFrames, openAiFrames, pieces } from '../support/stream-scripts.ts';

test('screenshot: MiniMax against the field, mid-stream (the README hero)', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  const gates = [createGate(), createGate(), createGate()] as const;
  const minimaxText = pieces(MINIMAX_ANSWER);
  const minimaxAll = openAiFrames({
    model: 'MiniMax-M2.7',
    minimax: true,
    thinkTags: pieces(MINIMAX_THINKING),
    text: minimaxText,
    usage: { input: 1200, output: 800, reasoning: 300 },
  });
  const openaiText = pieces(OPENAI_ANSWER);
  const openaiAll = openAiFrames({
    model: 'gpt-5-mini',
    text: openaiText,
    usage: { input: 1000, output: 500 },
  });
  // OpenAI is held just before its table: a half-written table row would read as a rendering fault.
  const openaiHold = openaiAll.findIndex((frame) => frame.includes('| Criterion'));
  expect(openaiHold).toBeGreaterThan(0);
  const anthropicText = pieces(ANTHROPIC_ANSWER);
  const anthropicAll = anthropicFrames({
    model: 'claude-haiku-4-5',
    text: anthropicText,
    usage: { input: 700, output: 420 },
  });
  // MiniMax is the fastest here: it is further along than the others when the picture is taken.
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        [
          {
            firstDelayMs: 350,
            delayMs: 20,
            frames: minimaxAll,
            holdAt: { index: minimaxAll.length - 8, gate: gates[0] },
          },
        ],
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        [
          {
            firstDelayMs: 700,
            delayMs: 30,
            frames: openaiAll,
            holdAt: { index: openaiHold, gate: gates[1] },
          },
        ],
      ],
      [
        '/v1/messages claude-haiku-4-5',
        [
          {
            firstDelayMs: 900,
            delayMs: 35,
            frames: anthropicAll,
            holdAt: { index: Math.floor(anthropicAll.length * 0.45), gate: gates[2] },
          },
        ],
      ],
    ]),
  );
  await addKeys(page, ['minimax', 'openai', 'anthropic']);
  await rememberColumns(page, [
    { provider: 'minimax', model: 'MiniMax-M2.7' },
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'anthropic', model: 'claude-haiku-4-5' },
  ]);
  await runPrompt(page);
  await Promise.all(gates.map((gate) => gate.reached));
  const minimax = column(page, 'minimax/MiniMax-M2.7');
  await expect(answer(minimax)).toContainText('sort_unstable');
  await expect(answer(column(page, 'anthropic/claude-haiku-4-5'))).toContainText('Why quicksort wins');
  // The live figures are up (measured in the window, marked ~) before the picture is taken.
  await expect(metric(minimax, 'Tokens per second')).toHaveText(/^~[\d.,]+$/);
  for (const other of ['openai/gpt-5-mini', 'anthropic/claude-haiku-4-5']) {
    await expect(metric(column(page, other), 'Tokens per second')).toHaveText(/^~[\d.,]+$/);
  }
  // What every column was asked stays on screen above them.
  await expect(page.getByText(PROMPT, { exact: true })).toBeVisible();
  await shoot(page, 'hero', 1280, 'light');
  for (const gate of gates) gate.open();
  await expect(metric(minimax, 'Status')).toHaveText('Done');
  expect(arena.pageErrors).toEqual([]);
});
