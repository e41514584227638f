// A column's row in the prices table main keeps, by the id the column calls (pure: main's tests use it).
import type { PriceRow, PriceTable } from '../../../../src-shared/pricing.ts';

const indexes = new WeakMap<PriceTable, Map<string, PriceRow>>();

/**
 * Every id a row answers to: its own, then its aliases (deepseek-v4-flash → the deepseek-flash row),
 * then each lower-cased for ids typed in another case; an id already taken keeps its first row.
 */
function buildIndex(table: PriceTable): Map<string, PriceRow> {
  const byId = new Map<string, PriceRow>();
  const add = (id: string, row: PriceRow) => {
    if (!byId.has(id)) byId.set(id, row);
  };
  for (const row of table.rows) add(`${row.provider}/${row.model}`, row);
  for (const row of table.rows) for (const alias of row.aliases ?? []) add(`${row.provider}/${alias}`, row);
  for (const [id, row] of [...byId]) add(id.toLowerCase(), row);
  return byId;
}

function indexOf(table: PriceTable): Map<string, PriceRow> {
  let index = indexes.get(table);
  if (!index) {
    index = buildIndex(table);
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
