// parseLiteLLM field by field: each expectation is written by hand from the meaning of LiteLLM's
// fields (model_prices_and_context_window.json, see its sample_spec) or from a published price,
// never copied from the parser's output.
import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { parseLiteLLM } from './litellm-parse.ts';
import { priceEntry } from './price-entry-test-support.ts';

const AS_OF = '2026-11-27';

/** What every LiteLLM row has in common: a published USD list price (not a guess), no aliases. */
const expectedEntry = (fields: Pick<PriceEntry, 'provider' | 'model'> & Partial<PriceEntry>): PriceEntry =>
  priceEntry({ asOf: AS_OF, ...fields });

function parseOne(key: string, raw: Record<string, unknown>): PriceEntry[] {
  return parseLiteLLM({ [key]: { mode: 'chat', ...raw } }, AS_OF).entries;
}

describe('parseLiteLLM: one entry in, one price row out', () => {
  it.each<[string, string, Record<string, unknown>, PriceEntry]>([
    [
      // PROVIDERS.md, MiniMax list prices (USD per 1M, as of 2026-09): M3 0.30 / 1.20 / cache read 0.06
      // up to 512k input, 0.60 / 2.40 / 0.12 above; cache write "unverified". Context 1,000,000.
      'the 512k tier of MiniMax-M3, cache write unknown',
      'minimax/MiniMax-M3',
      {
        litellm_provider: 'minimax',
        input_cost_per_token: 3e-7,
        output_cost_per_token: 1.2e-6,
        cache_read_input_token_cost: 6e-8,
        input_cost_per_token_above_512k_tokens: 6e-7,
        output_cost_per_token_above_512k_tokens: 2.4e-6,
        cache_read_input_token_cost_above_512k_tokens: 1.2e-7,
        max_input_tokens: 1_000_000,
        supports_vision: true,
      },
      expectedEntry({
        provider: 'minimax',
        model: 'MiniMax-M3',
        input: 3e-7,
        output: 1.2e-6,
        cacheRead: 6e-8,
        tiers: [
          { aboveInputTokens: 512_000, input: 6e-7, output: 2.4e-6, cacheRead: 1.2e-7, cacheWrite: null },
        ],
        contextWindow: 1_000_000,
        capabilities: { vision: true },
      }),
    ],
    [
      // Both thresholds on one model. LiteLLM has a cache-write price above 200k but no field for one
      // above 512k: the 512k tier's cache write is unknown, not borrowed from the 200k tier.
      'both tiers, the cache write only where LiteLLM gives one',
      'gemini/gemini-two-tier',
      {
        litellm_provider: 'gemini',
        input_cost_per_token: 1e-6,
        output_cost_per_token: 4e-6,
        cache_creation_input_token_cost: 1.25e-6,
        input_cost_per_token_above_200k_tokens: 2e-6,
        output_cost_per_token_above_200k_tokens: 8e-6,
        cache_read_input_token_cost_above_200k_tokens: 2e-7,
        cache_creation_input_token_cost_above_200k_tokens: 2.5e-6,
        input_cost_per_token_above_512k_tokens: 3e-6,
        output_cost_per_token_above_512k_tokens: 1.2e-5,
        max_output_tokens: 65_536,
      },
      expectedEntry({
        provider: 'gemini',
        model: 'gemini-two-tier',
        input: 1e-6,
        output: 4e-6,
        cacheWrite: 1.25e-6,
        tiers: [
          { aboveInputTokens: 200_000, input: 2e-6, output: 8e-6, cacheRead: 2e-7, cacheWrite: 2.5e-6 },
          { aboveInputTokens: 512_000, input: 3e-6, output: 1.2e-5, cacheRead: null, cacheWrite: null },
        ],
        maxOutputTokens: 65_536,
      }),
    ],
    [
      // supports_* map one to one onto capabilities; a false is kept (the model is known not to).
      'every capability flag, true and false',
      'openai/gpt-flags-a',
      {
        litellm_provider: 'openai',
        input_cost_per_token: 1e-6,
        output_cost_per_token: 2e-6,
        supports_reasoning: true,
        supports_vision: false,
        supports_function_calling: true,
        supports_prompt_caching: false,
      },
      expectedEntry({
        provider: 'openai',
        model: 'gpt-flags-a',
        input: 1e-6,
        output: 2e-6,
        capabilities: { reasoning: true, vision: false, tools: true, caching: false },
      }),
    ],
    [
      'every capability flag, the other way round',
      'gpt-flags-b',
      {
        litellm_provider: 'openai',
        input_cost_per_token: 1e-6,
        output_cost_per_token: 2e-6,
        supports_reasoning: false,
        supports_vision: true,
        supports_function_calling: false,
        supports_prompt_caching: true,
      },
      expectedEntry({
        provider: 'openai',
        model: 'gpt-flags-b',
        input: 1e-6,
        output: 2e-6,
        capabilities: { reasoning: false, vision: true, tools: false, caching: true },
      }),
    ],
    [
      // No prices and no flags: everything unknown, and no capability key at all (not `undefined`).
      'an entry with nothing but its provider',
      'deepseek/deepseek-bare',
      { litellm_provider: 'deepseek' },
      expectedEntry({ provider: 'deepseek', model: 'deepseek-bare' }),
    ],
    [
      // Only 0 / 0 is LiteLLM's "not priced" placeholder; a free input with a paid output is a price.
      'a free input with a paid output keeps both prices',
      'moonshot/kimi-free-input',
      { litellm_provider: 'moonshot', input_cost_per_token: 0, output_cost_per_token: 2.5e-6 },
      expectedEntry({ provider: 'moonshot', model: 'kimi-free-input', input: 0, output: 2.5e-6 }),
    ],
    [
      'a paid input with a free output keeps both prices',
      'moonshot/kimi-free-output',
      { litellm_provider: 'moonshot', input_cost_per_token: 6e-7, output_cost_per_token: 0 },
      expectedEntry({ provider: 'moonshot', model: 'kimi-free-output', input: 6e-7, output: 0 }),
    ],
    [
      'a 0 / 0 entry is unpriced',
      'openrouter/vendor/router-auto',
      { litellm_provider: 'openrouter', input_cost_per_token: 0, output_cost_per_token: 0 },
      expectedEntry({ provider: 'openrouter', model: 'vendor/router-auto' }),
    ],
    [
      // OpenRouter marks free variants with a ":free" suffix; 0 / 0 is then the real price.
      'a 0 / 0 ":free" model is free',
      'openrouter/vendor/model:free',
      { litellm_provider: 'openrouter', input_cost_per_token: 0, output_cost_per_token: 0 },
      expectedEntry({ provider: 'openrouter', model: 'vendor/model:free', input: 0, output: 0 }),
    ],
    [
      // "free" must be the whole last segment: ":freestyle" is a name, not the free marker.
      'a 0 / 0 model merely containing ":free" is unpriced',
      'openrouter/vendor/model:freestyle',
      { litellm_provider: 'openrouter', input_cost_per_token: 0, output_cost_per_token: 0 },
      expectedEntry({ provider: 'openrouter', model: 'vendor/model:freestyle' }),
    ],
  ])('%s', (_name, key, raw, expected) => {
    expect(parseOne(key, raw)).toStrictEqual([expected]);
  });
});

