// Every model users pick first has every score the sourced data has for it. Expectations are read
// from the copied JSON by provider and model name, independently of the mapping code.
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { CURATED_PRICES } from '../pricing/curated-prices.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { priceRows } from '../pricing/price-rows.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { sourcedScoreRows } from './quality-data-test-support.ts';
import { QualityTable } from './quality-scores.ts';

const SOURCE = sourcedScoreRows();
const MAKER: Record<string, string> = {
  minimax: 'MiniMax',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  gemini: 'Google',
  deepseek: 'DeepSeek',
  moonshot: 'Moonshot AI',
};

/** The scores the data has under exactly this maker and model id, as sorted "index|score" strings. */
function expectedScores(provider: string, model: string): string[] {
  return SOURCE.filter((row) => row.provider === MAKER[provider] && row.model === model)
    .map((row) => `${row.index.startsWith('LMArena') ? 'lmarena-text' : row.index}|${row.score}`)
    .sort();
}

const NAMES: Record<string, string> = {
  'aa-intelligence': 'Artificial Analysis Intelligence Index',
  'aa-coding': 'Artificial Analysis Coding Index',
  'lmarena-text': 'lmarena-text',
};
const table = new QualityTable();
function foundScores(provider: ProviderId, model: string, aliases: string[] = []): string[] {
  return table
    .scoresFor(provider, model, aliases)
    .map((entry) => `${NAMES[entry.index]}|${entry.score}`)
    .sort();
}

/** The Playground presets' fixed columns, and which data id each stands for. */
const PRESET_MODELS: [ProviderId, string, string][] = [
  ['minimax', 'MiniMax-M2.7', 'MiniMax-M2.7'],
  ['openai', 'gpt-5-mini', 'gpt-5-mini'],
  ['anthropic', 'claude-haiku-4-5', 'claude-haiku-4-5'],
  ['deepseek', 'deepseek-v4-flash', 'deepseek-v4-flash'],
  ['gemini', 'gemini-2.5-flash', 'gemini-2.5-flash'],
  // The same model served faster: its scores are M2.7's (documented in model-ids.ts).
  ['minimax', 'MiniMax-M2.7-highspeed', 'MiniMax-M2.7'],
  ['minimax', 'MiniMax-M2.5', 'MiniMax-M2.5'],
  ['minimax', 'MiniMax-M3', 'MiniMax-M3'],
];

