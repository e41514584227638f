import { describe, expect, it } from 'vitest';
import type { Usage } from './domain.ts';
import { CNY_PER_USD, computeCost, type PriceEntry } from './pricing.ts';

const M = 1e-6;
const minimaxM27: PriceEntry = {
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  aliases: [],
  input: 0.3 * M,
  output: 1.2 * M,
  cacheRead: 0.06 * M,
  cacheWrite: 0.375 * M,
  tiers: [],
  currency: 'USD',
  contextWindow: 204_800,
  maxOutputTokens: 65_536,
  capabilities: {},
  source: 'curated',
  asOf: '2026-09-01',
  estimated: false,
};
const usage = (input: number, output: number, cacheRead = 0, cacheWrite = 0, reasoning = 0): Usage => ({
  inputTokens: input,
  outputTokens: output,
  cacheReadTokens: cacheRead,
  cacheWriteTokens: cacheWrite,
  reasoningTokens: reasoning,
});

describe('computeCost (hand-computed cases)', () => {
  it('plain input and output', () => {
    // 1,000,000 × 0.30/M + 500,000 × 1.20/M = 0.30 + 0.60
    expect(computeCost(usage(1_000_000, 500_000), minimaxM27)?.usd).toBeCloseTo(0.9, 10);
  });

  it('cached input is billed at the cache-read price, and reasoning is part of output', () => {
    // The recorded MiniMax-M2.7 stream: 767 in (443 cached), 172 out (25 reasoning).
    // (767 − 443) × 0.30/M + 443 × 0.06/M + 172 × 1.20/M = 97.2e-6 + 26.58e-6 + 206.4e-6 = 330.18e-6
    const cost = computeCost(usage(767, 172, 443, 0, 25), minimaxM27);
    expect(cost?.usd).toBeCloseTo(330.18e-6, 12);
    expect(cost?.breakdown.cacheRead).toBeCloseTo(26.58e-6, 12);
    expect(cost).toMatchObject({
      source: 'curated',
      asOf: '2026-09-01',
      estimated: false,
      tierAboveInputTokens: null,
    });
  });

  it('cache writes at the cache-write price', () => {
    // (1000 − 200) × 0.30/M + 200 × 0.375/M = 240e-6 + 75e-6
    expect(computeCost(usage(1000, 0, 0, 200), minimaxM27)?.usd).toBeCloseTo(315e-6, 12);
  });

  it('applies the tier above the input threshold to the whole request', () => {
    const m3: PriceEntry = {
      ...minimaxM27,
      model: 'MiniMax-M3',
      cacheWrite: null,
      tiers: [
        { aboveInputTokens: 512_000, input: 0.6 * M, output: 2.4 * M, cacheRead: 0.12 * M, cacheWrite: null },
      ],
    };
    expect(computeCost(usage(512_000, 1000), m3)).toMatchObject({ tierAboveInputTokens: null });
    expect(computeCost(usage(512_000, 1000), m3)?.usd).toBeCloseTo(512_000 * 0.3 * M + 1000 * 1.2 * M, 12);
    const long = computeCost(usage(600_000, 1000, 100_000), m3);
    // 500,000 × 0.60/M + 100,000 × 0.12/M + 1000 × 2.40/M = 0.30 + 0.012 + 0.0024
    expect(long?.usd).toBeCloseTo(0.3144, 10);
    expect(long?.tierAboveInputTokens).toBe(512_000);
  });

  it('unknown price → null, never $0', () => {
    expect(computeCost(usage(10, 10), null)).toBeNull();
    expect(computeCost(usage(10, 10), { ...minimaxM27, input: null })).toBeNull();
  });

  it('a CNY price gives the exact CNY amount and an estimated USD conversion', () => {
    const china = {
      ...minimaxM27,
      input: 2.1 * M,
      output: 8.4 * M,
      cacheRead: 0.42 * M,
      currency: 'CNY' as const,
    };
    const cost = computeCost(usage(1_000_000, 1_000_000), china);
    expect(cost?.billed).toEqual({ currency: 'CNY', amount: expect.closeTo(10.5, 10) });
    expect(cost?.usd).toBeCloseTo(10.5 / CNY_PER_USD.rate, 10);
    expect(cost?.estimated).toBe(true);
    expect(computeCost(usage(10, 10), minimaxM27)?.billed).toBeNull();
  });
});
