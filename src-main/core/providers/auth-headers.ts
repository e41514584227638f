import type { WireId } from '../../../src-shared/domain.ts';
import type { ProviderDefinition } from './provider-definition.ts';

export const ANTHROPIC_VERSION = '2023-06-01';

/** The headers that carry the key (and the wire's version header). The key never goes elsewhere. */
export function authHeaders(
  provider: ProviderDefinition,
  wire: WireId,
  key: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (wire === 'anthropic-messages') headers['anthropic-version'] = ANTHROPIC_VERSION;
  if (!key) return headers;
  const scheme = provider.auth[wire] ?? 'bearer';
  if (scheme === 'x-api-key') headers['x-api-key'] = key;
  else headers.authorization = `Bearer ${key}`;
  return headers;
}
