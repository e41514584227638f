// The presets every user has: two fixed line-ups around MiniMax, and the cheapest model of each provider
// computed from the price table. Pure: the menu supplies the table and the providers with keys.
import { MAX_COLUMNS } from '../../../../../src-shared/compare.ts';
import { PROVIDER_IDS, type ProviderId } from '../../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';
import type { ColumnSetup } from '../../../../../src-shared/settings.ts';

export interface BuiltinPreset {
  name: string;
  description: string;
  columns(rows: readonly PriceRow[], keyed: ReadonlySet<ProviderId>): ColumnSetup[];
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

/**
 * For each provider you have a key for (every provider when you have none), its cheapest priced model
 * by blended price; a tie goes to the higher quality score, then the name. In provider order.
 */
export function cheapestPerProvider(
  rows: readonly PriceRow[],
  keyed: ReadonlySet<ProviderId>,
): ColumnSetup[] {
  const best = new Map<ProviderId, { row: PriceRow; price: number }>();
  for (const row of rows) {
    if (keyed.size > 0 && !keyed.has(row.provider)) continue;
    const price = blendedPrice(row);
    if (price === null) continue;
    const current = best.get(row.provider);
    if (!current || isBetter(row, price, current.row, current.price)) best.set(row.provider, { row, price });
  }
  return PROVIDER_IDS.flatMap((provider) => {
    const entry = best.get(provider);
    return entry ? [{ provider, model: entry.row.model }] : [];
  }).slice(0, MAX_COLUMNS);
}

function isBetter(row: PriceRow, price: number, than: PriceRow, thanPrice: number): boolean {
  if (price !== thanPrice) return price < thanPrice;
  const quality = row.quality ?? -1;
  const thanQuality = than.quality ?? -1;
  if (quality !== thanQuality) return quality > thanQuality;
  return row.model.localeCompare(than.model) < 0;
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
    description: 'The cheapest priced model of each provider you have a key for',
    columns: cheapestPerProvider,
  },
];
