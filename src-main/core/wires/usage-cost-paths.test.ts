// Every cache path on every wire, from a recorded transcript's usage frame through the real decoder
// (normalize-usage) into computeCost, against dollar figures computed by hand below. Where a
// recording has no cache hits, its usage frame is edited in place (the rest stays byte for byte),
// with the field names each provider documents:
// - OpenAI chat: prompt_tokens_details.cached_tokens; OpenRouter adds prompt_tokens_details.cache_write_tokens;
// - Anthropic (and MiniMax's Anthropic wire): cache_read_input_tokens, cache_creation_input_tokens,
//   with input_tokens counting only the uncached rest; message_delta's usage is the one to trust;
// - DeepSeek: prompt_cache_hit_tokens / prompt_cache_miss_tokens next to prompt_tokens;
// - MiniMax (OpenAI wire): prompt_tokens_details.cached_tokens (recorded: 443 of 767);
// - Gemini (OpenAI-compatible): prompt_tokens_details.cached_tokens for implicit cache hits, as a
//   gemini-2.5-flash response shows in openai/openai-python#2544.
// Cost (DESIGN §2): (input − cacheRead − cacheWrite) × input + cacheRead × cache-read price
// + cacheWrite × cache-write price + output × output; a missing cache price is the input price.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import type { ProviderId, Usage, WireId } from '../../../src-shared/domain.ts';
import { computeCost, type PriceEntry } from '../../../src-shared/pricing.ts';
import { codecFor } from '../client/wire-codec.ts';
import { PROVIDERS } from '../providers/registry.ts';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures');

/** A transcript with one usage frame's text replaced; fails when `from` is not there exactly once. */
function transcript(file: string, edits: ReadonlyArray<readonly [from: string, to: string]> = []): string {
  let text = readFileSync(join(FIXTURES, file), 'utf8');
  for (const [from, to] of edits) {
    expect(text.split(from), `${file}: ${from}`).toHaveLength(2);
    text = text.replace(from, to);
  }
  return text;
}

/** The usage a stream ends with, decoded by the provider's real decoder for that wire. */
function streamedUsage(provider: ProviderId, wire: WireId, sse: string): Usage {
  const decoder = codecFor(PROVIDERS[provider], wire, 'test-model').createDecoder();
  const usages: Usage[] = [];
  const collect = (events: ReturnType<typeof decoder.push>) => {
    for (const event of events) if (event.type === 'usage') usages.push(event.usage);
  };
  const parser = createParser({
    onEvent: (frame) => collect(decoder.push({ event: frame.event, data: frame.data })),
  });
  parser.feed(`${sse}\n\n`);
  collect(decoder.end());
  const last = usages.at(-1);
  if (!last) throw new Error('the stream reported no usage');
  return last;
}

const PER_MILLION = 1e-6;

/** A USD price entry from prices per million tokens, as price lists state them. */
function price(perMillion: {
  input: number;
  output: number;
  cacheRead: number | null;
  cacheWrite: number | null;
}): PriceEntry {
  const perToken = (value: number | null) => (value === null ? null : value * PER_MILLION);
  return {
    provider: 'custom',
    model: 'm',
    aliases: [],
    input: perToken(perMillion.input),
    output: perToken(perMillion.output),
    cacheRead: perToken(perMillion.cacheRead),
    cacheWrite: perToken(perMillion.cacheWrite),
    tiers: [],
    currency: 'USD',
    contextWindow: null,
    maxOutputTokens: null,
    capabilities: {},
    source: 'curated',
    asOf: '2026-09-01',
    estimated: false,
  };
}

// MiniMax list prices, USD per 1M (provider facts, MiniMax pricing page, 2026-09): M2.7 0.30 / 1.20 /
// cache read 0.06 / cache write 0.375; M3 cache write is unverified, so it has none.
const MINIMAX_M27 = price({ input: 0.3, output: 1.2, cacheRead: 0.06, cacheWrite: 0.375 });
// Anthropic-style prices: cache reads 0.1× and 5-minute cache writes 1.25× the input price.
const SONNET = price({ input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 });
const DEEPSEEK = price({ input: 0.28, output: 0.42, cacheRead: 0.028, cacheWrite: null });
const GPT_4O_MINI = price({ input: 0.15, output: 0.6, cacheRead: 0.075, cacheWrite: null });

const ANTHROPIC_DELTA_USAGE =
  '"usage":{"input_tokens":10,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":5}';
const anthropicDelta = (uncached: number, written: number, read: number) =>
  `"usage":{"input_tokens":${uncached},"cache_creation_input_tokens":${written},"cache_read_input_tokens":${read},"output_tokens":5}`;

const DEEPSEEK_USAGE =
  '"prompt_tokens":6,"completion_tokens":212,"total_tokens":218,"prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":198},"prompt_cache_hit_tokens":0,"prompt_cache_miss_tokens":6';
