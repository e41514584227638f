import { describe, expect, it } from 'vitest';
import { computeCost, type PriceEntry } from '../../../src-shared/pricing.ts';
import { CURATED_PRICES } from './curated-prices.ts';
import { PriceCatalog } from './price-catalog.ts';

// Every expectation below is copied by hand from the facts, not from curated-prices.ts.
// Source: PROVIDERS.md "MiniMax", "List prices, USD per 1M tokens, pay-as-you-go" (as of 2026-09)
// and the "Models" table (context, max output, "-lightning is an older name for -highspeed").
const MINIMAX_USD: {
  model: string;
  aliases: string[];
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number | null;
  context: number;
  maxOutput: number | null;
}[] = [
  // M3's cache-write price is "unverified": no price rather than a guess.
  {
    model: 'MiniMax-M3',
    aliases: [],
    input: 0.3,
    output: 1.2,
    cacheRead: 0.06,
    cacheWrite: null,
    context: 1_000_000,
    maxOutput: 524_288,
  },
  {
    model: 'MiniMax-M2.7',
    aliases: [],
    input: 0.3,
    output: 1.2,
    cacheRead: 0.06,
    cacheWrite: 0.375,
    context: 204_800,
    maxOutput: 204_800,
  },
  {
    model: 'MiniMax-M2.7-highspeed',
    aliases: ['MiniMax-M2.7-lightning'],
    input: 0.6,
    output: 2.4,
    cacheRead: 0.06,
    cacheWrite: 0.375,
    context: 204_800,
    maxOutput: 204_800,
  },
  ...['MiniMax-M2.5', 'MiniMax-M2.1', 'MiniMax-M2'].map((model) => ({
    model,
    aliases: [],
    input: 0.3,
    output: 1.2,
    cacheRead: 0.03,
    cacheWrite: 0.375,
    context: 204_800,
    maxOutput: null,
  })),
  ...['MiniMax-M2.5', 'MiniMax-M2.1'].map((base) => ({
    model: `${base}-highspeed`,
    aliases: [`${base}-lightning`],
    input: 0.6,
    output: 2.4,
    cacheRead: 0.03,
    cacheWrite: 0.375,
    context: 204_800,
    maxOutput: null,
  })),
];

const perMillion = (usdPerToken: number | null) => (usdPerToken === null ? null : usdPerToken * 1e6);

function curated(provider: string, model: string, currency = 'USD'): PriceEntry {
  const matches = CURATED_PRICES.filter(
    (entry) => entry.provider === provider && entry.model === model && entry.currency === currency,
  );
  expect(matches, `${provider}/${model} in ${currency}`).toHaveLength(1);
  return matches[0]!;
}

describe('curated MiniMax prices match the published list', () => {
  it.each(MINIMAX_USD)('$model', (row) => {
    const entry = curated('minimax', row.model);
    expect(entry.aliases).toEqual(row.aliases);
    expect(perMillion(entry.input)).toBeCloseTo(row.input, 9);
    expect(perMillion(entry.output)).toBeCloseTo(row.output, 9);
    expect(perMillion(entry.cacheRead)).toBeCloseTo(row.cacheRead, 9);
    if (row.cacheWrite === null) expect(entry.cacheWrite).toBeNull();
    else expect(perMillion(entry.cacheWrite)).toBeCloseTo(row.cacheWrite, 9);
    expect(entry).toMatchObject({
      contextWindow: row.context,
      maxOutputTokens: row.maxOutput,
      region: 'global',
      source: 'curated',
      estimated: false,
    });
  });

  it('has exactly the listed MiniMax models in USD (an emptied model id would add a nameless row)', () => {
    const models = CURATED_PRICES.filter((e) => e.provider === 'minimax' && e.currency === 'USD').map(
      (e) => e.model,
    );
    expect(models.sort()).toEqual(MINIMAX_USD.map((row) => row.model).sort());
  });

  it('the old -lightning names find the -highspeed price in a catalog of curated prices only', () => {
    const catalog = new PriceCatalog({ curated: CURATED_PRICES });
    for (const base of ['MiniMax-M2.7', 'MiniMax-M2.5', 'MiniMax-M2.1']) {
      expect(catalog.lookup('minimax', `${base}-lightning`)?.model).toBe(`${base}-highspeed`);
    }
  });
});

