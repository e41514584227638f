// A column's input price for the prompt estimate: the price table's row, and for a MiniMax column
// in the China region (billed in CNY) that price converted at the shared, dated rate, marked estimated.
import type { Region } from '../../../../../src-shared/domain.ts';
import { isUsableKey, type KeySummary } from '../../../../../src-shared/keys.ts';
import { CNY_PER_USD, type PriceRow } from '../../../../../src-shared/pricing.ts';
import type { PlaygroundColumn } from '../setup-store.ts';
import { type InputPrice, usdInputPrice } from './prompt-cost.ts';

/** The region a column runs in: its own setting, else its key's (main does the same), else global. */
export function regionOf(column: PlaygroundColumn, keys: readonly KeySummary[]): Region {
  if (column.region) return column.region;
  if (column.baseUrl) return 'global';
  const usable = keys.filter(isUsableKey).filter((key) => key.provider === column.provider);
  const key = column.keyId
    ? usable.find((candidate) => candidate.id === column.keyId)
    : (usable.find((candidate) => candidate.isDefault) ?? usable[0]);
  return key?.region ?? 'global';
}

export function columnInputPrice(row: PriceRow | null, region: Region, provider: string): InputPrice | null {
  const usd = usdInputPrice(row);
  if (!usd || region !== 'china' || provider !== 'minimax') return usd;
  return { perToken: usd.perToken * CNY_PER_USD.rate, currency: 'CNY', estimated: true };
}
