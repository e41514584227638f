// The core's "Refresh quality scores": the stored Artificial Analysis key, the catalog's models, and
// the quality table the refreshed index versions go into.
import { join } from 'node:path';
import type { KeyVault } from '../../keys/key-vault.ts';
import type { PriceCatalog } from '../../pricing/price-catalog.ts';
import type { HostOverrides } from '../../providers/resolve-endpoint.ts';
import { JsonFileStore } from '../../store/json-file-store.ts';
import type { QualityTable } from '../quality-scores.ts';
import { catalogMatcher } from './model-match.ts';
import { QualityRefresher } from './quality-refresher.ts';

export interface QualityRefreshWiring {
  dataDir: string;
  vault: KeyVault;
  catalog: PriceCatalog;
  quality: QualityTable;
  /** Tests: Artificial Analysis at a loopback fake (its `global` host). */
  hosts?: HostOverrides;
  timeoutMs?: number;
  log: (message: string) => void;
}

export function createQualityRefresher(wiring: QualityRefreshWiring): QualityRefresher {
  const store = new JsonFileStore(join(wiring.dataDir, 'quality-refresh.json'));
  for (const notice of store.notices) wiring.log(notice.message);
  const host = wiring.hosts?.artificialanalysis?.global;
  return new QualityRefresher({
    store,
    keyFor: () => wiring.vault.keyFor('artificialanalysis'),
    matcher: () =>
      catalogMatcher(
        wiring.catalog.all().map(({ provider, model, aliases }) => ({ provider, model, aliases })),
      ),
    install: (refreshed) => wiring.quality.setRefreshed(refreshed.set),
    fetch: { ...(host ? { host } : {}), ...(wiring.timeoutMs ? { timeoutMs: wiring.timeoutMs } : {}) },
  });
}