describe('parseLiteLLM: which rows exist', () => {
  it('keeps the first of an unprefixed and a prefixed duplicate, as documented', () => {
    const { entries } = parseLiteLLM(
      {
        'deepseek-dup': { litellm_provider: 'deepseek', mode: 'chat', input_cost_per_token: 1e-6 },
        'deepseek/deepseek-dup': { litellm_provider: 'deepseek', mode: 'chat', input_cost_per_token: 9e-6 },
      },
      AS_OF,
    );
    expect(entries.map((entry) => [entry.model, entry.input])).toEqual([['deepseek-dup', 1e-6]]);
  });

  it("ignores sample_spec, LiteLLM's description of the format, even when it reads like a chat model", () => {
    const { entries, skipped } = parseLiteLLM(
      {
        sample_spec: { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 0 },
        'gpt-real': { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 1e-6 },
      },
      AS_OF,
    );
    expect(entries.map((entry) => entry.model)).toEqual(['gpt-real']);
    expect(skipped).toBe(0);
  });

  it('passes over entries that are null or not objects, without counting them as skipped', () => {
    const { entries, skipped } = parseLiteLLM(
      {
        'gpt-null': null,
        'gpt-text': 'openai',
        'gpt-number': 3,
        'gpt-false': false,
        'gpt-real': { litellm_provider: 'openai', mode: 'chat', output_cost_per_token: 2e-6 },
      },
      AS_OF,
    );
    expect(entries.map((entry) => entry.model)).toEqual(['gpt-real']);
    expect(skipped).toBe(0);
  });

  it.each([null, undefined, 'a price list', 42, true, [{ litellm_provider: 'openai' }]])(
    'refuses %j with a clear error instead of an empty catalog or a TypeError',
    (document) => {
      expect(() => parseLiteLLM(document, AS_OF)).toThrow(new Error('The price list is not a JSON object.'));
    },
  );
});
