import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.ts';
import { CURATED_PRICES } from './curated-prices.ts';
import { createDefaultCatalog } from './default-catalog.ts';
import { parseLiteLLM } from './litellm-parse.ts';
import { candidateIds, PriceCatalog } from './price-catalog.ts';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures');
const LITELLM = JSON.parse(
  readFileSync(join(FIXTURES, 'litellm/model_prices_and_context_window.json'), 'utf8'),
);
const M = 1e-6;

describe('LiteLLM price list', () => {
  it('the full real JSON parses and indexes the chat models of our providers', () => {
    const { entries, skipped } = parseLiteLLM(LITELLM, '2026-07-24');
    expect(skipped).toBe(0);
    expect(entries.length).toBeGreaterThan(250);
    const catalog = new PriceCatalog({ bundled: entries });
    expect(catalog.lookup('openai', 'gpt-4o-mini')).toMatchObject({
      input: 1.5e-7,
      output: 6e-7,
      cacheRead: 7.5e-8,
    });
    // The provider's own row, not a reseller's (the list also has azure_ai/, fireworks_ai/, bedrock/ rows
    // for the same models at other prices and without cache prices).
    expect(catalog.lookup('deepseek', 'deepseek-v4-flash')).toMatchObject({
      input: 1.4e-7,
      output: 2.8e-7,
      cacheRead: 2.8e-9,
      contextWindow: 1_000_000,
    });
    expect(catalog.lookup('gemini', 'gemini-2.5-flash')).toMatchObject({ input: 3e-7, output: 2.5e-6 });
    expect(catalog.lookup('moonshot', 'kimi-k2-thinking')).toMatchObject({
      input: 6e-7,
      output: 2.5e-6,
      cacheRead: 1.5e-7,
      contextWindow: 262_144,
    });
    expect(catalog.lookup('openrouter', 'anthropic/claude-sonnet-4.5')).toMatchObject({
      input: 3e-6,
      output: 1.5e-5,
      cacheRead: 3e-7,
      cacheWrite: 3.75e-6,
      contextWindow: 1_000_000,
    });
    const sonnet = catalog.lookup('anthropic', 'claude-sonnet-4-5');
    expect(sonnet).toMatchObject({
      input: 3e-6,
      output: 1.5e-5,
      cacheWrite: 3.75e-6,
      contextWindow: 200_000,
    });
    expect(sonnet?.tiers).toEqual([
      { aboveInputTokens: 200_000, input: 6e-6, output: 2.25e-5, cacheRead: 6e-7, cacheWrite: 7.5e-6 },
    ]);
    expect(entries.every((entry) => entry.source === 'litellm' && entry.asOf === '2026-07-24')).toBe(true);
  });

  it('rejects a document that is not a price list', () => {
    expect(() => parseLiteLLM([1, 2], '2026-01-01')).toThrow('not a JSON object');
    expect(
      parseLiteLLM(
        { x: { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: -1 } },
        '2026-01-01',
      ).skipped,
    ).toBe(1);
  });
});

