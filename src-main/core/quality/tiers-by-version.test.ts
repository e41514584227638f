// The quality bands follow the data: a rescale between index versions barely moves anyone.
import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../src-shared/domain.ts';
import { defaultCallMode, pickQualityScore } from '../../../src-shared/quality-pick.ts';
import { BUNDLED_QUALITY, QualityTable } from './quality-scores.ts';
import { qualityBand } from './tiers.ts';

const ORDER: Tier[] = ['MICRO', 'STANDARD', 'VERSATILE', 'HEAVY', 'COMPLEX'];
const V41 = { index: 'aa-intelligence', version: 'v4.1' } as const;
const V40 = { index: 'aa-intelligence', version: 'v4.0.x' } as const;
const table = new QualityTable();

function band(owner: string, model: string, ref: typeof V41 | typeof V40): Tier | null {
  const scores = BUNDLED_QUALITY.models.find((m) => m.owner === owner && m.model === model)?.scores ?? [];
  const picked = pickQualityScore(scores, ref, defaultCallMode(owner, model));
  if (!picked) return null;
  return (
    qualityBand({ score: picked.score, label: ref.version, population: table.population(ref) })?.tier ?? null
  );
}

describe('quality bands per index version', () => {
  it('ranks each version among the models it measured (77 on v4.1, 72 on v4.0.x)', () => {
    expect(table.population(V41)).toHaveLength(77);
    expect(table.population(V40)).toHaveLength(72);
  });

  it('no model measured on both v4.0.x and v4.1 moves more than one band between them', () => {
    let compared = 0;
    const moved: string[] = [];
    for (const { owner, model } of BUNDLED_QUALITY.models) {
      const before = band(owner, model, V40);
      const after = band(owner, model, V41);
      if (!before || !after) continue;
      compared += 1;
      const step = Math.abs(ORDER.indexOf(before) - ORDER.indexOf(after));
      expect(step, `${owner}/${model}: ${before} → ${after}`).toBeLessThanOrEqual(1);
      if (step === 1) moved.push(`${model} ${before}→${after}`);
    }
    console.log(`${compared} models on both versions; ${moved.length} moved one band: ${moved.join(', ')}`);
    expect(compared).toBeGreaterThan(60);
  });

  it.each(['MiniMax-M2.7', 'MiniMax-M3'])('%s lands STANDARD or above on both versions', (model) => {
    for (const ref of [V41, V40]) {
      const tier = band('minimax', model, ref);
      expect(tier).not.toBeNull();
      expect(ORDER.indexOf(tier!)).toBeGreaterThanOrEqual(ORDER.indexOf('STANDARD'));
    }
  });

  it('the reason names the score, the version and the percentile', () => {
    const band41 = qualityBand({
      score: 38.13,
      label: 'AA Intelligence v4.1',
      population: table.population(V41),
    });
    expect(band41?.why).toMatch(
      /^38\.13 on AA Intelligence v4\.1 = \d+(st|nd|rd|th) percentile of 77 models$/,
    );
  });
});
