// The presets every user has: two fixed line-ups around MiniMax, and the cheapest model of each provider
// computed from the price table. Pure: the menu supplies the table and the providers with keys.
import { MAX_COLUMNS } from '../../../../../src-shared/compare.ts';
import { PROVIDER_IDS, type ProviderId, type ProviderInfo } from '../../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';
import type { ColumnSetup } from '../../../../../src-shared/settings.ts';

/** Each provider's listed models, current ones first, as providers.list gives them. */
export type ListedModels = readonly Pick<ProviderInfo, 'id' | 'models'>[];

export interface BuiltinPreset {
  name: string;
  description: string;
  columns(rows: readonly PriceRow[], listed: ListedModels, keyed: ReadonlySet<ProviderId>): ColumnSetup[];
}

const fixed = (...ids: [ProviderId, string][]) => ids.map(([provider, model]) => ({ provider, model }));

const MINIMAX_VS_THE_FIELD = fixed(
  ['minimax', 'MiniMax-M2.7'],
  ['openai', 'gpt-5-mini'],
  ['anthropic', 'claude-haiku-4-5'],
  ['deepseek', 'deepseek-v4-flash'],
  ['gemini', 'gemini-2.5-flash'],
);

const MINIMAX_FAMILY = fixed(
  ['minimax', 'MiniMax-M2.7'],
  ['minimax', 'MiniMax-M2.7-highspeed'],
  ['minimax', 'MiniMax-M2.5'],
  ['minimax', 'MiniMax-M3'],
);

/** Dollars per token at 3 input tokens to 1 output token, as the advisor and price table weigh them. */
export function blendedPrice(row: PriceRow): number | null {
  if (row.inputUsdPerToken === null || row.outputUsdPerToken === null) return null;
  return (row.inputUsdPerToken * 3 + row.outputUsdPerToken) / 4;
}

/** A router to other providers' models: those providers' own columns already stand for them. */
const ROUTERS: ReadonlySet<ProviderId> = new Set(['openrouter']);

/**
 * For each provider you have a key for (every provider when you have none), the cheapest model it lists
 * by blended price. Only listed models: the price table also prices retired, legacy and placeholder ids.
 * A $0 price is a free tier or a placeholder, not a list price. An equal price goes to the model the
 * provider lists first (its definition lists current models first). In provider order.
 */
export function cheapestPerProvider(
  rows: readonly PriceRow[],
  listed: ListedModels,
  keyed: ReadonlySet<ProviderId>,
): ColumnSetup[] {
  const prices = new Map<string, number>();
  for (const row of rows) {
    const price = blendedPrice(row);
    if (price !== null && price > 0) prices.set(`${row.provider}/${row.model}`, price);
  }
  const best = new Map<ProviderId, string>();
  for (const { id, models } of listed) {
    if (ROUTERS.has(id) || (keyed.size > 0 && !keyed.has(id))) continue;
    let cheapest: { model: string; price: number } | null = null;
    for (const model of models) {
      const price = prices.get(`${id}/${model}`);
      if (price !== undefined && (cheapest === null || price < cheapest.price)) cheapest = { model, price };
    }
    if (cheapest) best.set(id, cheapest.model);
  }
  return PROVIDER_IDS.flatMap((provider) => {
    const model = best.get(provider);
    return model ? [{ provider, model }] : [];
  }).slice(0, MAX_COLUMNS);
}

export const BUILTIN_PRESETS: readonly BuiltinPreset[] = [
  {
    name: 'MiniMax vs the field',
    description: 'MiniMax-M2.7 against gpt-5-mini, claude-haiku-4-5, deepseek-v4-flash and gemini-2.5-flash',
    columns: () => MINIMAX_VS_THE_FIELD,
  },
  {
    name: 'MiniMax family',
    description: 'MiniMax-M2.7, M2.7-highspeed, M2.5 and M3',
    columns: () => MINIMAX_FAMILY,
  },
  {
    name: 'Cheapest of each provider',
    description: 'The cheapest model each provider you have a key for lists (OpenRouter aside)',
    columns: cheapestPerProvider,
  },
];
