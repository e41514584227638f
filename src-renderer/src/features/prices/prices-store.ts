import { create } from 'zustand';
import type { ArenaError } from '../../../../src-shared/domain.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import type { QualityIndexRef } from '../../../../src-shared/quality.ts';
import { getArena } from '../../lib/arena.ts';

interface PricesState {
  table: PriceTable | null;
  refreshing: boolean;
  error: ArenaError | null;
  refreshingQuality: boolean;
  /** Why the last "Refresh quality scores" call itself failed (its usual failures are in the table's status). */
  qualityRefreshError: string | null;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  refreshQuality: () => Promise<void>;
  /** Saves the quality index every view uses; the table comes back scored on it. Resolves to the error, if any. */
  setQualityIndex: (index: QualityIndexRef) => Promise<ArenaError | null>;
}

export const usePrices = create<PricesState>((set) => ({
  table: null,
  refreshing: false,
  error: null,
  refreshingQuality: false,
  qualityRefreshError: null,
  load: async () => {
    const result = await getArena()?.prices.list();
    if (result) set(result.ok ? { table: result.value, error: null } : { error: result.error });
  },
  refresh: async () => {
    set({ refreshing: true });
    const result = await getArena()?.prices.refresh();
    set({
      refreshing: false,
      ...(result ? (result.ok ? { table: result.value, error: null } : { error: result.error }) : {}),
    });
  },
  refreshQuality: async () => {
    set({ refreshingQuality: true });
    const result = await getArena()?.prices.refreshQuality();
    set({
      refreshingQuality: false,
      ...(result
        ? result.ok
          ? { table: result.value, error: null, qualityRefreshError: null }
          : { qualityRefreshError: result.error.message }
        : {}),
    });
  },
  setQualityIndex: async (index) => {
    const result = await getArena()?.prices.setQualityIndex(index);
    if (!result) return null;
    set(result.ok ? { table: result.value, error: null } : { error: result.error });
    return result.ok ? null : result.error;
  },
}));
