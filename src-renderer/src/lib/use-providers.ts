import { useEffect } from 'react';
import { create } from 'zustand';
import type { ProviderInfo } from '../../../src-shared/domain.ts';
import { getArena } from './arena.ts';

const useProviderStore = create<{ providers: ProviderInfo[] }>(() => ({ providers: [] }));

let loading: Promise<void> | null = null;

/** Asks main for the providers it knows, once per window. */
export function loadProviders(): Promise<void> {
  loading ??= (async () => {
    const result = await getArena()?.providers.list();
    if (result?.ok) useProviderStore.setState({ providers: result.value });
  })();
  return loading;
}

/** A provider's name as people know it ("MiniMax"), or its id until the list has loaded. */
export function providerName(id: string): string {
  return useProviderStore.getState().providers.find((provider) => provider.id === id)?.displayName ?? id;
}

/** The providers main knows, loaded once. */
export function useProviders(): ProviderInfo[] {
  const providers = useProviderStore((state) => state.providers);
  useEffect(() => {
    void loadProviders();
  }, []);
  return providers;
}
