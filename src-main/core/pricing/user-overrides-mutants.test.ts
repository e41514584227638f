import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { computeCost, type PriceEntry } from '../../../src-shared/pricing.ts';
import { QualityTable } from '../quality/quality-scores.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { PriceCatalog } from './price-catalog.ts';
import { UserOverrides } from './user-overrides.ts';

const TODAY = '2026-11-27';

/**
 * The catalog's own row for the model the user overrides. Context and max output are MiniMax-M2.7's
 * (PROVIDERS.md, MiniMax "Models": 204,800 and 204,800); the prices are deliberately unlike the
 * user's so a test can tell whose price is in use.
 */
const CATALOG_M27: PriceEntry = {
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  aliases: ['minimax-m2.7-catalog-alias'],
  input: 9e-6,
  output: 9e-6,
  cacheRead: 9e-6,
  cacheWrite: 9e-6,
  tiers: [],
  currency: 'USD',
  contextWindow: 204_800,
  maxOutputTokens: 204_800,
  capabilities: { reasoning: true, caching: true },
  source: 'curated',
  asOf: '2026-09-01',
  estimated: false,
};

/** `today: null` leaves UserOverrides its own default clock. */
function openOverrides(today: (() => string) | null = () => TODAY) {
  const file = join(mkdtempSync(join(tmpdir(), 'arena-overrides-')), 'user-overrides.json');
  const catalog = new PriceCatalog({ curated: [CATALOG_M27] });
  const quality = new QualityTable({ indexes: [], models: [] });
  const store = new JsonFileStore(file);
  const overrides = today
    ? new UserOverrides(store, catalog, quality, today)
    : new UserOverrides(store, catalog, quality);
  const saved = () =>
    JSON.parse(readFileSync(file, 'utf8')) as {
      prices?: { provider: string; model: string; input: number }[];
      quality?: { provider: string; model: string; score: number }[];
    };
  const userScore = (provider: ProviderId, model: string) =>
    quality.scoresFor(provider, model).find((entry) => entry.index === 'user')?.score ?? null;
  return { file, catalog, quality, overrides, saved, userScore };
}

/** USD per 1M tokens as the user reads it, from a per-token price. */
const perMillion = (perToken: number | null | undefined) => (perToken ?? Number.NaN) * 1_000_000;

