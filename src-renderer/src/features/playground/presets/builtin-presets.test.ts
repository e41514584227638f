import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';
import { priceRow } from '../../../../../src-shared/pricing-test-support.ts';
import { BUILTIN_PRESETS, cheapestPerProvider, type ListedModels } from './builtin-presets.ts';

/** A row priced in dollars per million tokens. */
function row(
  provider: ProviderId,
  model: string,
  inputPerMillion: number | null,
  outputPerMillion: number | null,
  quality: number | null = null,
): PriceRow {
  return priceRow(provider, model, {
    inputUsdPerToken: inputPerMillion === null ? null : inputPerMillion / 1e6,
    outputUsdPerToken: outputPerMillion === null ? null : outputPerMillion / 1e6,
    quality,
  });
}

/** Each provider's listed models, in the order its definition lists them (src-main/core/providers/). */
const LISTED: ListedModels = [
  {
    id: 'minimax',
    models: [
      'MiniMax-M3',
      'MiniMax-M2.7',
      'MiniMax-M2.7-highspeed',
      'MiniMax-M2.5',
      'MiniMax-M2.5-highspeed',
      'MiniMax-M2.1',
      'MiniMax-M2.1-highspeed',
      'MiniMax-M2',
    ],
  },
  { id: 'openai', models: ['gpt-5', 'gpt-5-mini', 'gpt-4o', 'gpt-4o-mini'] },
  { id: 'anthropic', models: ['claude-sonnet-4-5', 'claude-haiku-4-5', 'claude-opus-4-1'] },
  { id: 'deepseek', models: ['deepseek-flash', 'deepseek-v4-pro', 'deepseek-v4-flash'] },
  { id: 'gemini', models: ['gemini-2.5-pro', 'gemini-2.5-flash'] },
  { id: 'moonshot', models: ['kimi-k2-0905-preview', 'kimi-k2-thinking'] },
  { id: 'openrouter', models: ['minimax/minimax-m2', 'openai/gpt-4o-mini', 'anthropic/claude-sonnet-4.5'] },
  { id: 'custom', models: [] },
];

/**
 * The curated and bundled prices of those models (USD per million, input / output; MiniMax and DeepSeek
 * curated, the rest LiteLLM's snapshot), plus rows the catalog also has for retired, legacy or
 * placeholder models that no provider lists.
 */
const ROWS = [
  row('minimax', 'MiniMax-M3', 0.3, 1.2),
  row('minimax', 'MiniMax-M2.7', 0.3, 1.2),
  row('minimax', 'MiniMax-M2.7-highspeed', 0.6, 2.4),
  row('minimax', 'MiniMax-M2.5', 0.3, 1.2),
  row('minimax', 'MiniMax-M2.1', 0.3, 1.2),
  row('minimax', 'MiniMax-M2', 0.3, 1.2, 61),
  row('minimax', 'MiniMax-Text-01', 0.2, 1.1),
  row('openai', 'gpt-5', 1.25, 10),
  row('openai', 'gpt-5-mini', 0.25, 2),
  row('openai', 'gpt-4o', 2.5, 10),
  row('openai', 'gpt-4o-mini', 0.15, 0.6),
  row('openai', 'gpt-4.1-nano', 0.1, 0.4),
  row('anthropic', 'claude-sonnet-4-5', 3, 15, 63),
  row('anthropic', 'claude-haiku-4-5', 1, 5, 55),
  row('anthropic', 'claude-opus-4-1', 15, 75),
  row('anthropic', 'claude-3-haiku-20240307', 0.25, 1.25),
  row('deepseek', 'deepseek-flash', 0.3, 1.2),
  row('deepseek', 'deepseek-v4-pro', 1.32, 3.96),
  row('deepseek', 'deepseek/deepseek-coder', 0.14, 0.28),
  row('gemini', 'gemini-2.5-pro', 1.25, 10, 60),
  row('gemini', 'gemini-2.5-flash', 0.3, 2.5, 54),
  row('gemini', 'gemini-2.0-flash-lite', 0.075, 0.3),
  row('moonshot', 'kimi-k2-0905-preview', 0.6, 2.5, 50),
  row('moonshot', 'kimi-k2-thinking', 0.6, 2.5, 67),
  row('moonshot', 'kimi-latest-8k', 0.2, 2),
  row('openrouter', 'minimax/minimax-m2', 0.255, 1.02, 61),
  row('openrouter', 'anthropic/claude-sonnet-4.5', 3, 15),
  row('openrouter', 'openrouter/free', 0, 0),
];

const ids = (columns: readonly { provider: string; model: string }[]) =>
  columns.map((column) => `${column.provider}/${column.model}`);

describe('cheapestPerProvider', () => {
  it('picks, for every provider, the cheapest model it lists; an equal price goes to the one listed first', () => {
    expect(ids(cheapestPerProvider(ROWS, LISTED, new Set()))).toEqual([
      // M3, M2.7, M2.5, M2.1 and M2 all cost $0.30 / $1.20: M3 is listed first.
      'minimax/MiniMax-M3',
      'openai/gpt-4o-mini',
      'anthropic/claude-haiku-4-5',
      'deepseek/deepseek-flash',
      'gemini/gemini-2.5-flash',
      // Both Kimi models cost $0.60 / $2.50: the preview is listed first.
      'moonshot/kimi-k2-0905-preview',
    ]);
  });

  it('takes only the providers you have a key for', () => {
    const keyed = new Set<ProviderId>(['openai', 'deepseek']);
    expect(ids(cheapestPerProvider(ROWS, LISTED, keyed))).toEqual([
      'openai/gpt-4o-mini',
      'deepseek/deepseek-flash',
    ]);
  });

  it('leaves out OpenRouter, a router to the other providers’ models, even with a key for it', () => {
    expect(cheapestPerProvider(ROWS, LISTED, new Set(['openrouter']))).toEqual([]);
  });

  it('never picks a free ($0) row, and skips a provider none of whose listed models has a price', () => {
    const rows = [row('gemini', 'gemini-2.5-flash', 0, 0), row('gemini', 'gemini-2.5-pro', null, null)];
    expect(cheapestPerProvider(rows, LISTED, new Set(['gemini']))).toEqual([]);
  });

  it('picks nothing before the providers have loaded', () => {
    expect(cheapestPerProvider(ROWS, [], new Set())).toEqual([]);
  });
});

describe('BUILTIN_PRESETS', () => {
  it('line up MiniMax against the field and the MiniMax family as the issue names them', () => {
    const byName = new Map(BUILTIN_PRESETS.map((preset) => [preset.name, preset]));
    const columnsOf = (name: string) => ids(byName.get(name)?.columns(ROWS, LISTED, new Set()) ?? []);
    expect(columnsOf('MiniMax vs the field')).toEqual([
      'minimax/MiniMax-M2.7',
      'openai/gpt-5-mini',
      'anthropic/claude-haiku-4-5',
      'deepseek/deepseek-v4-flash',
      'gemini/gemini-2.5-flash',
    ]);
    expect(columnsOf('MiniMax family')).toEqual([
      'minimax/MiniMax-M2.7',
      'minimax/MiniMax-M2.7-highspeed',
      'minimax/MiniMax-M2.5',
      'minimax/MiniMax-M3',
    ]);
    expect(columnsOf('Cheapest of each provider')).toHaveLength(6);
  });
});
