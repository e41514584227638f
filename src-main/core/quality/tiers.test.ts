import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { QualityTable } from './quality-scores.ts';
import { blendedPricePerMillion, tierFor } from './tiers.ts';

const price = (input: number, output: number): PriceEntry => ({
  provider: 'custom',
  model: 'x',
  aliases: [],
  input: input / 1e6,
  output: output / 1e6,
  cacheRead: null,
  cacheWrite: null,
  tiers: [],
  currency: 'USD',
  contextWindow: null,
  maxOutputTokens: null,
  capabilities: {},
  source: 'user',
  asOf: '2026-11-01',
  estimated: false,
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

  it('places unknown models by price band, capped by quality band, and says why', () => {
    expect(blendedPricePerMillion(price(1, 4))).toBe(1.75);
    expect(tierFor('llama-x', price(0.1, 0.2), null)).toMatchObject({ tier: 'MICRO' });
    expect(tierFor('llama-x', price(1, 4), null)?.reason).toContain('no quality score');
    const expensiveButWeak = tierFor('llama-x', price(20, 60), {
      provider: 'custom',
      model: 'llama-x',
      score: 47,
      index: 'I',
      version: 'v3',
      date: '2025-11-20',
      source: 'user',
    });
    expect(expensiveButWeak).toMatchObject({ tier: 'STANDARD' });
    expect(expensiveButWeak?.reason).toContain('the lower applies');
    expect(tierFor('llama-x', null, null)).toBeNull();
  });

  it('quality scores carry their index, version and date; user overrides win', () => {
    const table = new QualityTable();
    expect(table.lookup('minimax', 'MiniMax-M2')).toMatchObject({
      score: 61,
      version: 'v3',
      date: '2025-11-20',
    });
    expect(table.lookup('minimax', 'MiniMax-M2.7')).toBeNull();
    table.setOverride({
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      score: 70,
      index: 'My votes',
      version: '1',
      date: '2026-11-22',
      source: 'user',
    });
    expect(table.lookup('minimax', 'minimax-m2.7')).toMatchObject({ score: 70, source: 'user' });
  });
});
