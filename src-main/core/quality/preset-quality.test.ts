// Every column of the Playground's built-in presets finds its row in the real prices table (from the
// prices.list route), with a tier and, where the sourced data scores the model, a quality score. The
// window's own lookup (factsFor, columnQuality) is what is tested, on main's real table.
import { describe, expect, it } from 'vitest';
import { columnQuality } from '../../../src-renderer/src/features/playground/column-quality.ts';
import { BUILTIN_PRESETS } from '../../../src-renderer/src/features/playground/presets/builtin-presets.ts';
import { factsFor } from '../../../src-renderer/src/features/playground/price-row-index.ts';
import type { ProviderId, ProviderInfo } from '../../../src-shared/domain.ts';
import { PROVIDER_IDS, TIERS } from '../../../src-shared/domain.ts';
import type { PriceTable } from '../../../src-shared/pricing.ts';
import { createTempCore } from '../core-test-support.ts';
import { sourcedScoreRows } from './quality-data-test-support.ts';

/** Data model ids with an AA Intelligence v4.1 score (the default index), read from the copied JSON. */
const MEASURED = new Set(
  sourcedScoreRows()
    .filter((row) => row.index === 'Artificial Analysis Intelligence Index' && row.version === 'v4.1')
    .map((row) => row.model.toLowerCase()),
);

async function call<T>(route: string): Promise<T> {
  const result = await createTempCore().call(route, undefined);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('the built-in presets in the Playground', () => {
  it('every preset column has a row, a tier and, where the data measured the model, a score', async () => {
    const table = await call<PriceTable>('prices.list');
    const listed = await call<ProviderInfo[]>('providers.list');
    const keyed = new Set<ProviderId>(PROVIDER_IDS);
    let scored = 0;
    for (const preset of BUILTIN_PRESETS) {
      for (const column of preset.columns(table.rows, listed, keyed)) {
        const name = `${preset.name}: ${column.provider}/${column.model}`;
        const row = factsFor(table, column.provider, column.model);
        // The column's own row (same provider, the id or one of its aliases), not merely some row.
        expect(row?.provider, name).toBe(column.provider);
        const ids = [row?.model ?? '', ...(row?.aliases ?? [])].map((id) => id.toLowerCase());
        expect(ids, name).toContain(column.model.toLowerCase());
        expect(TIERS, name).toContain(row?.tier);
        if (!MEASURED.has(column.model.toLowerCase())) continue;
        scored += 1;
        expect(columnQuality(table, column, {})?.view.shown?.score, name).toEqual(expect.any(Number));
      }
    }
    expect(scored).toBeGreaterThanOrEqual(9);
  });

  it('deepseek/deepseek-v4-flash finds the deepseek-flash row by its alias, with V4-Flash scores marked', async () => {
    const table = await call<PriceTable>('prices.list');
    const row = factsFor(table, 'deepseek', 'deepseek-v4-flash');
    expect(row?.model).toBe('deepseek-flash');
    const quality = columnQuality(table, { provider: 'deepseek', model: 'deepseek-v4-flash' }, {});
    expect(quality?.view.shown?.via).toContain('deepseek-v4-flash (V4-Flash)');
  });
});