describe('MiniMax-M3 above 512k input tokens', () => {
  // PROVIDERS.md: M3 input > 512k costs 0.60 / 2.40 / 0.12 per 1M (input / output / cache read).
  const m3 = () => curated('minimax', 'MiniMax-M3');

  it('has one tier from 512,000 input tokens with the doubled prices and no cache-write price', () => {
    const tiers = m3().tiers;
    expect(tiers).toHaveLength(1);
    expect(tiers[0]!.aboveInputTokens).toBe(512_000);
    expect(perMillion(tiers[0]!.input)).toBeCloseTo(0.6, 9);
    expect(perMillion(tiers[0]!.output)).toBeCloseTo(2.4, 9);
    expect(perMillion(tiers[0]!.cacheRead)).toBeCloseTo(0.12, 9);
    expect(tiers[0]!.cacheWrite).toBeNull();
  });

  it.each([
    // Hand-computed: 100k × 0.30/1M + 1k × 1.20/1M = 0.03 + 0.0012.
    { inputTokens: 100_000, cacheReadTokens: 0, usd: 0.0312 },
    // 600k × 0.60/1M + 1k × 2.40/1M = 0.36 + 0.0024.
    { inputTokens: 600_000, cacheReadTokens: 0, usd: 0.3624 },
    // 500k × 0.60/1M + 100k × 0.12/1M + 1k × 2.40/1M = 0.30 + 0.012 + 0.0024.
    { inputTokens: 600_000, cacheReadTokens: 100_000, usd: 0.3144 },
  ])('a call with $inputTokens input tokens ($cacheReadTokens cached) costs $usd USD', (call) => {
    const cost = computeCost(
      {
        inputTokens: call.inputTokens,
        outputTokens: 1_000,
        cacheReadTokens: call.cacheReadTokens,
        cacheWriteTokens: 0,
        reasoningTokens: 0,
      },
      m3(),
    );
    expect(cost?.usd).toBeCloseTo(call.usd, 9);
  });

  it('no other curated row has a tier', () => {
    const tiered = CURATED_PRICES.filter((e) => e.tiers.length > 0).map((e) => e.model);
    expect(tiered).toEqual(['MiniMax-M3']);
  });
});

describe('curated capabilities', () => {
  // PROVIDERS.md: every MiniMax model thinks (<think> tags / thinking blocks), calls tools and has
  // cache-read prices; only M3 is listed with vision.
  it.each(MINIMAX_USD.map((row) => row.model))('%s', (model) => {
    const expected =
      model === 'MiniMax-M3'
        ? { reasoning: true, tools: true, caching: true, vision: true }
        : { reasoning: true, tools: true, caching: true };
    expect(curated('minimax', model).capabilities).toStrictEqual(expected);
  });

  // PROVIDERS.md "DeepSeek": V4 has a thinking mode, tool calls and prompt-cache hit tokens.
  it.each(['deepseek-flash', 'deepseek-v4-pro'])('%s', (model) => {
    expect(curated('deepseek', model).capabilities).toStrictEqual({
      reasoning: true,
      tools: true,
      caching: true,
    });
  });
});

describe('MiniMax-M2.7 in China', () => {
  it('is priced in CNY at 2.1 / 8.4 / 0.42 / 2.625 per 1M (PROVIDERS.md, "China prices are in CNY")', () => {
    const entry = curated('minimax', 'MiniMax-M2.7', 'CNY');
    expect(entry.region).toBe('china');
    expect(perMillion(entry.input)).toBeCloseTo(2.1, 9);
    expect(perMillion(entry.output)).toBeCloseTo(8.4, 9);
    expect(perMillion(entry.cacheRead)).toBeCloseTo(0.42, 9);
    expect(perMillion(entry.cacheWrite)).toBeCloseTo(2.625, 9);
    // A China caller gets that price, not the global USD one.
    const catalog = new PriceCatalog({ curated: CURATED_PRICES });
    expect(catalog.lookup('minimax', 'MiniMax-M2.7', 'china')).toBe(entry);
  });
});

describe('DeepSeek curated prices', () => {
  it('are dated the day their price page was read (2026-11-23, after the August price change)', () => {
    for (const model of ['deepseek-flash', 'deepseek-v4-pro']) {
      expect(curated('deepseek', model).asOf).toBe('2026-11-23');
    }
  });
});
