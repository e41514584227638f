// The known-model table against every model id we ship: expected tiers written from what each
// family is (PROVIDERS.md: MICRO gpt-4o-mini/haiku, STANDARD flash/deepseek/MiniMax M2.x, VERSATILE
// gpt-4o/sonnet, HEAVY opus/pro, COMPLEX frontier reasoning gpt-5/o3), not from running the code.
import { describe, expect, it } from 'vitest';
import litellm from '../../../e2e/fixtures/litellm/model_prices_and_context_window.json' with {
  type: 'json',
};
import { type ProviderId, TIERS, type Tier } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import bundled from '../pricing/bundled-prices.json' with { type: 'json' };
import { CURATED_PRICES } from '../pricing/curated-prices.ts';
import { tierFor } from './tiers.ts';

const ENTRIES = [...(bundled.entries as PriceEntry[]), ...CURATED_PRICES];
const IDS: { provider: ProviderId; model: string; entry: PriceEntry }[] = ENTRIES.flatMap((entry) =>
  [entry.model, ...entry.aliases].map((model) => ({ provider: entry.provider, model, entry })),
);
const known = (model: string) => tierFor(model, null, null)?.tier ?? null;
const rank = (tier: Tier) => TIERS.indexOf(tier);
const segments = (model: string) => model.toLowerCase().split(/[-/:]/);