describe('a price the user types', () => {
  it('is stored per token, used at once for costs, and keeps the catalog facts but not its aliases', () => {
    const { catalog, overrides } = openOverrides();
    // MiniMax-M2.7 pay-as-you-go list prices, USD per 1M (PROVIDERS.md, MiniMax "List prices"):
    // input 0.30, output 1.20, cache read 0.06, cache write 0.375.
    overrides.setPrice({
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      inputPerMillion: 0.3,
      outputPerMillion: 1.2,
      cacheReadPerMillion: 0.06,
      cacheWritePerMillion: 0.375,
    });

    const entry = catalog.lookup('minimax', 'MiniMax-M2.7');
    expect(entry).toEqual({
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      // The override prices the id the user named, nothing else.
      aliases: [],
      input: expect.closeTo(0.3e-6, 20),
      output: expect.closeTo(1.2e-6, 20),
      cacheRead: expect.closeTo(0.06e-6, 20),
      cacheWrite: expect.closeTo(0.375e-6, 20),
      tiers: [],
      currency: 'USD',
      contextWindow: 204_800,
      maxOutputTokens: 204_800,
      capabilities: { reasoning: true, caching: true },
      source: 'user',
      asOf: TODAY,
      // A price the user typed is a list price to them, not a guess.
      estimated: false,
    });
    expect(catalog.isEstimated('minimax', 'MiniMax-M2.7')).toBe(false);

    // By hand: 1M input of which 200k cache reads and 100k cache writes, 500k output:
    // 700k × 0.30 + 200k × 0.06 + 100k × 0.375 + 500k × 1.20 (per 1M) = 0.21 + 0.012 + 0.0375 + 0.6.
    const cost = computeCost(
      {
        inputTokens: 1_000_000,
        cacheReadTokens: 200_000,
        cacheWriteTokens: 100_000,
        outputTokens: 500_000,
        reasoningTokens: 0,
      },
      entry,
    );
    expect(cost?.usd).toBeCloseTo(0.8595, 10);
    expect(cost?.breakdown.output).toBeCloseTo(0.6, 10);
    expect(cost?.breakdown.cacheRead).toBeCloseTo(0.012, 10);
    expect(cost?.breakdown.cacheWrite).toBeCloseTo(0.0375, 10);
    expect(cost).toMatchObject({ source: 'user', estimated: false });
  });

  it('without cache prices stores none, for a model the catalog does not know', () => {
    const { catalog, overrides } = openOverrides();
    overrides.setPrice({ provider: 'openai', model: 'my-finetune', inputPerMillion: 2, outputPerMillion: 8 });
    const entry = catalog.lookup('openai', 'my-finetune');
    expect(entry).toMatchObject({
      source: 'user',
      cacheRead: null,
      cacheWrite: null,
      contextWindow: null,
      maxOutputTokens: null,
      capabilities: {},
    });
    expect(perMillion(entry?.input)).toBeCloseTo(2, 10);
    expect(perMillion(entry?.output)).toBeCloseTo(8, 10);
  });

  describe('dated by default with the UTC calendar day', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('as YYYY-MM-DD on prices and scores', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-27T23:59:30.000Z'));
      const { catalog, quality, overrides } = openOverrides(null);
      overrides.setPrice({
        provider: 'minimax',
        model: 'MiniMax-M2.7',
        inputPerMillion: 1,
        outputPerMillion: 1,
      });
      overrides.setQuality('minimax', 'MiniMax-M2.7', 70);
      expect(catalog.lookup('minimax', 'MiniMax-M2.7')?.asOf).toBe('2026-11-27');
      expect(quality.scoresFor('minimax', 'MiniMax-M2.7')).toContainEqual(
        expect.objectContaining({ index: 'user', date: '2026-11-27' }),
      );
    });
  });
});

/**
 * The row a test changes, and neighbours that share its provider, its model id, or neither: each
 * must keep its own price and score whatever happens to the target.
 */
const TARGET = { provider: 'minimax', model: 'MiniMax-M2.7' } as const;
const NEIGHBOURS: readonly { provider: ProviderId; model: string; price: number; score: number }[] = [
  { provider: 'minimax', model: 'MiniMax-M3', price: 1, score: 41 },
  { provider: 'openrouter', model: 'MiniMax-M2.7', price: 2, score: 42 },
  { provider: 'openai', model: 'gpt-5-mini', price: 3, score: 43 },
];

function seeded() {
  const opened = openOverrides();
  for (const row of [{ ...TARGET, price: 5, score: 50 }, ...NEIGHBOURS]) {
    opened.overrides.setPrice({
      provider: row.provider,
      model: row.model,
      inputPerMillion: row.price,
      outputPerMillion: row.price,
    });
    opened.overrides.setQuality(row.provider, row.model, row.score);
  }
  return opened;
}

function expectNeighboursKept({ catalog, saved, userScore }: ReturnType<typeof openOverrides>) {
  for (const row of NEIGHBOURS) {
    const entry = catalog.lookup(row.provider, row.model);
    expect(entry?.source, `${row.provider}/${row.model}`).toBe('user');
    expect(perMillion(entry?.input), `${row.provider}/${row.model}`).toBeCloseTo(row.price, 10);
    expect(userScore(row.provider, row.model), `${row.provider}/${row.model}`).toBe(row.score);
    const mine = (list: { provider: string; model: string }[] | undefined) =>
      (list ?? []).filter((saved) => saved.provider === row.provider && saved.model === row.model);
    expect(mine(saved().prices), `${row.provider}/${row.model} saved price`).toHaveLength(1);
    expect(mine(saved().quality), `${row.provider}/${row.model} saved score`).toHaveLength(1);
  }
}

