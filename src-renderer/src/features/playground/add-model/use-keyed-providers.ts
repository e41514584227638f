// Which providers the user can call: those with a stored key, and those that need none.
import { useEffect, useMemo } from 'react';
import type { ProviderId } from '../../../../../src-shared/domain.ts';
import { isDataSource, isUsableKey } from '../../../../../src-shared/keys.ts';
import { getArena } from '../../../lib/arena.ts';
import { useProviders } from '../../../lib/use-providers.ts';
import { useKeys } from '../../keys/keys-store.ts';
import type { KeyedProviders } from './model-options.ts';

let requested = false;

/** The stored keys' providers and the keyless ones; loads the key list once if no page has yet. */
export function useKeyedProviders(): KeyedProviders {
  const keys = useKeys((state) => state.keys);
  const providers = useProviders();
  useEffect(() => {
    if (requested || useKeys.getState().status || !getArena()) return;
    requested = true;
    void useKeys.getState().load();
  }, []);
  return useMemo(
    () => ({
      // A data source's key (Artificial Analysis) calls no model.
      keyed: new Set<ProviderId>(
        keys.filter(isUsableKey).flatMap((key) => (isDataSource(key.provider) ? [] : [key.provider])),
      ),
      keyless: new Set<ProviderId>(
        providers.filter((provider) => provider.keyOptional).map((provider) => provider.id),
      ),
    }),
    [keys, providers],
  );
}