const EXPECTED: Record<Tier | 'not in the table', [ProviderId, string][]> = {
  COMPLEX: [
    ['openai', 'gpt-5'],
    ['openai', 'gpt-5-2025-08-07'],
    ['openai', 'gpt-5.1'],
    ['openai', 'gpt-5.2-2025-12-11'],
    ['openai', 'gpt-5.4'],
    ['openai', 'gpt-5.5'],
    ['openai', 'gpt-5-search-api'],
    ['openrouter', 'openai/gpt-5'],
    ['openrouter', 'openai/gpt-5-codex'],
    ['openrouter', 'openai/gpt-5.1-codex-max'],
    ['openrouter', 'openai/gpt-5.2-pro'],
    ['openai', 'o1'],
    ['openai', 'o1-2024-12-17'],
    ['openai', 'o3'],
    ['openai', 'o3-2025-04-16'],
    ['openrouter', 'openai/o1'],
  ],
  HEAVY: [
    ['anthropic', 'claude-opus-4-1'],
    ['anthropic', 'claude-opus-4-1-20250805'],
    ['anthropic', 'claude-3-opus-20240229'],
    ['anthropic', 'claude-4-opus-20250514'],
    ['anthropic', 'claude-opus-5'],
    ['openrouter', 'anthropic/claude-opus-4.6'],
    ['gemini', 'gemini-2.5-pro'],
    ['gemini', 'gemini-3-pro-preview'],
    ['gemini', 'gemini-3.1-pro-preview-customtools'],
    ['gemini', 'gemini-pro-latest'],
    ['openrouter', 'google/gemini-2.5-pro'],
    ['deepseek', 'deepseek-v4-pro'],
    ['moonshot', 'kimi-k2-thinking'],
    ['moonshot', 'kimi-k2-thinking-turbo'],
  ],
  VERSATILE: [
    ['openai', 'gpt-5-chat-latest'],
    ['openai', 'gpt-5.1-chat-latest'],
    ['openrouter', 'openai/gpt-5-chat'],
    ['openai', 'gpt-4o'],
    ['openai', 'gpt-4o-2024-08-06'],
    ['openai', 'chatgpt-4o-latest'],
    ['openai', 'gpt-4o-search-preview'],
    ['openai', 'ft:gpt-4o-2024-08-06'],
    ['openrouter', 'openai/gpt-4o'],
    ['openai', 'gpt-4.1'],
    ['openai', 'gpt-4.1-2025-04-14'],
    ['openai', 'gpt-4'],
    ['openai', 'gpt-4-turbo'],
    ['openai', 'gpt-4-0613'],
    ['anthropic', 'claude-sonnet-4-5'],
    ['anthropic', 'claude-3-7-sonnet-20250219'],
    ['anthropic', 'claude-sonnet-5'],
    ['openrouter', 'anthropic/claude-3.5-sonnet'],
    ['minimax', 'MiniMax-M3'],
  ],
  STANDARD: [
    ['openai', 'gpt-5-mini'],
    ['openai', 'gpt-5-mini-2025-08-07'],
    ['openai', 'gpt-5.4-mini'],
    ['openai', 'gpt-5.4-mini-2026-03-17'],
    ['openrouter', 'openai/gpt-5-mini'],
    ['openai', 'o3-mini'],
    ['openai', 'o3-mini-2025-01-31'],
    ['openai', 'o4-mini'],
    ['openai', 'ft:o4-mini-2025-04-16'],
    ['openrouter', 'openai/o3-mini-high'],
    ['openai', 'gpt-4.1-mini'],
    ['openrouter', 'openai/gpt-4.1-mini'],
    ['gemini', 'gemini-2.5-flash'],
    ['gemini', 'gemini-2.0-flash-001'],
    ['gemini', 'gemini-3-flash-preview'],
    ['gemini', 'gemini-flash-latest'],
    ['openrouter', 'google/gemini-2.5-flash'],
    ['deepseek', 'deepseek-v4-flash'],
    ['deepseek', 'deepseek-flash'],
    ['deepseek', 'deepseek-chat'],
    ['deepseek', 'deepseek-reasoner'],
    ['openrouter', 'deepseek/deepseek-chat-v3-0324'],
    ['openrouter', 'deepseek/deepseek-v3.2-exp'],
    ['minimax', 'MiniMax-M2'],
    ['minimax', 'MiniMax-M2.1'],
    ['minimax', 'MiniMax-M2.5-lightning'],
    ['minimax', 'MiniMax-M2.7-highspeed'],
    ['openrouter', 'minimax/minimax-m2.5'],
    ['moonshot', 'kimi-k2-0905-preview'],
    ['moonshot', 'kimi-k2-turbo-preview'],
    ['moonshot', 'kimi-k2.5'],
    ['openrouter', 'moonshotai/kimi-k2.5'],
  ],
  MICRO: [
    ['openai', 'gpt-5-nano'],
    ['openai', 'gpt-5.4-nano'],
    ['openai', 'gpt-5.4-nano-2026-03-17'],
    ['openrouter', 'openai/gpt-5-nano'],
    ['openai', 'gpt-4o-mini'],
    ['openai', 'gpt-4o-mini-2024-07-18'],
    ['openai', 'gpt-4o-mini-search-preview'],
    ['openai', 'ft:gpt-4o-mini-2024-07-18'],
    ['openai', 'gpt-4.1-nano'],
    ['openai', 'gpt-3.5-turbo'],
    ['openai', 'gpt-3.5-turbo-16k'],
    ['anthropic', 'claude-haiku-4-5'],
    ['anthropic', 'claude-3-haiku-20240307'],
    ['openrouter', 'anthropic/claude-haiku-4.5'],
    ['gemini', 'gemini-2.5-flash-lite'],
    ['gemini', 'gemini-2.0-flash-lite-001'],
    ['gemini', 'gemini-2.5-flash-lite-preview-06-17'],
    ['gemini', 'gemini-flash-lite-latest'],
    ['openrouter', 'google/gemini-3.1-flash-lite'],
  ],
  // Families the table does not claim: their tier comes from price and quality.
  'not in the table': [
    ['gemini', 'gemini-exp-1206'],
    ['gemini', 'gemini-gemma-2-27b-it'],
    ['openai', 'gpt-5.6-luna'],
    ['anthropic', 'claude-fable-5'],
    ['moonshot', 'kimi-latest'],
    ['moonshot', 'moonshot-v1-8k'],
    ['openrouter', 'openai/gpt-oss-120b'],
    ['openrouter', 'qwen/qwen3-coder'],
    ['openrouter', 'xiaomi/mimo-v2-flash'],
    ['openrouter', 'z-ai/glm-4.7-flash'],
    ['openrouter', 'mistralai/ministral-8b-2512'],
  ],
};

