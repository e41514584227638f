// Blind mode: a round at the fake providers shows its answers shuffled as Model A, B, C with no name,
// tier, quality or cost; a vote reveals them with their metrics, is stored with the run, and moves your
// leaderboard on Models & Prices. Revealing without a vote stores no vote, only that the names were
// shown (History shows them too, and History's letters are the Playground's); a ranking is made by
// drag or with the keyboard.
import type { Locator, Page } from '@playwright/test';
import type { Conversation, HistoryPage } from '../../src-shared/history.ts';
import { expect, test } from '../support/arena-fixture.ts';
import {
  addKeys,
  answer,
  column,
  metric,
  rememberColumns,
  runPrompt,
  shootSchemes,
} from '../support/playground-page.ts';
import { type ScriptedStream, scriptStreams } from '../support/scripted-streams.ts';
import { openAiFrames, pieces } from '../support/stream-scripts.ts';

/** Three models, each answering with its own code word (how the test tells them apart, blind). */
const MODELS = [
  { provider: 'minimax', model: 'MiniMax-M2.7', path: '/v1/chat/completions', says: 'Alpha speaking' },
  { provider: 'openai', model: 'gpt-5-mini', path: '/v1/chat/completions', says: 'Bravo speaking' },
  { provider: 'deepseek', model: 'deepseek-v4-flash', path: '/chat/completions', says: 'Charlie speaking' },
] as const;
type Model = (typeof MODELS)[number];
const nameOf = (model: Model) => `${model.provider}/${model.model}`;
const BLIND_NAMES = ['Model A', 'Model B', 'Model C'];

const stream = (model: Model): ScriptedStream => ({
  frames: openAiFrames({
    model: model.model,
    text: pieces(`${model.says}: use introsort, it is in place and fast.`),
    usage: { input: 300, output: 200 },
  }),
  delayMs: 5,
});