const deepseekUsage = (cachedTokens: number) =>
  `"prompt_tokens":1000,"completion_tokens":212,"total_tokens":1212,"prompt_tokens_details":{"cached_tokens":${cachedTokens}},"completion_tokens_details":{"reasoning_tokens":198},"prompt_cache_hit_tokens":800,"prompt_cache_miss_tokens":200`;

describe('usage to cost, every cache path on every wire', () => {
  it('MiniMax, OpenAI wire, as recorded: 443 of 767 prompt tokens read from the cache', () => {
    const usage = streamedUsage(
      'minimax',
      'openai-chat',
      transcript('minimax-openai/stream-m27-think-tags-01.sse'),
    );
    expect(usage).toMatchObject({
      inputTokens: 767,
      cacheReadTokens: 443,
      cacheWriteTokens: 0,
      outputTokens: 172,
    });
    // (767 − 443) × 0.30 + 443 × 0.06 + 172 × 1.20 = 97.2 + 26.58 + 206.4 = 330.18 per million.
    expect(computeCost(usage, MINIMAX_M27)?.usd).toBeCloseTo(330.18e-6, 12);
  });

  it('MiniMax, Anthropic wire: message_delta cache reads and writes', () => {
    const sse = transcript('anthropic/stream-text-02.sse', [
      [ANTHROPIC_DELTA_USAGE, anthropicDelta(100, 2000, 5000)],
    ]);
    const usage = streamedUsage('minimax', 'anthropic-messages', sse);
    expect(usage).toMatchObject({
      inputTokens: 7100,
      cacheReadTokens: 5000,
      cacheWriteTokens: 2000,
      outputTokens: 5,
    });
    // 100 × 0.30 + 5000 × 0.06 + 2000 × 0.375 + 5 × 1.20 = 30 + 300 + 750 + 6 = 1086 per million.
    expect(computeCost(usage, MINIMAX_M27)?.usd).toBeCloseTo(1086e-6, 12);
  });

  it('Anthropic: cache_read_input_tokens and cache_creation_input_tokens on top of input_tokens', () => {
    const sse = transcript('anthropic/stream-text-02.sse', [
      [ANTHROPIC_DELTA_USAGE, anthropicDelta(50, 1000, 4000)],
    ]);
    const usage = streamedUsage('anthropic', 'anthropic-messages', sse);
    expect(usage).toMatchObject({ inputTokens: 5050, cacheReadTokens: 4000, cacheWriteTokens: 1000 });
    // 50 × 3 + 4000 × 0.30 + 1000 × 3.75 + 5 × 15 = 150 + 1200 + 3750 + 75 = 5175 per million.
    expect(computeCost(usage, SONNET)?.usd).toBeCloseTo(5175e-6, 12);
  });

  it.each([
    ['prompt_tokens_details.cached_tokens left at 0', 0],
    ['prompt_tokens_details.cached_tokens repeating the hit count', 800],
  ])('DeepSeek: prompt_cache_hit_tokens, with %s', (_name, cachedTokens) => {
    const sse = transcript('deepseek/stream-reasoner-include-usage-01.sse', [
      [DEEPSEEK_USAGE, deepseekUsage(cachedTokens)],
    ]);
    const usage = streamedUsage('deepseek', 'openai-chat', sse);
    expect(usage).toMatchObject({
      inputTokens: 1000,
      cacheReadTokens: 800,
      outputTokens: 212,
      reasoningTokens: 198,
    });
    // 200 × 0.28 + 800 × 0.028 + 212 × 0.42 = 56 + 22.4 + 89.04 = 167.44 per million.
    expect(computeCost(usage, DEEPSEEK)?.usd).toBeCloseTo(167.44e-6, 12);
  });

  it('OpenAI: prompt_tokens_details.cached_tokens', () => {
    const sse = transcript('openai/stream-text-include-usage-02.sse', [
      [
        '"prompt_tokens":78,"completion_tokens":9,"total_tokens":87,"prompt_tokens_details":{"cached_tokens":0,',
        '"prompt_tokens":2048,"completion_tokens":9,"total_tokens":2057,"prompt_tokens_details":{"cached_tokens":1024,',
      ],
    ]);
    const usage = streamedUsage('openai', 'openai-chat', sse);
    expect(usage).toMatchObject({
      inputTokens: 2048,
      cacheReadTokens: 1024,
      cacheWriteTokens: 0,
      outputTokens: 9,
    });
    // 1024 × 0.15 + 1024 × 0.075 + 9 × 0.60 = 153.6 + 76.8 + 5.4 = 235.8 per million.
    expect(computeCost(usage, GPT_4O_MINI)?.usd).toBeCloseTo(235.8e-6, 12);
  });

  it('OpenRouter: cached_tokens and cache_write_tokens in prompt_tokens_details', () => {
    const sse = transcript('minimax-via-openrouter/stream-m2-free-midstream-error.sse', [
      [
        '"prompt_tokens":43,"completion_tokens":10,"total_tokens":53,',
        '"prompt_tokens":3000,"completion_tokens":10,"total_tokens":3010,',
      ],
      [
        '"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0}',
        '"prompt_tokens_details":{"cached_tokens":2000,"cache_write_tokens":500,"audio_tokens":0}',
      ],
    ]);
    const usage = streamedUsage('openrouter', 'openai-chat', sse);
    expect(usage).toMatchObject({
      inputTokens: 3000,
      cacheReadTokens: 2000,
      cacheWriteTokens: 500,
      outputTokens: 10,
    });
    // (3000 − 2000 − 500) × 3 + 2000 × 0.30 + 500 × 3.75 + 10 × 15 = 1500 + 600 + 1875 + 150 = 4125 per million.
    expect(computeCost(usage, SONNET)?.usd).toBeCloseTo(4125e-6, 12);
  });
});

