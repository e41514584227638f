import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { priceRows } from '../pricing/price-rows.ts';
import { UserOverrides } from '../pricing/user-overrides.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { advisePrompt } from './advise-prompt.ts';
import { QualityTable } from './quality-scores.ts';

describe('prompt advice', () => {
  it('recommends among configured providers only, honouring the quality bar', () => {
    const rows = priceRows(createDefaultCatalog());
    const onlyMiniMax = advisePrompt(
      'Prove that the sum of two odd numbers is even.',
      rows,
      (provider) => provider === 'minimax',
    );
    expect(onlyMiniMax.tier).toBe('STANDARD');
    expect(onlyMiniMax.recommendation).toMatchObject({ provider: 'minimax', tier: 'STANDARD' });
    expect(onlyMiniMax.recommendation?.blendedPerMillion).toBeCloseTo((0.3 * 3 + 1.2) / 4, 10);
    // minQuality is on the chosen index's scale (AA Intelligence v4.1 by default): M2.7 38.13, M3 44.44.
    const demanding = advisePrompt('Prove it.', rows, (provider) => provider === 'minimax', 40);
    expect(demanding.recommendation).toMatchObject({ model: 'MiniMax-M3', quality: 44.44 });
    expect(advisePrompt('hi', rows, () => false)).toMatchObject({ recommendation: null, considered: 0 });
  });

  it('never answers a COMPLEX prompt with a -mini or -nano model', () => {
    const rows = priceRows(createDefaultCatalog());
    const prompt = `${'context '.repeat(100_000)}\nProve it step by step.`;
    const advice = advisePrompt(
      prompt,
      rows,
      (provider) => provider === 'openai' || provider === 'openrouter',
    );
    expect(advice.tier).toBe('COMPLEX');
    expect(advice.recommendation?.tier).toBe('COMPLEX');
    expect(advice.recommendation?.model).not.toMatch(/-(mini|nano)\b/);
  });
});

describe('user overrides', () => {
  it('a user price and score win, persist, and can be cleared', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'arena-over-')), 'user-overrides.json');
    const catalog = createDefaultCatalog();
    const quality = new QualityTable();
    const overrides = new UserOverrides(new JsonFileStore(file), catalog, quality, () => '2026-11-22');
    overrides.setPrice({
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      inputPerMillion: 0.2,
      outputPerMillion: 0.8,
    });
    overrides.setQuality('minimax', 'MiniMax-M2.7', 66);
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')).toMatchObject({
      source: 'user',
      input: 0.2e-6,
      asOf: '2026-11-22',
      contextWindow: 204_800,
    });

    const reloadedCatalog = createDefaultCatalog();
    const reloadedQuality = new QualityTable();
    new UserOverrides(new JsonFileStore(file), reloadedCatalog, reloadedQuality);
    expect(reloadedCatalog.lookup('minimax', 'MiniMax-M2.7')?.source).toBe('user');
    const reloaded = reloadedQuality.scoresFor('minimax', 'MiniMax-M2.7');
    // Your score is its own index, beside the published ones, which it never replaces.
    expect(reloaded.filter((entry) => entry.index === 'user')).toEqual([
      expect.objectContaining({ version: 'yours', score: 66, date: '2026-11-22', source: 'your score' }),
    ]);
    expect(reloaded).toContainEqual(
      expect.objectContaining({ index: 'aa-intelligence', version: 'v4.1', score: 38.13 }),
    );

    overrides.clear('minimax', 'MiniMax-M2.7');
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')?.source).toBe('curated');
    expect(quality.scoresFor('minimax', 'MiniMax-M2.7').some((entry) => entry.index === 'user')).toBe(false);
  });
});