describe('the known-model table on the bundled catalog', () => {
  const cases = Object.entries(EXPECTED).flatMap(([tier, ids]) =>
    ids.map(([provider, model]) => [provider, model, tier === 'not in the table' ? null : tier] as const),
  );

  it('covers ids that the catalog really has', () => {
    const shipped = new Set(IDS.map(({ provider, model }) => `${provider}/${model}`));
    for (const [provider, model] of cases)
      expect(shipped, `${provider}/${model}`).toContain(`${provider}/${model}`);
  });

  it.each(cases)('%s/%s is %s', (_provider, model, tier) => {
    expect(known(model)).toBe(tier);
  });

  it('never ranks a -mini, -nano or -lite model above STANDARD, nor a -nano above MICRO', () => {
    for (const { provider, model, entry } of IDS) {
      const parts = segments(model);
      if (!parts.some((part) => part === 'mini' || part === 'nano' || part === 'lite')) continue;
      const tier = tierFor(model, entry, null)?.tier;
      expect(tier === 'MICRO' || tier === 'STANDARD', `${provider}/${model}: ${tier}`).toBe(true);
      if (parts.includes('nano')) expect(tier, `${provider}/${model}`).toBe('MICRO');
    }
  });

  it('never ranks a family member above the full model of its family', () => {
    const byId = new Map(IDS.map(({ provider, model }) => [`${provider}/${model.toLowerCase()}`, model]));
    for (const { provider, model } of IDS) {
      for (const small of ['-mini', '-nano', '-lite']) {
        const at = model.toLowerCase().indexOf(small);
        if (at < 0) continue;
        const full = byId.get(`${provider}/${model.toLowerCase().slice(0, at)}`);
        const smallTier = known(model);
        const fullTier = full ? known(full) : null;
        if (!full || !smallTier || !fullTier) continue;
        expect(rank(fullTier), `${full} vs ${model}`).toBeGreaterThan(rank(smallTier));
      }
    }
  });

  it('gives a dated snapshot the tier of its undated model, and an OpenRouter id that of the direct one', () => {
    const byId = new Map(IDS.map(({ provider, model }) => [`${provider}/${model}`, model]));
    let compared = 0;
    for (const { provider, model } of IDS) {
      const undated = model.replace(/-(\d{8}|\d{4}-\d{2}-\d{2})$/, '');
      if (undated !== model && byId.has(`${provider}/${undated}`)) {
        expect(known(model), model).toBe(known(undated));
        compared++;
      }
      const slash = model.indexOf('/');
      if (provider === 'openrouter' && slash > 0) {
        const vendor = model.slice(0, slash);
        const direct = model.slice(slash + 1);
        const directProvider = vendor === 'google' ? 'gemini' : vendor;
        if (byId.has(`${directProvider}/${direct}`)) {
          expect(known(model), model).toBe(known(direct));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});

/**
 * OpenAI models that LiteLLM lists for the Responses API only, so the chat catalog leaves them out;
 * a user can still name them. Deep-research variants do the work of their base model (o3, o4-mini)
 * with search on top; codex-mini is a coding model of the o4-mini / gpt-5-mini class.
 */
const RESPONSES_ONLY: Partial<Record<Tier, string[]>> = {
  COMPLEX: [
    'gpt-5-pro',
    'gpt-5-pro-2025-10-06',
    'gpt-5.2-pro',
    'gpt-5.2-pro-2025-12-11',
    'gpt-5.4-pro',
    'gpt-5.4-pro-2026-03-05',
    'gpt-5.5-pro',
    'gpt-5.5-pro-2026-04-23',
    'gpt-5-codex',
    'gpt-5.1-codex',
    'gpt-5.1-codex-max',
    'gpt-5.2-codex',
    'gpt-5.3-codex',
    'o1-pro',
    'o1-pro-2025-03-19',
    'o3-pro',
    'o3-pro-2025-06-10',
    'o3-deep-research',
    'o3-deep-research-2025-06-26',
  ],
  STANDARD: [
    'gpt-5.1-codex-mini',
    'codex-mini-latest',
    'o4-mini-deep-research',
    'o4-mini-deep-research-2025-06-26',
  ],
};

describe('OpenAI models served only through the Responses API', () => {
  const listed = Object.entries(litellm as Record<string, { litellm_provider?: unknown; mode?: unknown }>)
    .filter(([, entry]) => entry.litellm_provider === 'openai' && entry.mode === 'responses')
    .map(([id]) => id);
  const cases = Object.entries(RESPONSES_ONLY).flatMap(([tier, ids]) => ids.map((id) => [id, tier] as const));

  it("every one in LiteLLM's list has an expected tier here, and only those", () => {
    expect(cases.map(([id]) => id).sort()).toEqual([...listed].sort());
  });

  it.each(cases)('%s is %s', (model, tier) => {
    expect(known(model)).toBe(tier);
  });

  const everyId = [...IDS.map(({ model }) => model), ...listed];

  it('a deep-research variant ranks at least as high as its base model', () => {
    let compared = 0;
    for (const model of everyId) {
      const base = model.replace('-deep-research', '');
      if (base === model || known(base) === null) continue;
      expect(known(model), model).not.toBeNull();
      expect(rank(known(model)!), `${model} vs ${base}`).toBeGreaterThanOrEqual(rank(known(base)!));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('a codex variant of a GPT model has the tier of that model', () => {
    let compared = 0;
    for (const model of everyId) {
      const base = model.replace('-codex', '');
      if (base === model || known(base) === null) continue;
      expect(known(model), `${model} vs ${base}`).toBe(known(base));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });
});
