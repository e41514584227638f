// Follow-ups from the Playground: every column continues its own conversation, and each provider
// receives the earlier turns the way it needs them (see the "Follow-ups" rules in the provider notes).
import type { Page } from '@playwright/test';
import { expect, test } from '../support/arena-fixture.ts';
import {
  FOLLOW_UP,
  FOLLOW_UP_ANSWER,
  MINIMAX_ANSWER,
  MINIMAX_ANTHROPIC_ANSWER,
  MINIMAX_ANTHROPIC_THINKING,
  MINIMAX_THINKING,
  OPENAI_ANSWER,
  PROMPT,
} from '../support/playground-answers.ts';
import { addKeys, answer, column, metric, rememberColumns } from '../support/playground-page.ts';
import { quick, requestsFor, scriptStreams } from '../support/scripted-streams.ts';
import { anthropicFrames, openAiFrames, pieces } from '../support/stream-scripts.ts';

const SIGNATURE = 'c'.repeat(64);
const DEEPSEEK_REASONING = 'Stability is not required, memory is plentiful: quicksort.';
const DEEPSEEK_ANSWER = 'Quicksort (introsort). Merge sort only for stability.';

const COLUMNS = [
  { provider: 'minimax', model: 'MiniMax-M2.7', label: 'minimax/MiniMax-M2.7' },
  {
    provider: 'minimax',
    model: 'MiniMax-M2.7',
    wire: 'anthropic-messages',
    label: 'minimax/MiniMax-M2.7 #2',
  },
  { provider: 'openai', model: 'gpt-5-mini', label: 'openai/gpt-5-mini' },
  { provider: 'anthropic', model: 'claude-haiku-4-5', label: 'anthropic/claude-haiku-4-5' },
  { provider: 'deepseek', model: 'deepseek-v4-flash', label: 'deepseek/deepseek-v4-flash' },
] as const;

const usage = { input: 300, output: 200 };
const secondTurn = (model: string) => quick(openAiFrames({ model, text: pieces(FOLLOW_UP_ANSWER), usage }));
const secondTurnAnthropic = (model: string) =>
  quick(anthropicFrames({ model, text: pieces(FOLLOW_UP_ANSWER), usage }));

async function allDone(page: Page): Promise<void> {
  for (const { label } of COLUMNS) await expect(metric(column(page, label), 'Status')).toHaveText('Done');
}

/** A user turn's text, whether the wire sent it as a string or as one text block. */
function userText(message: { role: string; content: unknown }): unknown {
  const { content } = message;
  if (Array.isArray(content) && content.length === 1 && content[0]?.type === 'text') return content[0].text;
  return content;
}

type Message = { role: string; content: unknown; reasoning_content?: unknown };
const messagesOf = (json: unknown) => (json as { messages: Message[] }).messages;

