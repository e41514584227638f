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
    const demanding = advisePrompt('Prove it.', rows, (provider) => provider === 'minimax', 60);
    expect(demanding.recommendation).toMatchObject({ model: 'MiniMax-M2', quality: 61 });
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
    expect(reloadedQuality.lookup('minimax', 'MiniMax-M2.7')).toMatchObject({ score: 66, source: 'user' });

    overrides.clear('minimax', 'MiniMax-M2.7');
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')?.source).toBe('curated');
    expect(quality.lookup('minimax', 'MiniMax-M2.7')).toBeNull();
  });
});
