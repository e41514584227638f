import { describe, expect, it } from 'vitest';
import { createDefaultCatalog } from '../../pricing/default-catalog.ts';
import { BUNDLED_QUALITY, QualityTable } from '../quality-scores.ts';
import { parseAaPayload } from './aa-payload.ts';
import { aaEntry, aaPayloadFromData } from './aa-test-support.ts';
import { catalogMatcher } from './model-match.ts';
import { buildRefreshedQuality } from './refreshed-quality.ts';

const FETCHED_AT = '2026-11-28T10:00:00.000Z';
const catalog = createDefaultCatalog()
  .all()
  .map(({ provider, model, aliases }) => ({ provider, model, aliases }));

function refreshWith(payload: unknown) {
  const parsed = parseAaPayload(payload);
  if (!parsed.ok) throw new Error(parsed.reason);
  return buildRefreshedQuality(parsed.models, catalogMatcher(catalog), FETCHED_AT, parsed.version);
}

/** "anthropic/claude-haiku-4-5|aa-intelligence|reasoning|27.1": one scored configuration. */
const configurations = (models: typeof BUNDLED_QUALITY.models, version: string) =>
  models
    .flatMap(({ owner, model, scores }) =>
      scores
        .filter((entry) => entry.version === version && entry.index.startsWith('aa-'))
        .map((entry) => `${owner}/${model.toLowerCase()}|${entry.index}|${entry.variant}|${entry.score}`),
    )
    .sort();

describe('matching Artificial Analysis entries to models', () => {
  it.each(['v4.1', 'v4.0.x'])(
    'every bundled AA %s entry, fed back with its real slug, lands where the snapshot has it',
    (version) => {
      const refreshed = refreshWith(aaPayloadFromData(version));
      expect(configurations(refreshed.set.models, refreshed.version)).toEqual(
        configurations(BUNDLED_QUALITY.models, version).map((line) => line),
      );
    },
  );

  it.each([
    [
      'Claude 4.5 Sonnet (Non-reasoning)',
      'claude-4-5-sonnet',
      'anthropic/claude-sonnet-4-5',
      'non-reasoning',
    ],
    ['Claude 4.5 Haiku (Reasoning)', 'claude-4-5-haiku-reasoning', 'anthropic/claude-haiku-4-5', 'reasoning'],
    [
      'Gemini 3 Flash Preview (Reasoning)',
      'gemini-3-flash-reasoning',
      'gemini/gemini-3-flash-preview',
      'reasoning',
    ],
    [
      'DeepSeek V4 Flash (Reasoning, High Effort)',
      'deepseek-v4-flash-high',
      'deepseek/deepseek-v4-flash',
      'reasoning, high effort',
    ],
    ['Kimi K2 0905', 'kimi-k2-0905', 'moonshot/kimi-k2-0905-preview', 'non-reasoning'],
    ['GPT-5 (ChatGPT)', 'gpt-5-chatgpt', 'openai/gpt-5-chat-latest', null],
    ["GPT-4o (Nov '24)", 'gpt-4o', 'openai/gpt-4o-2024-11-20', null],
    ["DeepSeek R1 0528 (May '25)", 'deepseek-r1', 'deepseek/deepseek-r1-0528', 'reasoning'],
  ])('%s (%s) scores %s, variant %s', (name, slug, model, variant) => {
    const refreshed = refreshWith({ data: [aaEntry(name, slug, 'x', 40, null)] });
    expect(refreshed.set.models.map((scored) => `${scored.owner}/${scored.model.toLowerCase()}`)).toEqual([
      model,
    ]);
    expect(refreshed.set.models[0]?.scores[0]?.variant?.toLowerCase() ?? null).toBe(variant);
  });

  it('a model the snapshot lacks is found through the catalog, and only an effort or reasoning label is a variant', () => {
    const refreshed = refreshWith({
      data: [
        aaEntry('GPT-5 mini (low)', 'gpt-5-mini-low', 'openai', 20, null),
        aaEntry('GPT-5 mini (ChatGPT)', 'gpt-5-mini-chatgpt', 'openai', 10, null),
      ],
    });
    expect(
      refreshed.set.models.map((scored) => [scored.model, scored.scores.map((entry) => entry.variant)]),
    ).toEqual([['gpt-5-mini', ['low']]]);
  });

  it('finds a catalog model under its alias (MiniMax-M2.1-highspeed answers to MiniMax-M2.1-lightning)', () => {
    const match = catalogMatcher(catalog);
    expect(match('minimax-m2-1-lightning')).toContainEqual({
      owner: 'minimax',
      model: 'minimax-m2.1-lightning',
    });
  });
});

describe('the version a payload names', () => {
  const versionOf = (extra: Record<string, unknown>) => {
    const parsed = parseAaPayload({
      data: [aaEntry('MiniMax-M3', 'minimax-m3', 'minimax', 44, 58)],
      ...extra,
    });
    return parsed.ok ? parsed.version : 'refused';
  };

  it('is an index version only when shaped like v<digits>…; an API version is not one', () => {
    expect(versionOf({ version: '2' })).toBeNull();
    expect(versionOf({ version: 'latest' })).toBeNull();
    expect(versionOf({ version: 'v4.3.1' })).toBe('v4.3.1');
    expect(versionOf({ version: '2', intelligence_index_version: 'v4.2' })).toBe('v4.2');
  });
});

describe('a refresh that names a bundled version', () => {
  it('replaces the scores of the models it matched and keeps every other model of that version', () => {
    const table = new QualityTable();
    const refreshed = refreshWith({
      data: [aaEntry('MiniMax-M3', 'minimax-m3', 'minimax', 47.5, null)],
      version: 'v4.1',
    });
    table.setRefreshed(refreshed.set);
    const v41 = (provider: 'minimax' | 'openai', model: string) =>
      table
        .scoresFor(provider, model)
        .filter((entry) => entry.index === 'aa-intelligence' && entry.version === 'v4.1')
        .map((entry) => entry.score);
    expect(v41('minimax', 'MiniMax-M3')).toEqual([47.5]);
    expect(v41('minimax', 'MiniMax-M2.7')).toEqual([38.13]);
    expect(v41('openai', 'gpt-5-mini').length).toBeGreaterThan(0);
    const info = table
      .indexes()
      .find((entry) => entry.index === 'aa-intelligence' && entry.version === 'v4.1');
    expect(info).toMatchObject({ origin: 'refreshed', measuredModels: 77 });
  });
});