const savedTarget = <T extends { provider: string; model: string }>(list: T[] | undefined) =>
  (list ?? []).filter((entry) => entry.provider === TARGET.provider && entry.model === TARGET.model);

describe('changing one model', () => {
  it('a new price replaces the old one, in use and on disk, and touches no other row', () => {
    const opened = seeded();
    opened.overrides.setPrice({ ...TARGET, inputPerMillion: 0.25, outputPerMillion: 1 });
    expect(perMillion(opened.catalog.lookup(TARGET.provider, TARGET.model)?.input)).toBeCloseTo(0.25, 10);
    const onDisk = savedTarget(opened.saved().prices);
    expect(onDisk).toHaveLength(1);
    expect(perMillion(onDisk[0]?.input)).toBeCloseTo(0.25, 10);
    expectNeighboursKept(opened);
  });

  it('a new score replaces the old one, in use and on disk, and touches no other row', () => {
    const opened = seeded();
    opened.overrides.setQuality(TARGET.provider, TARGET.model, 77);
    expect(opened.userScore(TARGET.provider, TARGET.model)).toBe(77);
    expect(savedTarget(opened.saved().quality)).toEqual([expect.objectContaining({ score: 77 })]);
    expectNeighboursKept(opened);
  });

  it('a score is in use as soon as it is set', () => {
    const { overrides, userScore } = openOverrides();
    overrides.setQuality('minimax', 'MiniMax-M3', 64);
    expect(userScore('minimax', 'MiniMax-M3')).toBe(64);
  });

  it('clearing removes its price and score, falls back to the catalog price, and touches no other row', () => {
    const opened = seeded();
    opened.overrides.clear(TARGET.provider, TARGET.model);
    expect(opened.catalog.lookup(TARGET.provider, TARGET.model)).toBe(CATALOG_M27);
    expect(opened.userScore(TARGET.provider, TARGET.model)).toBeNull();
    expect(savedTarget(opened.saved().prices)).toEqual([]);
    expect(savedTarget(opened.saved().quality)).toEqual([]);
    expectNeighboursKept(opened);
  });
});

// The catalog and the quality table match model ids whatever their case (PriceCatalog lowercases
// its keys), so an override typed in another case is the same model: it must replace, and clear,
// the one already there rather than sit beside it.
describe('a model id typed in another case', () => {
  it('replaces the earlier price and score instead of being shadowed by them', () => {
    const { catalog, overrides, saved, userScore } = openOverrides();
    overrides.setPrice({
      provider: 'minimax',
      model: 'minimax-m2.7',
      inputPerMillion: 1,
      outputPerMillion: 1,
    });
    overrides.setQuality('minimax', 'minimax-m2.7', 60);
    overrides.setPrice({
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      inputPerMillion: 2,
      outputPerMillion: 2,
    });
    overrides.setQuality('minimax', 'MiniMax-M2.7', 70);
    expect(perMillion(catalog.lookup('minimax', 'MiniMax-M2.7')?.input)).toBeCloseTo(2, 10);
    expect(userScore('minimax', 'MiniMax-M2.7')).toBe(70);
    expect(saved().prices).toEqual([expect.objectContaining({ model: 'MiniMax-M2.7' })]);
    expect(saved().quality).toEqual([expect.objectContaining({ model: 'MiniMax-M2.7', score: 70 })]);
  });

  it('is cleared by a clear in any case, leaving the catalog price', () => {
    const { catalog, overrides, saved, userScore } = openOverrides();
    overrides.setPrice({
      provider: 'minimax',
      model: 'minimax-m2.7',
      inputPerMillion: 1,
      outputPerMillion: 1,
    });
    overrides.setQuality('minimax', 'minimax-m2.7', 60);
    overrides.clear('minimax', 'MiniMax-M2.7');
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')).toBe(CATALOG_M27);
    expect(userScore('minimax', 'MiniMax-M2.7')).toBeNull();
    expect(saved()).toMatchObject({ prices: [], quality: [] });
  });
});