/** Keys and columns for `models`, then one blind run of them, every column done. */
async function runBlindRound(
  page: Page,
  fake: Parameters<typeof scriptStreams>[0],
  models: readonly Model[],
): Promise<void> {
  scriptStreams(fake, new Map(models.map((model) => [`${model.path} ${model.model}`, [stream(model)]])));
  await addKeys(page, ['minimax', 'openai', 'deepseek']);
  await rememberColumns(
    page,
    models.map(({ provider, model }) => ({ provider, model })),
  );
  const toggle = page.getByRole('checkbox', { name: 'Blind' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await runPrompt(page, 'Which sort for ten million integers?');
  for (const name of BLIND_NAMES.slice(0, models.length)) {
    await expect(metric(column(page, name), 'Status')).toHaveText('Done');
  }
}

/** Which model wrote each blind column's answer, Model A first. */
async function modelsBehind(page: Page, count: number): Promise<Model[]> {
  const behind: Model[] = [];
  for (const name of BLIND_NAMES.slice(0, count)) {
    const text = await answer(column(page, name)).innerText();
    const model = MODELS.find((entry) => text.startsWith(entry.says));
    if (!model) throw new Error(`${name}'s answer names no model: ${text}`);
    behind.push(model);
  }
  return behind;
}

async function storedConversation(page: Page): Promise<Conversation> {
  return page.evaluate(async () => {
    const list = await window.arena.history.list({});
    if (!list.ok) throw new Error(list.error.message);
    const first = (list.value as HistoryPage).items[0];
    if (!first) throw new Error('no conversation stored');
    const got = await window.arena.history.get({ conversationId: first.conversationId });
    if (!got.ok) throw new Error(got.error.message);
    return got.value as Conversation;
  });
}

/** The column id the Playground gave each model's column. */
async function columnIds(page: Page, models: readonly Model[]): Promise<Map<Model, string>> {
  const ids = new Map<Model, string>();
  for (const model of models) {
    const id = await column(page, nameOf(model)).getAttribute('data-column-id');
    if (!id) throw new Error(`no column id for ${nameOf(model)}`);
    ids.set(model, id);
  }
  return ids;
}

test('a blind round of three: hidden and shuffled, the best picked, revealed with metrics, stored, on the leaderboard', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal } = arena;
  await runBlindRound(page, fakeGlobal, MODELS);

  // Hidden: only Model A, B, C; no model or provider name, tier, quality or cost anywhere in the columns.
  const columns = page.locator('.pg-columns');
  await expect(columns.getByRole('region')).toHaveCount(3);
  for (const model of MODELS) {
    await expect(column(page, nameOf(model))).toHaveCount(0);
    await expect(columns).not.toContainText(model.model);
  }
  await expect(columns).not.toContainText(/minimax|openai|deepseek/i);
  await expect(columns.locator('.tier')).toHaveCount(0);
  await expect(columns.locator('.pg-quality')).toHaveCount(0);
  for (const name of BLIND_NAMES) await expect(metric(column(page, name), 'Cost')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toHaveCount(0);

  // Shuffled: the blind columns are the three models, each once, in an order drawn for this run.
  const behind = await modelsBehind(page, 3);
  expect(behind.map(nameOf).sort()).toEqual(MODELS.map(nameOf).sort());
  const vote = page.getByRole('region', { name: 'Blind vote' });
  await expect(vote).toContainText('Which answer is better?');
  await shootSchemes(page, 'blind-round-before-vote', { target: vote });

  // Vote Model B best: the names come back, each column keeping its blind name as a badge, with cost.
  await vote.getByRole('button', { name: 'Model B is best' }).click();
  const best = behind[1]!;
  const result = page.getByRole('status').filter({ hasText: 'was best' });
  await expect(result).toHaveText(
    `Model B (${nameOf(best)}) was best. Saved with the run: see your leaderboard on Models & Prices.`,
  );
  // The button pressed is gone: focus goes to what the vote did, not to the page's start.
  await expect(result).toBeFocused();
  for (const [at, model] of behind.entries()) {
    const region = column(page, nameOf(model));
    await expect(region.locator('.pg-blind-name')).toHaveText(BLIND_NAMES[at]!);
    await expect(metric(region, 'Cost')).toHaveText(/\$/);
  }
  expect(await columns.locator('.tier').count()).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  await shootSchemes(page, 'blind-round-after-vote');

  // Stored with the run: blind, the best column, and the order it was shown in.
  const ids = await columnIds(page, MODELS);
  const [turn] = (await storedConversation(page)).turns;
  expect(turn?.blind).toBe(true);
  expect(turn?.vote?.outcome).toEqual({ kind: 'best', best: ids.get(best) });
  expect(turn?.vote?.shownOrder).toEqual(behind.map((model) => ids.get(model)));

  // Models & Prices: your votes as the quality index, the leaderboard with the best model first.
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Models & Prices' })).toBeVisible();
  const today = turn?.vote?.votedAt.slice(0, 10) ?? '';
  await page.getByLabel('Quality index').selectOption({ label: `Your votes (yours, 1 vote, ${today})` });
  const board = page.getByRole('region', { name: 'Your leaderboard' });
  await expect(board).toContainText('from your 1 blind vote');
  await expect(board).toContainText('Tiers need at least 10 rated models');
  const rows = board.getByRole('row');
  await expect(rows).toHaveCount(4);
  // Best of three: 2 wins, 0 losses; the other two 0–1 each, rated alike below 1000.
  await expect(rows.nth(1)).toContainText(nameOf(best));
  await expect(rows.nth(1).getByRole('cell').last()).toHaveText('2–0–0');
  const rating = (row: Locator) => row.getByRole('cell').nth(2).innerText().then(Number);
  expect(await rating(rows.nth(1))).toBeGreaterThan(1000);
  expect(await rating(rows.nth(2))).toBeLessThan(1000);
  expect(await rating(rows.nth(3))).toBe(await rating(rows.nth(2)));
  // The price table shows the same rating as the model's quality (gpt-5-mini has a price row; the
  // catalog may not price every model voted on).
  const gpt = MODELS[1];
  const gptRating = await rating(rows.filter({ hasText: nameOf(gpt) }));
  await page.getByLabel('Search').fill(gpt.model);
  const priceRow = page
    .getByRole('row', { name: new RegExp(`^${nameOf(gpt).replaceAll('.', '\\.')} `) })
    .first();
  await expect(priceRow.getByRole('cell').nth(1)).toContainText(`${gptRating}±`);
  await shootSchemes(page, 'leaderboard', { target: board });
  expect(arena.pageErrors).toEqual([]);
});

test('two columns: revealing without a vote stores no vote, only the reveal; a blind follow-up hides the revealed turn and takes "A is better"', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal } = arena;
  const two = MODELS.slice(1);
  await runBlindRound(page, fakeGlobal, two);
  const vote = page.getByRole('region', { name: 'Blind vote' });
  for (const label of ['A is better', 'B is better', 'Tie', 'Both are bad']) {
    await expect(vote.getByRole('button', { name: label })).toBeEnabled();
  }
  await vote.getByRole('button', { name: 'Reveal without voting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revealed without a vote' })).toBeVisible();
  for (const model of two) await expect(column(page, nameOf(model))).toBeVisible();
  // Stored as revealed, with no vote: History shows the names too.
  await expect.poll(async () => (await storedConversation(page)).turns[0]?.revealed).toBe(true);
  expect((await storedConversation(page)).turns[0]?.vote).toBeNull();

  // Blind stays on: the follow-up is a new round, hidden again, the revealed first turn out of sight.
  await runPrompt(page, 'And for strings?');
  for (const name of BLIND_NAMES.slice(0, 2)) {
    const region = column(page, name);
    await expect(metric(region, 'Status')).toHaveText('Done');
    await expect(region.locator('.pg-answer')).toHaveCount(1);
    await expect(region).toContainText('Earlier turns show after you vote');
    await expect(region).not.toContainText('Which sort for ten million integers?');
  }
  const behind = await modelsBehind(page, 2);
  await page.getByRole('region', { name: 'Blind vote' }).getByRole('button', { name: 'A is better' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was better' })).toContainText(
    `Model A (${nameOf(behind[0]!)}) was better`,
  );
  // Revealed, each column shows its whole conversation again.
  for (const model of two) await expect(column(page, nameOf(model)).locator('.pg-answer')).toHaveCount(2);
  const ids = await columnIds(page, two);
  const turns = (await storedConversation(page)).turns;
  expect(turns.map((turn) => turn.vote?.outcome ?? null)).toEqual([
    null,
    { kind: 'pair', a: ids.get(behind[0]!), b: ids.get(behind[1]!), result: 'a' },
  ]);
});