describe('bundled quality coverage', () => {
  it.each(PRESET_MODELS)(
    'preset model %s/%s has every score the data has for %s',
    (provider, model, dataId) => {
      const expected = expectedScores(provider, dataId);
      expect(expected.length).toBeGreaterThan(3);
      expect(foundScores(provider, model)).toEqual(expected);
    },
  );

  it('every curated model has every score the data has for it or the model it serves', () => {
    for (const entry of CURATED_PRICES) {
      const dataId =
        entry.model === 'deepseek-flash' ? 'deepseek-v4-flash' : entry.model.replace(/-highspeed$/, '');
      const expected = expectedScores(entry.provider, dataId);
      expect(
        foundScores(entry.provider, entry.model, entry.aliases),
        `${entry.provider}/${entry.model}`,
      ).toEqual(expected);
    }
  });

  it('every model a provider lists (the "cheapest of each provider" picks among them) has its own scores', () => {
    let checked = 0;
    for (const provider of Object.values(PROVIDERS)) {
      for (const { id } of provider.models) {
        const expected = expectedScores(provider.id, id);
        if (expected.length === 0) continue;
        checked += 1;
        expect(foundScores(provider.id, id), `${provider.id}/${id}`).toEqual(expected);
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('at least 60 catalog models show a score on the default index (AA Intelligence v4.1)', () => {
    const rows = priceRows(createDefaultCatalog(), table);
    const scored = rows.filter((row) => row.quality !== null);
    console.log(`catalog rows with an AA Intelligence v4.1 score: ${scored.length} of ${rows.length}`);
    expect(scored.length).toBeGreaterThanOrEqual(60);
    for (const row of scored)
      expect(row.qualityScore).toMatchObject({ index: 'aa-intelligence', version: 'v4.1' });
    // The v4.1 score of the variant the app calls, read from data/quality/quality-scores.json: Claude
    // without thinking (non-reasoning), Kimi K2 0905 (no thinking), MiniMax M2.x (always reasons).
    const named: [model: string, score: number][] = [
      ['claude-sonnet-4-5', 29.28],
      ['kimi-k2-0905-preview', 23.54],
      ['MiniMax-M2', 28.31],
      ['MiniMax-M2.1', 31.36],
    ];
    for (const [model, score] of named)
      expect(rows.find((row) => row.model === model)?.quality, model).toBe(score);
    // DeepSeek V4 Flash reasons by default: one of its reasoning scores (high 37.36, max 40.28), not
    // the non-reasoning 28.65.
    expect([37.36, 40.28]).toContain(rows.find((row) => row.model === 'deepseek-flash')?.quality);
  });

  it.each([
    ['anthropic', 'claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ['anthropic', 'claude-4-sonnet-20250514', 'claude-sonnet-4-20250514'],
    ['openai', 'gpt-5-mini-2025-08-07', 'gpt-5-mini'],
    ['openai', 'gpt-4o-2024-08-06', 'gpt-4o-2024-08-06'],
  ] as const)('the dated id %s/%s has the scores of %s', (provider, model, dataId) => {
    expect(foundScores(provider, model)).toEqual(expectedScores(provider, dataId));
  });

  it("gpt-4o shows gpt-4o-2024-08-06's scores, marked (PROVENANCE.md: the alias pointed there), never the Nov '24 ones", () => {
    const scores = table.scoresFor('openai', 'gpt-4o');
    expect(scores.map((entry) => `${NAMES[entry.index]}|${entry.score}`).sort()).toEqual(
      expectedScores('openai', 'gpt-4o-2024-08-06'),
    );
    for (const entry of scores) expect(entry.via).toContain('gpt-4o-2024-08-06');
  });

  it.each([
    ['minimax/minimax-m2', 'minimax', 'MiniMax-M2'],
    ['anthropic/claude-haiku-4.5', 'anthropic', 'claude-haiku-4-5'],
    ['anthropic/claude-sonnet-4', 'anthropic', 'claude-sonnet-4-20250514'],
    ['openai/gpt-5-mini', 'openai', 'gpt-5-mini'],
    ['google/gemini-2.5-flash', 'gemini', 'gemini-2.5-flash'],
    ['deepseek/deepseek-v3.2', 'deepseek', 'deepseek-v3.2'],
    ['moonshotai/kimi-k2.5', 'moonshot', 'kimi-k2.5'],
  ] as const)('the OpenRouter id %s has the scores of %s/%s', (slug, provider, dataId) => {
    expect(foundScores('openrouter', slug)).toEqual(expectedScores(provider, dataId));
  });

  it('OpenRouter ids of makers the app has no provider for (Z.ai, Qwen) get their scores', () => {
    const glm = SOURCE.filter((row) => row.provider === 'Z.ai' && row.model === 'glm-4.6');
    expect(
      table
        .scoresFor('openrouter', 'z-ai/glm-4.6')
        .map((entry) => entry.score)
        .sort(),
    ).toEqual(glm.map((row) => row.score).sort());
    expect(table.scoresFor('openrouter', 'z-ai/glm-4.6:exacto')).toHaveLength(glm.length);
    expect(table.scoresFor('openrouter', 'qwen/qwen3.6-plus').length).toBeGreaterThan(0);
    expect(table.scoresFor('openrouter', 'constructor/__proto__')).toEqual([]);
  });

  it("deepseek-chat and deepseek-reasoner show deepseek-v4-flash's non-reasoning and reasoning scores, saying so", () => {
    const chat = table.scoresFor('deepseek', 'deepseek-chat');
    const reasoner = table.scoresFor('deepseek', 'deepseek-reasoner');
    expect(chat.length).toBeGreaterThan(0);
    expect(chat.every((entry) => entry.reasoning === false && entry.via?.includes('deepseek-chat'))).toBe(
      true,
    );
    expect(reasoner.length).toBeGreaterThan(0);
    expect(
      reasoner.every((entry) => entry.reasoning === true && entry.via?.includes('deepseek-reasoner')),
    ).toBe(true);
    const row = priceRows(createDefaultCatalog(), table, 'deepseek').find((r) => r.model === 'deepseek-chat');
    expect(row?.quality).toBe(28.65);
    expect(row?.qualitySource).toContain('via deepseek-v4-flash, non-reasoning');
  });

  it('an index version a model was not measured on gives null and says so, never another version', () => {
    const rows = priceRows(createDefaultCatalog(), table, 'moonshot');
    // PROVENANCE.md: no AA rows for gpt-5.2-chat-latest.
    const chat = priceRows(createDefaultCatalog(), table, 'openai').find(
      (row) => row.model === 'gpt-5.2-chat-latest',
    );
    expect(chat).toMatchObject({
      quality: null,
      qualityScore: null,
      qualityMissing: 'not measured on AA Intelligence v4.1',
    });
    expect(chat?.qualityScores.map((entry) => entry.index)).toEqual(['lmarena-text']);
    expect(rows.length).toBeGreaterThan(0);
    const onOld = priceRows(createDefaultCatalog(), table, 'openai', {
      index: 'aa-intelligence',
      version: 'v4.0.x',
    });
    const sol = onOld.find((row) => row.model === 'gpt-5.6-sol');
    expect(sol).toMatchObject({ quality: null, qualityMissing: 'not measured on AA Intelligence v4.0.x' });
    expect(sol?.qualityScores.some((entry) => entry.version === 'v4.1')).toBe(true);
  });
});
