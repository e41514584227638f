import { z } from 'zod';
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { PriceEntry, PriceTier } from '../../../src-shared/pricing.ts';

/** LiteLLM's provider names for the ones we support. A Map: the names come from a downloaded list. */
const PROVIDER_OF: ReadonlyMap<unknown, ProviderId> = new Map([
  ['openai', 'openai'],
  ['anthropic', 'anthropic'],
  ['deepseek', 'deepseek'],
  ['gemini', 'gemini'],
  ['moonshot', 'moonshot'],
  ['minimax', 'minimax'],
  ['openrouter', 'openrouter'],
]);

const price = z.number().nonnegative().finite();
/** Only the fields we read; everything else in an entry is ignored. */
const entrySchema = z.object({
  litellm_provider: z.string(),
  mode: z.string().optional(),
  input_cost_per_token: price.optional(),
  output_cost_per_token: price.optional(),
  cache_read_input_token_cost: price.optional(),
  cache_creation_input_token_cost: price.optional(),
  input_cost_per_token_above_200k_tokens: price.optional(),
  output_cost_per_token_above_200k_tokens: price.optional(),
  cache_read_input_token_cost_above_200k_tokens: price.optional(),
  cache_creation_input_token_cost_above_200k_tokens: price.optional(),
  input_cost_per_token_above_512k_tokens: price.optional(),
  output_cost_per_token_above_512k_tokens: price.optional(),
  cache_read_input_token_cost_above_512k_tokens: price.optional(),
  max_input_tokens: z.number().int().positive().optional(),
  max_output_tokens: z.number().int().positive().optional(),
  supports_reasoning: z.boolean().optional(),
  supports_vision: z.boolean().optional(),
  supports_function_calling: z.boolean().optional(),
  supports_prompt_caching: z.boolean().optional(),
});
type LiteLLMEntry = z.infer<typeof entrySchema>;

function tiersOf(entry: LiteLLMEntry): PriceTier[] {
  const tiers: PriceTier[] = [];
  for (const threshold of [200, 512] as const) {
    const input = entry[`input_cost_per_token_above_${threshold}k_tokens`];
    const output = entry[`output_cost_per_token_above_${threshold}k_tokens`];
    if (input === undefined || output === undefined) continue;
    tiers.push({
      aboveInputTokens: threshold * 1000,
      input,
      output,
      cacheRead: entry[`cache_read_input_token_cost_above_${threshold}k_tokens`] ?? null,
      cacheWrite:
        threshold === 200 ? (entry.cache_creation_input_token_cost_above_200k_tokens ?? null) : null,
    });
  }
  return tiers;
}

/** "gemini/gemini-2.5-flash" → "gemini-2.5-flash"; "openrouter/anthropic/claude-x" → "anthropic/claude-x". */
function modelId(key: string, litellmProvider: string): string {
  return key.startsWith(`${litellmProvider}/`) ? key.slice(litellmProvider.length + 1) : key;
}

export interface ParsedCatalog {
  entries: PriceEntry[];
  /** Chat entries of our providers that did not validate: skipped, counted. */
  skipped: number;
}

/**
 * LiteLLM's model_prices_and_context_window.json → price entries for the chat models of the
 * providers we support. Unprefixed and prefixed duplicates ("deepseek-chat", "deepseek/deepseek-chat")
 * collapse into one entry, the first seen winning.
 */
export function parseLiteLLM(
  json: unknown,
  asOf: string,
  source: PriceEntry['source'] = 'litellm',
): ParsedCatalog {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new Error('The price list is not a JSON object.');
  const entries = new Map<string, PriceEntry>();
  let skipped = 0;
  for (const [key, raw] of Object.entries(json as Record<string, unknown>)) {
    if (key === 'sample_spec' || !raw) continue;
    // Stryker disable next-line ConditionalExpression: a JSON string, number or boolean has no litellm_provider, so the provider lookup below skips it too
    if (typeof raw !== 'object') continue;
    const provider = PROVIDER_OF.get((raw as { litellm_provider?: unknown }).litellm_provider);
    if (!provider || (raw as { mode?: string }).mode !== 'chat') continue;
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const entry = parsed.data;
    const model = modelId(key, entry.litellm_provider);
    const id = `${provider}/${model}`;
    if (entries.has(id)) continue;
    // 0 / 0 is LiteLLM's placeholder for "not priced" (experimental, routers) unless the model says it is free.
    const placeholder =
      entry.input_cost_per_token === 0 && entry.output_cost_per_token === 0 && !/(:|\/)free$/i.test(model);
    entries.set(id, {
      provider,
      model,
      aliases: [],
      input: placeholder ? null : (entry.input_cost_per_token ?? null),
      output: placeholder ? null : (entry.output_cost_per_token ?? null),
      cacheRead: entry.cache_read_input_token_cost ?? null,
      cacheWrite: entry.cache_creation_input_token_cost ?? null,
      tiers: tiersOf(entry),
      currency: 'USD',
      contextWindow: entry.max_input_tokens ?? null,
      maxOutputTokens: entry.max_output_tokens ?? null,
      capabilities: {
        ...(entry.supports_reasoning !== undefined ? { reasoning: entry.supports_reasoning } : {}),
        ...(entry.supports_vision !== undefined ? { vision: entry.supports_vision } : {}),
        ...(entry.supports_function_calling !== undefined ? { tools: entry.supports_function_calling } : {}),
        ...(entry.supports_prompt_caching !== undefined ? { caching: entry.supports_prompt_caching } : {}),
      },
      source,
      asOf,
      estimated: false,
    });
  }
  return { entries: [...entries.values()], skipped };
}