test('a ranking of three, by drag and by Move up, is stored best first; a later vote re-rates the columns’ quality badges', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal } = arena;
  await runBlindRound(page, fakeGlobal, MODELS);
  const behind = await modelsBehind(page, 3);
  const vote = page.getByRole('region', { name: 'Blind vote' });
  await vote.getByRole('button', { name: 'Rank them all instead' }).focus();
  await page.keyboard.press('Enter');
  const ranking = vote.getByRole('list', { name: 'Your ranking, best first' });
  await expect(ranking.getByRole('button', { name: 'Move Model A down' })).toBeFocused();
  await expect(ranking.getByRole('listitem')).toHaveText([/Model A/, /Model B/, /Model C/]);
  // Drag C to the top, then the keyboard way: B up one with its Move up button (focus stays on it).
  await ranking.getByRole('listitem').nth(2).dragTo(ranking.getByRole('listitem').nth(0));
  await expect(ranking.getByRole('listitem')).toHaveText([/Model C/, /Model A/, /Model B/]);
  await ranking.getByRole('button', { name: 'Move Model B up' }).focus();
  await page.keyboard.press('Enter');
  await expect(ranking.getByRole('button', { name: 'Move Model B up' })).toBeFocused();
  await expect(ranking.getByRole('listitem')).toHaveText([/Model C/, /Model B/, /Model A/]);
  await shootSchemes(page, 'blind-ranking', { target: vote });
  await vote.getByRole('button', { name: 'Save ranking' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Ranked' })).toContainText(
    `Ranked Model C (${nameOf(behind[2]!)}) > Model B (${nameOf(behind[1]!)}) > Model A (${nameOf(behind[0]!)})`,
  );
  const ids = await columnIds(page, MODELS);
  const [turn] = (await storedConversation(page)).turns;
  expect(turn?.vote?.outcome).toEqual({
    kind: 'ranking',
    order: [behind[2], behind[1], behind[0]].map((model) => ids.get(model!)),
  });

  // With "Your votes" chosen, the next vote's new ratings reach the revealed columns' quality badges.
  await page.keyboard.press('Control+3');
  await page
    .getByLabel('Quality index')
    .selectOption({ label: `Your votes (yours, 1 vote, ${turn?.vote?.votedAt.slice(0, 10)})` });
  await expect(page.getByRole('region', { name: 'Your leaderboard' })).toBeVisible();
  await page.keyboard.press('Control+1');
  await runPrompt(page, 'And for strings?');
  for (const name of BLIND_NAMES) await expect(metric(column(page, name), 'Status')).toHaveText('Done');
  await page
    .getByRole('region', { name: 'Blind vote' })
    .getByRole('button', { name: 'Model A is best' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'was best' })).toBeVisible();
  const gpt = MODELS[1];
  const rated = await page.evaluate(async () => {
    const board = await window.arena.history.leaderboard();
    if (!board.ok) throw new Error(board.error.message);
    return board.value;
  });
  expect(rated.votes).toBe(2);
  const gptRating = Math.round(rated.rows.find((row) => row.model === gpt.model)?.rating ?? Number.NaN);
  await expect(column(page, nameOf(gpt)).locator('.pg-quality')).toContainText(`Quality ${gptRating}`);
});