describe('price catalog layers', () => {
  const litellm = parseLiteLLM(LITELLM, '2026-07-24').entries;

  it("curated beats LiteLLM (MiniMax-M2.1 has a 204,800 context, not LiteLLM's 1M)", () => {
    const catalog = new PriceCatalog({ curated: CURATED_PRICES, bundled: litellm });
    expect(catalog.lookup('minimax', 'MiniMax-M2.1')).toMatchObject({
      source: 'curated',
      contextWindow: 204_800,
    });
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')).toMatchObject({
      input: 0.3 * M,
      output: 1.2 * M,
      cacheRead: 0.06 * M,
      cacheWrite: 0.375 * M,
    });
  });

  it('a user override beats everything, a remote refresh beats curated', () => {
    const curated = { ...CURATED_PRICES[0]!, provider: 'openai' as const, model: 'gpt-curated', aliases: [] };
    const catalog = new PriceCatalog({
      curated: [curated],
      remote: [{ ...curated, input: 0.25 * M, source: 'remote' }],
      bundled: litellm,
    });
    expect(catalog.lookup('openai', 'gpt-curated')?.source).toBe('remote');
    expect(catalog.all().find((row) => row.model === 'gpt-curated')?.source).toBe('remote');
    catalog.setLayer('user', [{ ...curated, input: 0.1 * M, source: 'user' }]);
    expect(catalog.lookup('openai', 'gpt-curated')).toMatchObject({ source: 'user', input: 0.1 * M });
  });

  it("MiniMax's curated prices beat a refreshed LiteLLM copy, which is known to get MiniMax wrong", () => {
    const catalog = createDefaultCatalog();
    const refreshed = parseLiteLLM(
      {
        'minimax/MiniMax-M2.1': {
          litellm_provider: 'minimax',
          mode: 'chat',
          input_cost_per_token: 3e-7,
          output_cost_per_token: 1.2e-6,
          max_input_tokens: 1_000_000,
        },
        'minimax/MiniMax-M2.7': {
          litellm_provider: 'minimax',
          mode: 'chat',
          input_cost_per_token: 9e-7,
          output_cost_per_token: 9e-6,
        },
        'minimax/MiniMax-M9': {
          litellm_provider: 'minimax',
          mode: 'chat',
          input_cost_per_token: 1e-6,
          output_cost_per_token: 2e-6,
        },
      },
      '2026-11-20',
      'remote',
    ).entries;
    catalog.setLayer('remote', refreshed);
    expect(catalog.lookup('minimax', 'MiniMax-M2.1')).toMatchObject({
      source: 'curated',
      contextWindow: 204_800,
    });
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')).toMatchObject({ source: 'curated', input: 0.3 * M });
    // A model the curated table lacks still comes from the refresh.
    expect(catalog.lookup('minimax', 'MiniMax-M9')).toMatchObject({ source: 'remote' });
    const rows = catalog.all().filter((row) => row.provider === 'minimax');
    expect(rows.find((row) => row.model === 'MiniMax-M2.7')?.source).toBe('curated');
    const global = rows.filter((row) => row.model.toLowerCase() === 'minimax-m2.7' && row.region !== 'china');
    expect(global).toHaveLength(1);
  });

  it('curates DeepSeek: the current ids, the old Flash name as an alias, the 384K output limit, over a refresh', () => {
    const catalog = createDefaultCatalog();
    catalog.setLayer('remote', parseLiteLLM(LITELLM, '2026-11-20', 'remote').entries);
    expect(catalog.lookup('deepseek', 'deepseek-v4-flash')).toMatchObject({
      model: 'deepseek-flash',
      source: 'curated',
      input: 0.3 * M,
      output: 1.2 * M,
      maxOutputTokens: 384_000,
    });
    expect(catalog.lookup('deepseek', 'deepseek-v4-pro')).toMatchObject({
      source: 'curated',
      output: 3.96 * M,
    });
  });

  it("treats LiteLLM's 0 / 0 as unpriced, unless the model is marked free", () => {
    const { entries } = parseLiteLLM(
      {
        'gemini/gemini-exp-1206': {
          litellm_provider: 'gemini',
          mode: 'chat',
          input_cost_per_token: 0,
          output_cost_per_token: 0,
        },
        'openrouter/some/model:free': {
          litellm_provider: 'openrouter',
          mode: 'chat',
          input_cost_per_token: 0,
          output_cost_per_token: 0,
        },
      },
      '2026-11-20',
    );
    expect(entries.find((entry) => entry.model === 'gemini-exp-1206')).toMatchObject({
      input: null,
      output: null,
    });
    expect(entries.find((entry) => entry.model.endsWith(':free'))).toMatchObject({ input: 0, output: 0 });
    // The bundled snapshot was generated with the same rule: offline, such a model costs "unknown".
    expect(createDefaultCatalog().lookup('gemini', 'gemini-exp-1206')).toMatchObject({
      input: null,
      output: null,
    });
  });

  it('finds models by alias (-lightning ↔ -highspeed) and without a date suffix', () => {
    const catalog = createDefaultCatalog();
    expect(catalog.lookup('minimax', 'MiniMax-M2.5-lightning')?.model).toBe('MiniMax-M2.5-highspeed');
    expect(catalog.lookup('minimax', 'minimax-m2.7-20260901')?.model).toBe('MiniMax-M2.7');
    expect(candidateIds('claude-x-2025-09-29')).toEqual(['claude-x-2025-09-29', 'claude-x']);
    expect(catalog.lookup('openai', 'no-such-model')).toBeNull();
  });

  it('says whether a price is a guess', () => {
    const curated = CURATED_PRICES.find((entry) => entry.model === 'MiniMax-M2.7')!;
    const catalog = new PriceCatalog({
      curated: CURATED_PRICES,
      user: [{ ...curated, model: 'guessed', estimated: true }],
    });
    expect(catalog.isEstimated('minimax', 'MiniMax-M2.7')).toBe(false);
    expect(catalog.isEstimated('minimax', 'guessed')).toBe(true);
    expect(catalog.isEstimated('minimax', 'unknown-model')).toBe(true);
  });

  it('China prices are kept in CNY and used only for the China region', () => {
    const catalog = createDefaultCatalog();
    expect(catalog.lookup('minimax', 'MiniMax-M2.7', 'china')).toMatchObject({
      currency: 'CNY',
      input: 2.1 * M,
    });
    expect(catalog.lookup('minimax', 'MiniMax-M2.7')).toMatchObject({ currency: 'USD' });
    // No China price for M2.5: the global price stands in, marked as a guess.
    expect(catalog.lookup('minimax', 'MiniMax-M2.5', 'china')).toMatchObject({
      currency: 'USD',
      estimated: true,
    });
    expect(catalog.lookup('minimax', 'MiniMax-M2.5')).toMatchObject({ estimated: false });
  });
});

