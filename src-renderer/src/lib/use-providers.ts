import { useEffect } from 'react';
import { create } from 'zustand';
import type { ProviderInfo } from '../../../src-shared/domain.ts';
import { getArena } from './arena.ts';

const useProviderStore = create<{ providers: ProviderInfo[]; loaded: boolean }>(() => ({
  providers: [],
  loaded: false,
}));

/** The providers main knows, loaded once. */
export function useProviders(): ProviderInfo[] {
  const providers = useProviderStore((state) => state.providers);
  useEffect(() => {
    if (useProviderStore.getState().loaded) return;
    useProviderStore.setState({ loaded: true });
    void getArena()
      ?.providers.list()
      .then((result) => result.ok && useProviderStore.setState({ providers: result.value }));
  }, []);
  return providers;
}
