// Tier and quality score of a column's model, from the prices table main keeps.
import { useEffect } from 'react';
import type { PriceRow, PriceTable } from '../../../../src-shared/pricing.ts';
import { usePrices } from '../prices/prices-store.ts';

const indexes = new WeakMap<PriceTable, Map<string, PriceRow>>();

function indexOf(table: PriceTable): Map<string, PriceRow> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const row of table.rows) {
      index.set(`${row.provider}/${row.model}`, row);
      // Ids typed in another case still find their row; the exact spelling wins.
      const lower = `${row.provider}/${row.model}`.toLowerCase();
      if (!index.has(lower)) index.set(lower, row);
    }
    indexes.set(table, index);
  }
  return index;
}

/** The row for this provider's model, when the table has one. */
export function factsFor(table: PriceTable | null, provider: string, model: string): PriceRow | null {
  if (!table) return null;
  const index = indexOf(table);
  const id = `${provider}/${model}`;
  return index.get(id) ?? index.get(id.toLowerCase()) ?? null;
}

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
