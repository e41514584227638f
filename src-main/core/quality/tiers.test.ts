import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { priceEntry } from '../pricing/price-entry-test-support.ts';
import { blendedPricePerMillion, qualityBand, tierFor } from './tiers.ts';

const price = (input: number, output: number): PriceEntry =>
  priceEntry({
    provider: 'custom',
    model: 'x',
    input: input / 1e6,
    output: output / 1e6,
    source: 'user',
    asOf: '2026-11-01',
  });

describe('tiers', () => {
  it.each([
    ['minimax', 'MiniMax-M2.5', 'STANDARD'],
    ['minimax', 'MiniMax-M2.7', 'STANDARD'],
    ['minimax', 'MiniMax-M2.7-highspeed', 'STANDARD'],
    ['openai', 'gpt-4o-mini', 'MICRO'],
    ['anthropic', 'claude-haiku-4-5', 'MICRO'],
    ['gemini', 'gemini-2.5-flash', 'STANDARD'],
    ['deepseek', 'deepseek-v4-flash', 'STANDARD'],
    ['openai', 'gpt-4o', 'VERSATILE'],
    ['anthropic', 'claude-sonnet-4-5', 'VERSATILE'],
    ['anthropic', 'claude-opus-4-1', 'HEAVY'],
    ['gemini', 'gemini-2.5-pro', 'HEAVY'],
    ['openai', 'gpt-5', 'COMPLEX'],
    ['openai', 'o3', 'COMPLEX'],
  ] as const)('%s/%s is %s from the table', (_provider, model, tier) => {
    expect(tierFor(model, null, null)).toMatchObject({
      tier,
      reason: expect.stringContaining('known model'),
    });
  });

  it('"mini" inside a name (gemini, MiniMax) does not make a model MICRO', () => {
    expect(tierFor('gemini-exp-1206', null, null)).toBeNull();
    expect(tierFor('gemini-exp-1206', price(1, 4), null)?.tier).toBe('STANDARD');
    expect(tierFor('mistralai/ministral-8b', null, null)).toBeNull();
    expect(tierFor('phi-4-mini', null, null)?.tier).toBe('MICRO');
  });

  it.each([...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])])(
    'a model named %j is not a known model',
    (name) => {
      expect(tierFor(name, null, null)).toBeNull();
      expect(tierFor(`openai/${name}-mini`, null, null)?.tier).toBe('MICRO');
    },
  );

  it('does not read a megabyte model id as a known family', () => {
    expect(tierFor(`gpt-5-${'x'.repeat(1_000_000)}`, null, null)).toBeNull();
    expect(tierFor(`gpt-5${'-mini'.repeat(250_000)}`, null, null)).toBeNull();
  });

  it('places unknown models by price band, capped by the percentile band, and says why', () => {
    expect(blendedPricePerMillion(price(1, 4))).toBe(1.75);
    expect(tierFor('llama-x', price(0.1, 0.2), null)).toMatchObject({ tier: 'MICRO' });
    expect(tierFor('llama-x', price(1, 4), null)?.reason).toContain('no quality score');
    // 100 models scored 1..100: 47 is above 46 of them and ties one, the 46.5th percentile.
    const population = Array.from({ length: 100 }, (_, i) => i + 1);
    const expensiveButWeak = tierFor('llama-x', price(10, 30), { score: 47, label: 'Index v9', population });
    expect(expensiveButWeak).toMatchObject({ tier: 'VERSATILE' });
    expect(expensiveButWeak?.reason).toBe(
      'VERSATILE: price band HEAVY ($15.00 per 1M blended), quality band VERSATILE (47 on Index v9 = 46th percentile of 100 models); the lower applies.',
    );
    expect(tierFor('llama-x', price(10, 30), { score: 19, label: 'Index v9', population })?.tier).toBe(
      'MICRO',
    );
    expect(tierFor('llama-x', null, null)).toBeNull();
  });

  it('a version that scored too few models ranks nobody: price alone, and the reason says so', () => {
    const few = tierFor('llama-x', price(10, 30), { score: 1, label: 'Index v9', population: [1, 2, 3] });
    expect(few).toMatchObject({ tier: 'HEAVY' });
    expect(few?.reason).toContain('Index v9 scored too few models (3) to rank');
  });
});

describe('the percentile a tier tooltip quotes', () => {
  // 100 models scoring 1…100: a score of 45 has 44 below and one tie, the 44.5th percentile, which the
  // rule (below p45 STANDARD) places in STANDARD; the text must not say "45th".
  const population = Array.from({ length: 100 }, (_, at) => at + 1);

  it('agrees with the band the rule chose', () => {
    const band = qualityBand({ score: 45, label: 'AA Intelligence v4.1', population });
    expect(band?.tier).toBe('STANDARD');
    expect(band?.why).toBe('45 on AA Intelligence v4.1 = 44th percentile of 100 models');
  });
});