describe('replayed transcripts cost their list price (within 1 %)', () => {
  async function replayCost(file: string, provider: string, model: string): Promise<number | null> {
    let out = '';
    await runCli(['replay', join(FIXTURES, file), '--provider', provider, '--model', model, '--json'], {
      out: (text) => {
        out += text;
      },
      err: () => {},
      env: {},
    });
    return JSON.parse(out).cost.usd;
  }

  it.each([
    // 767 in (443 cached) and 172 out at 0.30 / 0.06 / 1.20 per 1M
    [
      'minimax-openai/stream-m27-think-tags-01.sse',
      'minimax',
      'MiniMax-M2.7',
      324 * 0.3 * M + 443 * 0.06 * M + 172 * 1.2 * M,
    ],
    // 78 in, 9 out at 0.15 / 0.60 per 1M
    ['openai/stream-text-include-usage-02.sse', 'openai', 'gpt-4o-mini', 78 * 0.15 * M + 9 * 0.6 * M],
    // 43 in, 282 out at 3 / 15 per 1M
    [
      'anthropic/stream-thinking-signature-01.sse',
      'anthropic',
      'claude-sonnet-4-5',
      43 * 3 * M + 282 * 15 * M,
    ],
  ])('%s', async (file, provider, model, expected) => {
    const usd = await replayCost(file, provider, model);
    expect(usd).not.toBeNull();
    expect(Math.abs((usd ?? 0) - expected) / expected).toBeLessThan(0.01);
  });

  it('an unknown model costs null, never $0', async () => {
    expect(await replayCost('openai/stream-text-include-usage-02.sse', 'openai', 'gpt-unknown-9')).toBeNull();
  });
});

describe('the catalog listing', () => {
  it("shows one row per model: a curated alias hides LiteLLM's entry of that name", () => {
    const rows = createDefaultCatalog()
      .all()
      .filter((entry) => entry.provider === 'minimax')
      .map((entry) => `${entry.model}${entry.region === 'china' ? '@china' : ''}:${entry.source}`);
    expect(rows).toContain('MiniMax-M2.5-highspeed:curated');
    expect(rows.some((row) => row.startsWith('MiniMax-M2.5-lightning'))).toBe(false);
    expect(rows).toContain('MiniMax-M2.7@china:curated');
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('arena prices --json lists MiniMax-M2.7 at $0.30 / $1.20 per 1M with source and date', async () => {
    let out = '';
    const code = await runCli(['prices', '--provider', 'minimax', '--json'], {
      out: (text) => {
        out += text;
      },
      err: () => {},
      env: {},
    });
    expect(code).toBe(0);
    const row = JSON.parse(out).find((entry: { model: string }) => entry.model === 'MiniMax-M2.7');
    expect(row).toEqual({
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      inputUsdPerToken: 0.3 * M,
      outputUsdPerToken: 1.2 * M,
      cacheReadUsdPerToken: 0.06 * M,
      cacheWriteUsdPerToken: 0.375 * M,
      contextWindow: 204_800,
      maxOutputTokens: 204_800,
      tier: 'STANDARD',
      quality: 38.13,
      qualityIndex: { index: 'aa-intelligence', version: 'v4.1' },
      attribution: 'Data: Artificial Analysis (artificialanalysis.ai)',
      qualityScores: expect.arrayContaining([
        {
          index: 'aa-intelligence',
          version: 'v4.1',
          date: '2026-07-10',
          variant: 'reasoning (always-on)',
          score: 38.13,
          estimated: false,
          source: expect.stringContaining('ed1690f664bd134e6f949b0764e781db0bea7f28'),
          attribution: 'Data: Artificial Analysis (artificialanalysis.ai)',
        },
      ]),
      source: 'curated',
      asOf: '2026-09-01',
      estimated: false,
    });
  });
});