const GEMINI_FLASH = price({ input: 0.3, output: 2.5, cacheRead: 0.03, cacheWrite: null });

function wholeBodyUsage(provider: ProviderId, body: string): Usage {
  const events = codecFor(PROVIDERS[provider], 'openai-chat', 'test-model').decodeJson(body);
  const usage = events.findLast((event) => event.type === 'usage');
  if (usage?.type !== 'usage') throw new Error('the body reported no usage');
  return usage.usage;
}

describe('usage to cost, whole (non-streamed) bodies', () => {
  it('Gemini: prompt_tokens_details.cached_tokens from an implicit cache hit', () => {
    const body = transcript('gemini-openai/nonstream-tool-call-thought-signature.json', [
      [
        '"prompt_tokens": 35,',
        '"prompt_tokens": 1469,\n    "prompt_tokens_details": {"cached_tokens": 1024},',
      ],
    ]);
    const usage = wholeBodyUsage('gemini', body);
    expect(usage).toMatchObject({ inputTokens: 1469, cacheReadTokens: 1024, outputTokens: 12 });
    // (1469 − 1024) × 0.30 + 1024 × 0.03 + 12 × 2.50 = 133.5 + 30.72 + 30 = 194.22 per million.
    expect(computeCost(usage, GEMINI_FLASH)?.usd).toBeCloseTo(194.22e-6, 12);
  });

  it('DeepSeek: the recorded non-streamed body, no cache hit, costs all its prompt at the miss price', () => {
    const usage = wholeBodyUsage('deepseek', transcript('deepseek/nonstream-reasoner.json'));
    expect(usage).toMatchObject({
      inputTokens: 12,
      cacheReadTokens: 0,
      outputTokens: 789,
      reasoningTokens: 415,
    });
    // 12 × 0.28 + 789 × 0.42 = 3.36 + 331.38 = 334.74 per million.
    expect(computeCost(usage, DEEPSEEK)?.usd).toBeCloseTo(334.74e-6, 12);
  });
});

describe('a missing cache price is the input price, never free', () => {
  it('no cache-read price: the 443 cached MiniMax tokens cost the input price', () => {
    const usage = streamedUsage(
      'minimax',
      'openai-chat',
      transcript('minimax-openai/stream-m27-think-tags-01.sse'),
    );
    const cost = computeCost(usage, { ...MINIMAX_M27, cacheRead: null });
    // 767 × 0.30 + 172 × 1.20 = 230.1 + 206.4 = 436.5 per million; the cached part 443 × 0.30 = 132.9.
    expect(cost?.usd).toBeCloseTo(436.5e-6, 12);
    expect(cost?.breakdown.cacheRead).toBeCloseTo(132.9e-6, 12);
  });

  it('no cache-write price (MiniMax M3: unverified): written tokens cost the input price', () => {
    const sse = transcript('anthropic/stream-text-02.sse', [
      [ANTHROPIC_DELTA_USAGE, anthropicDelta(100, 2000, 5000)],
    ]);
    const usage = streamedUsage('minimax', 'anthropic-messages', sse);
    const cost = computeCost(usage, { ...MINIMAX_M27, cacheWrite: null });
    // 100 × 0.30 + 5000 × 0.06 + 2000 × 0.30 + 5 × 1.20 = 30 + 300 + 600 + 6 = 936 per million.
    expect(cost?.usd).toBeCloseTo(936e-6, 12);
    expect(cost?.breakdown.cacheWrite).toBeCloseTo(600e-6, 12);
  });

  it("above a tier's threshold, a missing cache price is that tier's input price", () => {
    // MiniMax M3 above 512k input: 0.60 / 2.40 per million (cache prices left out here).
    const entry: PriceEntry = {
      ...MINIMAX_M27,
      tiers: [
        { aboveInputTokens: 512_000, input: 0.6e-6, output: 2.4e-6, cacheRead: null, cacheWrite: null },
      ],
    };
    const usage: Usage = {
      inputTokens: 600_000,
      outputTokens: 1000,
      cacheReadTokens: 100_000,
      cacheWriteTokens: 50_000,
      reasoningTokens: 0,
    };
    // 450,000 × 0.60 + 100,000 × 0.60 + 50,000 × 0.60 + 1000 × 2.40 = 270,000 + 60,000 + 30,000 + 2,400 per million.
    expect(computeCost(usage, entry)?.usd).toBeCloseTo(0.3624, 12);
  });
});
