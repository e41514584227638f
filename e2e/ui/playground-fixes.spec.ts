// Review follow-ups on the Playground's columns: a chosen key removed on the Keys page, a removed failed
// column, focus after removing by keyboard, Duplicate at the column limit, markers completed while an
// answer streams, and how a failed column reads.
import { expect, test } from '../support/arena-fixture.ts';
import { OPENAI_ANSWER, PROMPT } from '../support/playground-answers.ts';
import { addKeys, answer, column, metric, rememberColumns, runPrompt } from '../support/playground-page.ts';
import { createGate, requestsFor, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames } from '../support/stream-scripts.ts';

const usage = { input: 10, output: 10 };
const FIRST_KEY = 'sk-api-first-key-0000000000000000001';
const SECOND_KEY = 'sk-api-second-key-000000000000000002';

test('a column whose chosen key was removed runs with the default key, says so, and its settings offer another', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions MiniMax-M2.7',
        [{ frames: openAiFrames({ model: 'MiniMax-M2.7', minimax: true, text: ['ok'], usage }), delayMs: 1 }],
      ],
    ]),
  );
  const secondId = await page.evaluate(
    async ([first, second]) => {
      await window.arena.keys.add({ provider: 'minimax', key: first, label: 'Plan' });
      const added = await window.arena.keys.add({ provider: 'minimax', key: second, label: 'Second' });
      return added.ok ? added.value.id : '';
    },
    [FIRST_KEY, SECOND_KEY] as const,
  );
  await rememberColumns(page, [{ provider: 'minimax', model: 'MiniMax-M2.7', keyId: secondId }]);
  await page.evaluate((id) => window.arena.keys.remove({ id }), secondId);
  await page.reload();

  await runPrompt(page);
  const region = column(page, 'minimax/MiniMax-M2.7');
  await expect(metric(region, 'Status')).toHaveText('Done');
  await expect(region.getByRole('status')).toHaveText(
    'Its key was removed; using the default MiniMax key (Plan).',
  );
  const [sent] = requestsFor(fakeGlobal, '/v1/chat/completions', 'MiniMax-M2.7');
  expect(sent?.headers.authorization).toBe(`Bearer ${FIRST_KEY}`);

  await page.getByRole('button', { name: 'Settings for minimax/MiniMax-M2.7' }).click();
  const dialog = page.getByRole('dialog');
  const keyPicker = dialog.getByLabel('Key', { exact: true });
  await expect(keyPicker.locator('option:checked')).toHaveText('(removed key) — choose another');
  await keyPicker.selectOption({ label: 'Default key (Plan)' });
  await expect(keyPicker).toHaveValue('');
  await expect(keyPicker.locator('option')).toHaveText(['Default key (Plan)', /^Plan · /]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => arena.core.settings.get().playground.columns[0]?.keyId ?? 'none').toBe('none');
  expect(arena.pageErrors).toEqual([]);
});

test('a failed column reads in words; removed, it leaves no "Retry failed" behind', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  const notFound = JSON.stringify({
    error: {
      message: 'The model `nonexistent-model` does not exist or you do not have access to it.',
      type: 'invalid_request_error',
      code: 'model_not_found',
    },
  });
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [{ frames: openAiFrames({ model: 'gpt-5-mini', text: ['ok'], usage }), delayMs: 1 }],
      ],
      [
        '/v1/chat/completions nonexistent-model',
        [{ status: 404, contentType: 'application/json', frames: [notFound], delayMs: 0 }],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'openai', model: 'nonexistent-model' },
  ]);
  await runPrompt(page);

  const failed = column(page, 'openai/nonexistent-model');
  await expect(metric(failed, 'Status')).toHaveText('Failed');
  await expect(failed.getByRole('alert').locator('.hint')).toHaveText(
    'Model not found · HTTP 404 · OpenAI code model_not_found',
  );
  // Over: what the provider did not report will not come any more.
  await expect(metric(failed, 'Tokens')).toHaveText('—not reported');
  await expect(metric(failed, 'Cost')).toHaveText('—not reported');

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('button', { name: 'Retry failed (1)' })).toBeVisible();
  await failed.getByRole('button', { name: 'Remove' }).click();
  await expect(failed).toHaveCount(0);
  await expect(summary.getByRole('button', { name: /Retry failed/ })).toHaveCount(0);
  expect(arena.pageErrors).toEqual([]);
});