test('History hides a blind round not voted on: Model A, B, C in the Playground’s order, no names, until Reveal (stored, no vote)', async ({
  arena,
}) => {
  test.setTimeout(60_000);
  const { page, fakeGlobal } = arena;
  await runBlindRound(page, fakeGlobal, MODELS);
  const behind = await modelsBehind(page, 3);
  const providerOrModel = /minimax|openai|deepseek|gpt-5-mini|MiniMax-M2\.7|deepseek-v4-flash/i;

  await page.keyboard.press('Control+5');
  const row = page.getByRole('list', { name: 'Runs, newest first' }).getByRole('listitem').first();
  await expect(row).toContainText('Which sort for ten million integers?');
  await expect(row).toContainText('Blind, not voted: names hidden');
  await expect(row).not.toContainText(providerOrModel);
  // The run's total would tell them apart too (prices differ): it waits for the names.
  await expect(row).not.toContainText('$');
  await expect(row).toContainText('cost after the reveal');

  await row.locator('.history-open').click();
  const turn = page.getByRole('region', { name: 'Turn 1' });
  await expect(turn).toContainText('Blind, not voted: names hidden');
  // The letters are the Playground's, in its order: Model A is the column it showed first.
  const stored = turn.locator('.pg-column');
  await expect(stored).toHaveCount(3);
  for (const [at, model] of behind.entries()) {
    await expect(stored.nth(at)).toHaveAccessibleName(BLIND_NAMES[at]!);
    await expect(stored.nth(at)).toContainText(model.says);
  }
  await expect(turn).not.toContainText(providerOrModel);
  await expect(turn.locator('.tier')).toHaveCount(0);
  await expect(metric(turn.getByRole('region', { name: 'Model A', exact: true }), 'Cost')).toHaveCount(0);
  const conversation = page.locator('.history-conversation');
  await expect(conversation).not.toContainText(providerOrModel);
  await expect(conversation).not.toContainText('$');
  // An export names every model: it waits for the names.
  const exportButton = conversation.getByRole('button', { name: 'Export', exact: true });
  await conversation.getByText('Export…', { exact: true }).click();
  await expect(exportButton).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await shootSchemes(page, 'history-blind-unvoted', { target: turn });

  // Reveal shows the names, tiers and cost, and is stored (no vote: the round is still open to one).
  await turn.getByRole('button', { name: 'Reveal' }).click();
  for (const model of MODELS) {
    await expect(turn.getByRole('region', { name: nameOf(model), exact: true })).toContainText(model.says);
  }
  await expect(metric(turn.getByRole('region', { name: nameOf(MODELS[1]), exact: true }), 'Cost')).toHaveText(
    /\$/,
  );
  await expect(turn).not.toContainText('names hidden');
  await expect(conversation.locator('.history-conversation-bar')).toContainText('$');
  await conversation.getByText('Export…', { exact: true }).click();
  await expect(exportButton).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Escape');
  const [storedTurn] = (await storedConversation(page)).turns;
  expect(storedTurn?.vote).toBeNull();
  expect(storedTurn?.revealed).toBe(true);
  // The Playground's round is the same run: it shows the names too.
  await page.keyboard.press('Control+1');
  for (const model of MODELS) await expect(column(page, nameOf(model))).toBeVisible();
  // Stored: after a reload the list names the models again.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
  await page.keyboard.press('Control+5');
  await expect(row).toContainText(MODELS[0].model);
  await expect(row).not.toContainText('names hidden');
  await expect(row).toContainText('$');
  expect(arena.pageErrors).toEqual([]);
});
