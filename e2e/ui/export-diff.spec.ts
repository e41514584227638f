// Export and diff from the Playground: a run at the fake providers exported as Markdown (the harness's
// save port answers the save dialog with a file in a temp folder, whose content is checked), and a
// word-level diff of two columns showing an inserted and a deleted word, side by side and inline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/arena-fixture.ts';
import { addKeys, column, metric, rememberColumns, runPrompt, shoot } from '../support/playground-page.ts';
import { type ScriptedStream, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

const PROMPT = 'Describe the fox in one sentence.';
const REFERENCE = 'The quick brown fox jumps over the lazy dog near the river bank.';
// "brown" deleted, "gracefully" inserted.
const COMPARED = 'The quick fox jumps gracefully over the lazy dog near the river bank.';
const OPENAI = 'openai/gpt-5-mini';
const DEEPSEEK = 'deepseek/deepseek-v4-flash';

const stream = (model: string, text: string): ScriptedStream => ({
  frames: openAiFrames({ model, text: pieces(text), usage: { input: 300, output: 200 } }),
  delayMs: 5,
});

test.beforeEach(async ({ arena }) => {
  const { page, fakeGlobal } = arena;
  scriptStreams(
    fakeGlobal,
    new Map([
      ['/v1/chat/completions gpt-5-mini', [stream('gpt-5-mini', REFERENCE)]],
      ['/chat/completions deepseek-v4-flash', [stream('deepseek-v4-flash', COMPARED)]],
    ]),
  );
  await addKeys(page, ['openai', 'deepseek']);
  await rememberColumns(page, [
    { provider: 'openai', model: 'gpt-5-mini' },
    { provider: 'deepseek', model: 'deepseek-v4-flash' },
  ]);
  await runPrompt(page, PROMPT);
  for (const label of [OPENAI, DEEPSEEK]) {
    await expect(metric(column(page, label), 'Status')).toHaveText('Done');
  }
});

test('Export… saves the latest run as a Markdown report and says where', async ({ arena }) => {
  const { page, exportsDir, savePrompts } = arena;
  await page.getByText('Export…', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'The latest run' })).toBeChecked();
  await page.getByRole('button', { name: 'Export', exact: true }).click();

  expect(savePrompts).toHaveLength(1);
  const [name] = savePrompts;
  expect(name).toMatch(/^byok-arena-\d{4}-\d{2}-\d{2}-[A-Za-z0-9-]{1,8}-turn-1\.md$/);
  const path = join(exportsDir, name ?? '');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toHaveText(
    new RegExp(`^Saved to ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(\\d[\\d.]* (bytes|KB)\\)\\.$`),
  );

  for (const scheme of ['light', 'dark'] as const) await shoot(page, 'export-saved', 1280, scheme);

  const report = readFileSync(path, 'utf8');
  expect(report.startsWith('# BYOK Arena run\n\nExported ')).toBe(true);
  expect(report).toContain(`\n**Prompt**\n\n\`\`\`text\n${PROMPT}\n\`\`\`\n`);
  expect(report).toContain(`\n### ${OPENAI}\n\nStatus: done\n\n\`\`\`markdown\n${REFERENCE}\n\`\`\`\n`);
  expect(report).toContain(`\n### ${DEEPSEEK}\n\nStatus: done\n\n\`\`\`markdown\n${COMPARED}\n\`\`\`\n`);
  expect(report).toContain(`\n| ${OPENAI} | done | 300 | 200 | $`);
  expect(report).toContain(`\n| ${DEEPSEEK} | done | 300 | 200 | $`);
  expect(arena.pageErrors).toEqual([]);
});

test('Export… saves the whole conversation as JSON and as CSV', async ({ arena }) => {
  const { page, exportsDir, savePrompts } = arena;
  const exportAs = async (format: RegExp) => {
    await page.getByText('Export…', { exact: true }).click();
    await page.getByRole('radio', { name: format }).check();
    await page.getByRole('radio', { name: 'The whole conversation' }).check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(
      savePrompts.at(-1) ?? 'nothing offered',
    );
    return readFileSync(join(exportsDir, savePrompts.at(-1) ?? ''), 'utf8');
  };

  const json = JSON.parse(await exportAs(/^JSON/)) as {
    format: string;
    version: number;
    conversation: {
      turns: { prompt: string; columns: { provider: string; text: string; state: string }[] }[];
    };
  };
  expect(savePrompts.at(-1)).toMatch(/^byok-arena-\d{4}-\d{2}-\d{2}-[A-Za-z0-9-]{1,8}\.json$/);
  expect(json.format).toBe('byok-arena.conversation');
  expect(json.version).toBe(1);
  expect(json.conversation.turns).toHaveLength(1);
  expect(json.conversation.turns[0]?.prompt).toBe(PROMPT);
  expect(
    json.conversation.turns[0]?.columns.map(({ provider, text, state }) => ({ provider, text, state })),
  ).toEqual([
    { provider: 'openai', text: REFERENCE, state: 'done' },
    { provider: 'deepseek', text: COMPARED, state: 'done' },
  ]);

  const csv = (await exportAs(/^CSV/)).split('\r\n');
  expect(
    csv[0]?.startsWith('conversationId,runId,turn,startedAt,provider,model,state,inputTokens,outputTokens,'),
  ).toBe(true);
  expect(
    csv.slice(1, 3).map((row) =>
      row
        .split(',')
        .slice(2, 9)
        .filter((_, index) => index !== 1),
    ),
  ).toEqual([
    ['1', 'openai', 'gpt-5-mini', 'done', '300', '200'],
    ['1', 'deepseek', 'deepseek-v4-flash', 'done', '300', '200'],
  ]);
  expect(csv.slice(3)).toEqual(['']);
  expect(arena.pageErrors).toEqual([]);
});

