import type { PriceEntry } from '../../../src-shared/pricing.ts';

// MiniMax list prices, pay-as-you-go, USD per 1M tokens (MiniMax pricing page, via juspay/neurolink
// docs and getagentseal/codeburn PR #118), as of 2026-09. LiteLLM lacks MiniMax-M2.7 and gives
// M2.1/M2.5 a wrong 1M context, so MiniMax is curated. China prices are in CNY.
const AS_OF = '2026-09-01';
const M = 1e-6;

interface Row {
  model: string;
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number | null;
  context: number;
  maxOutput?: number;
  aliases?: string[];
  above512k?: { input: number; output: number; cacheRead: number };
}

const MINIMAX_ROWS: Row[] = [
  {
    model: 'MiniMax-M3',
    input: 0.3,
    output: 1.2,
    cacheRead: 0.06,
    cacheWrite: null, // unverified: billed at the input price until MiniMax publishes one
    context: 1_000_000,
    maxOutput: 524_288,
    above512k: { input: 0.6, output: 2.4, cacheRead: 0.12 },
  },
  {
    model: 'MiniMax-M2.7',
    input: 0.3,
    output: 1.2,
    cacheRead: 0.06,
    cacheWrite: 0.375,
    context: 204_800,
    maxOutput: 204_800,
  },
  {
    model: 'MiniMax-M2.7-highspeed',
    input: 0.6,
    output: 2.4,
    cacheRead: 0.06,
    cacheWrite: 0.375,
    context: 204_800,
    maxOutput: 204_800,
    aliases: ['MiniMax-M2.7-lightning'],
  },
  { model: 'MiniMax-M2.5', input: 0.3, output: 1.2, cacheRead: 0.03, cacheWrite: 0.375, context: 204_800 },
  {
    model: 'MiniMax-M2.5-highspeed',
    input: 0.6,
    output: 2.4,
    cacheRead: 0.03,
    cacheWrite: 0.375,
    context: 204_800,
    aliases: ['MiniMax-M2.5-lightning'],
  },
  { model: 'MiniMax-M2.1', input: 0.3, output: 1.2, cacheRead: 0.03, cacheWrite: 0.375, context: 204_800 },
  {
    model: 'MiniMax-M2.1-highspeed',
    input: 0.6,
    output: 2.4,
    cacheRead: 0.03,
    cacheWrite: 0.375,
    context: 204_800,
    aliases: ['MiniMax-M2.1-lightning'],
  },
  { model: 'MiniMax-M2', input: 0.3, output: 1.2, cacheRead: 0.03, cacheWrite: 0.375, context: 204_800 },
];

function minimaxEntry(row: Row): PriceEntry {
  return {
    provider: 'minimax',
    model: row.model,
    aliases: row.aliases ?? [],
    input: row.input * M,
    output: row.output * M,
    cacheRead: row.cacheRead * M,
    cacheWrite: row.cacheWrite === null ? null : row.cacheWrite * M,
    tiers: row.above512k
      ? [
          {
            aboveInputTokens: 512_000,
            input: row.above512k.input * M,
            output: row.above512k.output * M,
            cacheRead: row.above512k.cacheRead * M,
            cacheWrite: null,
          },
        ]
      : [],
    currency: 'USD',
    region: 'global',
    contextWindow: row.context,
    maxOutputTokens: row.maxOutput ?? null,
    capabilities: {
      reasoning: true,
      tools: true,
      caching: true,
      ...(row.model === 'MiniMax-M3' ? { vision: true } : {}),
    },
    source: 'curated',
    asOf: AS_OF,
    estimated: false,
  };
}

/** MiniMax-M2.7 in China, CNY per 1M: 2.1 / 8.4 / 0.42 / 2.625 (MiniMax China pricing, 2026-09). */
const MINIMAX_CHINA_M27: PriceEntry = {
  ...minimaxEntry(MINIMAX_ROWS[1]!),
  input: 2.1 * M,
  output: 8.4 * M,
  cacheRead: 0.42 * M,
  cacheWrite: 2.625 * M,
  currency: 'CNY',
  region: 'china',
};

// DeepSeek list prices, USD per 1M tokens (api-docs.deepseek.com/quick_start/pricing, the revision
// that lists DeepSeek-V4.1-Flash-1017, read 2026-11-23). Since 2026-08-16 DeepSeek bills half price
// off-peak (outside 01:00–04:00 and 06:00–10:00 UTC); these are the peak rates, an upper bound.
// LiteLLM's 2026-07-24 copy still has the pre-August prices and an 8,192-token output limit.
// A cache miss is billed at the input price: no separate cache-write price.
const DEEPSEEK_AS_OF = '2026-11-23';
function deepseekEntry(
  model: string,
  aliases: string[],
  input: number,
  output: number,
  cacheRead: number,
): PriceEntry {
  return {
    provider: 'deepseek',
    model,
    aliases,
    input: input * M,
    output: output * M,
    cacheRead: cacheRead * M,
    cacheWrite: null,
    tiers: [],
    currency: 'USD',
    region: 'global',
    contextWindow: 1_000_000,
    maxOutputTokens: 384_000,
    capabilities: { reasoning: true, tools: true, caching: true },
    source: 'curated',
    asOf: DEEPSEEK_AS_OF,
    estimated: false,
  };
}
const DEEPSEEK_PRICES: readonly PriceEntry[] = [
  deepseekEntry('deepseek-flash', ['deepseek-v4-flash'], 0.3, 1.2, 0.006),
  deepseekEntry('deepseek-v4-pro', [], 1.32, 3.96, 0.044),
];

export const CURATED_PRICES: readonly PriceEntry[] = [
  ...MINIMAX_ROWS.map(minimaxEntry),
  MINIMAX_CHINA_M27,
  ...DEEPSEEK_PRICES,
];

/**
 * Providers whose curated prices also beat a remote refresh, because LiteLLM is known to get them
 * wrong: MiniMax (no M2.7, a 1M context for M2.1/M2.5) and DeepSeek (pre-August 2026 prices, an
 * 8,192-token output limit). A fresher copy of LiteLLM is not a better source for them.
 */
export const CURATED_OVER_REFRESH: ReadonlySet<string> = new Set(['minimax', 'deepseek']);
