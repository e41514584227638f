import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { UsableKeySummary } from '../../../src-shared/keys.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { type HostOverrides, resolveEndpoint } from '../providers/resolve-endpoint.ts';
import { remainsUrl } from './read-remains.ts';

/**
 * Where a Token Plan key's remains are read: the host the column talks to (its base URL or region),
 * else the key's region, else MiniMax's default region; `hosts` points tests at loopback.
 */
export function remainsUrlFor(key: UsableKeySummary, column?: ColumnSpec, hosts?: HostOverrides): string {
  const region = column?.region ?? key.region;
  const endpoint = resolveEndpoint(
    PROVIDERS.minimax,
    { ...(region ? { region } : {}), ...(column?.baseUrl ? { baseUrl: column.baseUrl } : {}) },
    hosts,
  );
  return remainsUrl(endpoint.baseUrl);
}
