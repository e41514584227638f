import { create } from 'zustand';
import type { ArenaError } from '../../../../src-shared/domain.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import { getArena } from '../../lib/arena.ts';

interface PricesState {
  table: PriceTable | null;
  refreshing: boolean;
  error: ArenaError | null;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
}

export const usePrices = create<PricesState>((set) => ({
  table: null,
  refreshing: false,
  error: null,
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
}));