test('a follow-up continues every column, sending each provider its earlier turns as it requires', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        [
          quick(
            openAiFrames({
              model: 'MiniMax-M2.7',
              minimax: true,
              thinkTags: [MINIMAX_THINKING],
              text: pieces(MINIMAX_ANSWER),
              usage,
            }),
          ),
          secondTurn('MiniMax-M2.7'),
        ],
      ],
      [
        '/anthropic/v1/messages MiniMax-M2.7',
        [
          quick(
            anthropicFrames({
              model: 'MiniMax-M2.7',
              thinking: [MINIMAX_ANTHROPIC_THINKING],
              signature: SIGNATURE,
              text: [MINIMAX_ANTHROPIC_ANSWER],
              usage,
            }),
          ),
          secondTurnAnthropic('MiniMax-M2.7'),
        ],
      ],
      [
        '/v1/chat/completions gpt-5-mini',
        [
          quick(openAiFrames({ model: 'gpt-5-mini', text: pieces(OPENAI_ANSWER), usage })),
          secondTurn('gpt-5-mini'),
        ],
      ],
      [
        '/v1/messages claude-haiku-4-5',
        [
          quick(
            anthropicFrames({
              model: 'claude-haiku-4-5',
              thinking: ['Short and practical.'],
              signature: 'anthropic-signature-1',
              text: ['Quicksort, ', 'in its introsort form.'],
              usage,
            }),
          ),
          secondTurnAnthropic('claude-haiku-4-5'),
        ],
      ],
      [
        '/chat/completions deepseek-v4-flash',
        [
          quick(
            openAiFrames({
              model: 'deepseek-v4-flash',
              reasoningContent: [DEEPSEEK_REASONING],
              text: [DEEPSEEK_ANSWER],
              usage,
            }),
          ),
          secondTurn('deepseek-v4-flash'),
        ],
      ],
    ]),
  );
  await addKeys(page, ['minimax', 'openai', 'anthropic', 'deepseek']);
  await rememberColumns(
    page,
    COLUMNS.map(({ label: _label, ...setup }) => setup),
  );

  const prompt = page.getByLabel('Prompt', { exact: true });
  await prompt.fill(PROMPT);
  await prompt.press('Control+Enter');
  await allDone(page);
  await prompt.fill(FOLLOW_UP);
  await prompt.press('Control+Enter');
  await allDone(page);

  // Every column shows the earlier exchange above the new answer.
  for (const { label } of COLUMNS) {
    const region = column(page, label);
    await expect(region.getByText(PROMPT)).toBeVisible();
    await expect(region.getByText(FOLLOW_UP)).toBeVisible();
    await expect(answer(region)).toContainText('external merge sort');
  }

  const second = (path: string, model: string) => {
    const requests = requestsFor(fakeGlobal, path, model);
    expect(requests).toHaveLength(2);
    const messages = messagesOf(requests[1]?.json);
    expect(messages).toHaveLength(3);
    expect(messages[0]?.role).toBe('user');
    expect(userText(messages[0] as Message)).toBe(PROMPT);
    expect(messages[2]?.role).toBe('user');
    expect(userText(messages[2] as Message)).toBe(FOLLOW_UP);
    return messages[1] as Message;
  };

  // MiniMax, OpenAI wire: the content exactly as received, <think>…</think> included.
  expect(second('/v1/chat/completions', 'MiniMax-M2.7')).toEqual({
    role: 'assistant',
    content: `<think>\n${MINIMAX_THINKING}\n</think>\n\n${MINIMAX_ANSWER}`,
  });
  // MiniMax and Anthropic, Anthropic wire: the thinking block with its signature, then the text.
  expect(second('/anthropic/v1/messages', 'MiniMax-M2.7')).toEqual({
    role: 'assistant',
    content: [
      { type: 'thinking', thinking: MINIMAX_ANTHROPIC_THINKING, signature: SIGNATURE },
      { type: 'text', text: MINIMAX_ANTHROPIC_ANSWER },
    ],
  });
  expect(second('/v1/messages', 'claude-haiku-4-5')).toEqual({
    role: 'assistant',
    content: [
      { type: 'thinking', thinking: 'Short and practical.', signature: 'anthropic-signature-1' },
      { type: 'text', text: 'Quicksort, in its introsort form.' },
    ],
  });
  // OpenAI: plain role and content.
  expect(second('/v1/chat/completions', 'gpt-5-mini')).toEqual({ role: 'assistant', content: OPENAI_ANSWER });
  // DeepSeek V4: the reasoning goes back as reasoning_content.
  expect(second('/chat/completions', 'deepseek-v4-flash')).toEqual({
    role: 'assistant',
    content: DEEPSEEK_ANSWER,
    reasoning_content: DEEPSEEK_REASONING,
  });

  // The summary adds up the whole conversation as well as this run.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('the conversation so far');

  // A new conversation starts over: no earlier turns are sent.
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(column(page, COLUMNS[2].label).getByText(PROMPT)).toHaveCount(0);
  await prompt.fill('Fresh start');
  await prompt.press('Control+Enter');
  await allDone(page);
  const fresh = requestsFor(fakeGlobal, '/v1/chat/completions', 'gpt-5-mini')[2];
  expect(messagesOf(fresh?.json).map((message) => message.role)).toEqual(['user']);
  expect(arena.pageErrors).toEqual([]);
});