test('an opened History run exports its latest run as CSV and compares its stored answers', async ({
  arena,
}) => {
  const { page, exportsDir, savePrompts } = arena;
  await page.keyboard.press('Control+5');
  await page.getByRole('list', { name: 'Runs, newest first' }).locator('.history-open').first().click();
  const opened = page.locator('.history-conversation');
  await expect(opened.getByRole('region', { name: 'Turn 1' })).toContainText(PROMPT);

  await opened.getByText('Export…', { exact: true }).click();
  await expect(opened.getByRole('radio', { name: 'The latest run' })).toBeChecked();
  await opened.getByRole('radio', { name: /^CSV/ }).check();
  await opened.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(opened.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(
    join(exportsDir, savePrompts.at(-1) ?? 'nothing offered'),
  );
  expect(savePrompts).toHaveLength(1);
  expect(savePrompts[0]).toMatch(/-turn-1\.csv$/);
  const csv = readFileSync(join(exportsDir, savePrompts[0] ?? ''), 'utf8').split('\r\n');
  expect(csv.slice(1, -1).map((row) => row.split(',').slice(4, 7))).toEqual([
    ['openai', 'gpt-5-mini', 'done'],
    ['deepseek', 'deepseek-v4-flash', 'done'],
  ]);
  expect(csv.at(-1)).toBe('');

  // Compare with… on a stored answer: the same word diff as in the Playground.
  await opened
    .getByRole('region', { name: DEEPSEEK, exact: true })
    .getByRole('button', { name: 'Compare with…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Compare answers' });
  await expect(dialog.getByLabel('Reference', { exact: true }).locator('option:checked')).toHaveText(OPENAI);
  await expect(dialog.getByRole('status')).toContainText('1 word added, 1 word removed');
  await expect(dialog.getByRole('region', { name: `Compared: ${DEEPSEEK}` }).locator('ins')).toHaveText([
    '[added: gracefully]',
  ]);
  for (const scheme of ['light', 'dark'] as const) await shoot(page, 'history-diff', 1280, scheme);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  for (const scheme of ['light', 'dark'] as const) await shoot(page, 'history-export-saved', 1280, scheme);
  expect(arena.pageErrors).toEqual([]);
});

test('Compare with… diffs a column against a reference, word by word, side by side and inline', async ({
  arena,
}) => {
  const { page } = arena;
  await column(page, DEEPSEEK).getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare answers' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Reference', { exact: true }).locator('option:checked')).toHaveText(OPENAI);
  await expect(dialog.getByLabel('Compared', { exact: true }).locator('option:checked')).toHaveText(DEEPSEEK);
  await expect(dialog.getByRole('status')).toContainText('1 word added, 1 word removed');

  const reference = dialog.getByRole('region', { name: `Reference: ${OPENAI}` });
  const compared = dialog.getByRole('region', { name: `Compared: ${DEEPSEEK}` });
  await expect(reference.locator('del')).toHaveText(['[removed: brown]']);
  await expect(reference.locator('ins')).toHaveCount(0);
  await expect(compared.locator('ins')).toHaveText(['[added: gracefully]']);
  await expect(compared.locator('del')).toHaveCount(0);
  // Marked by more than colour: underlined and struck through.
  await expect(compared.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expect(reference.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  for (const scheme of ['light', 'dark'] as const) await shoot(page, 'diff-side-by-side', 1280, scheme);

  await dialog.getByRole('button', { name: 'Inline' }).click();
  await expect(dialog.getByRole('button', { name: 'Inline' })).toHaveAttribute('aria-pressed', 'true');
  const inline = dialog.getByRole('region', { name: `${DEEPSEEK} against ${OPENAI}` });
  await expect(inline).toHaveText(
    'The quick [removed: brown] fox jumps [added: gracefully] over the lazy dog near the river bank.',
  );
  for (const scheme of ['light', 'dark'] as const) await shoot(page, 'diff-inline', 1280, scheme);

  // Swapping the reference reverses the diff.
  await dialog.getByLabel('Reference', { exact: true }).selectOption({ label: DEEPSEEK });
  await dialog.getByLabel('Compared', { exact: true }).selectOption({ label: OPENAI });
  await dialog.getByRole('button', { name: 'Side by side' }).click();
  await expect(dialog.getByRole('region', { name: `Compared: ${OPENAI}` }).locator('ins')).toHaveText([
    '[added: brown]',
  ]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(metric(column(page, OPENAI), 'Status')).toHaveText('Done');
  expect(arena.pageErrors).toEqual([]);
});
