// Tier and quality score of a column's model, from the prices table main keeps.
import { useEffect } from 'react';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import { usePrices } from '../prices/prices-store.ts';

export { factsFor } from './price-row-index.ts';

let requested = false;

/** The prices table, loaded once for the Playground. */
export function usePriceTable(): PriceTable | null {
  const table = usePrices((state) => state.table);
  useEffect(() => {
    if (requested || usePrices.getState().table) return;
    requested = true;
    void usePrices.getState().load();
  }, []);
  return table;
}