test('removing columns by keyboard leaves a visible focus, and "Add model" focused when none is left', async ({
  arena,
}) => {
  const { page } = arena;
  await addKeys(page, ['openai']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'openai', model: 'gpt-4o-mini' },
  ]);
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return {
        text: element.textContent,
        ring: element.matches(':focus-visible') ? getComputedStyle(element).outlineStyle : 'none',
      };
    });

  await column(page, 'openai/gpt-4o-mini').getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(column(page, 'openai/gpt-4o-mini')).toHaveCount(0);
  await expect.poll(focused).toEqual({ text: 'openai/gpt-5-mini', ring: 'solid' });

  await column(page, 'openai/gpt-5-mini').getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Add model', { exact: true })).toBeFocused();
});

test('at 16 columns Duplicate is disabled and says why', async ({ arena }) => {
  const { page } = arena;
  await addKeys(page, ['openai']);
  await rememberColumns(
    page,
    Array.from({ length: 16 }, () => ({ provider: 'openai' as const, model: 'gpt-5-mini' })),
  );
  const duplicate = column(page, 'openai/gpt-5-mini').getByRole('button', { name: 'Duplicate' });
  await expect(duplicate).toHaveAttribute('aria-disabled', 'true');
  await expect(duplicate).toHaveAccessibleDescription(
    '16 columns is the most one run takes: remove one to duplicate this one.',
  );
  await duplicate.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section.pg-column')).toHaveCount(16);
  await column(page, 'openai/gpt-5-mini #16').getByRole('button', { name: 'Remove' }).click();
  const enabled = column(page, 'openai/gpt-5-mini').getByRole('button', { name: 'Duplicate' });
  await expect(enabled).toHaveAttribute('aria-disabled', 'false');
  await expect(enabled).not.toHaveAccessibleDescription(/16 columns/);
});

test('while an answer streams, an unterminated bold on its last line shows bold; once done, as written', async ({
  arena,
}) => {
  const { page, fakeGlobal } = arena;
  const gate = createGate();
  const text = ['Use ', '**quick', 'sort', ' always', '** — done.'];
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [
          {
            frames: openAiFrames({ model: 'gpt-5-mini', text, usage }),
            delayMs: 1,
            holdAt: { index: 4, gate },
          },
        ],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  await runPrompt(page);
  await gate.reached;
  const region = column(page, 'openai/gpt-5-mini');
  // (Main may hold back the last character or two of a delta, so the end of the word is not asserted.)
  await expect(answer(region).locator('strong')).toHaveText(/^quicksort alway/);
  await expect(answer(region)).not.toContainText('**');
  gate.open();
  await expect(metric(region, 'Status')).toHaveText('Done');
  await expect(answer(region)).toHaveText('Use quicksort always — done.');
  await expect(answer(region).locator('strong')).toHaveText('quicksort always');
});

test('a follow-up’s estimate counts the conversation each column sends back', async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      [
        '/v1/chat/completions gpt-5-mini',
        [{ frames: openAiFrames({ model: 'gpt-5-mini', text: [OPENAI_ANSWER], usage }), delayMs: 1 }],
      ],
    ]),
  );
  await addKeys(page, ['openai']);
  await rememberColumns(page, [{ provider: 'openai', model: 'gpt-5-mini' }]);
  const prompt = page.getByLabel('Prompt', { exact: true });
  const estimate = page.locator('.pg-token-count');
  await prompt.fill('And stable?');
  await expect(estimate).toHaveText(/^≈ 3 tokens/);
  await prompt.fill(PROMPT);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(metric(column(page, 'openai/gpt-5-mini'), 'Status')).toHaveText('Done');

  await prompt.fill('And stable?');
  const cost = page.getByRole('list', { name: 'Estimated prompt cost per column' }).getByRole('listitem');
  // Settled: the count above and the column's own agree once both the prompt and the turns are counted.
  let tokens = 0;
  await expect
    .poll(async () => {
      const line = await estimate.innerText();
      const counted = /^≈ ([\d,]+) tokens · prompt \+ 2 earlier turns/.exec(line)?.[1];
      tokens = Number(counted?.replace(/,/g, '') ?? 0);
      const title = await cost.getAttribute('title');
      return !line.includes('updating') && title === `≈ ${counted} input tokens: prompt + 2 earlier turns`;
    })
    .toBe(true);
  // The new prompt (3 tokens) and the earlier prompt and answer: well over a hundred tokens.
  expect(tokens).toBeGreaterThan(100);
});
