import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { UsableKeySummary } from '../../../src-shared/keys.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { type HostOverrides, otherRegion, resolveEndpoint } from '../providers/resolve-endpoint.ts';
import { remainsUrl } from './read-remains.ts';

/**
 * Where a Token Plan key's remains are read: the host the column talks to (its base URL or region),
 * else the key's region; a key with no region set is tried on MiniMax's default region, then the
 * other (as a run tries them). `hosts` points tests at loopback.
 */
export function remainsUrlsFor(key: UsableKeySummary, column?: ColumnSpec, hosts?: HostOverrides): string[] {
  const minimax = PROVIDERS.minimax;
  const region = column?.region ?? key.region;
  if (column?.baseUrl || region) {
    const endpoint = resolveEndpoint(
      minimax,
      { ...(region ? { region } : {}), ...(column?.baseUrl ? { baseUrl: column.baseUrl } : {}) },
      hosts,
    );
    return [remainsUrl(endpoint.baseUrl)];
  }
  const second = otherRegion(minimax, minimax.defaultRegion);
  return [minimax.defaultRegion, ...(second ? [second] : [])].map((candidate) =>
    remainsUrl(resolveEndpoint(minimax, { region: candidate }, hosts).baseUrl),
  );
}
