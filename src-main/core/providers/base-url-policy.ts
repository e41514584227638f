import type { ProviderDefinition } from './provider-definition.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
}

function ownOrigins(provider: ProviderDefinition): Set<string> {
  const origins = new Set<string>();
  for (const wires of Object.values(provider.baseUrls)) {
    for (const base of Object.values(wires ?? {})) if (base) origins.add(new URL(base).origin);
  }
  return origins;
}

/**
 * Why a base URL may not be used for a provider's stored key, or null when it may. The page asks
 * for the URL, but main attaches the key: without this, anything able to script the page could
 * send a stored key to a server of its choosing. A keyed provider's key goes only to that
 * provider's own hosts, or to a local proxy on this machine; any other server is the "custom"
 * provider, which has its own key.
 */
export function baseUrlRefusal(provider: ProviderDefinition, baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return `"${baseUrl}" is not a URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'A base URL must start with https:// or http://.';
  if (url.username || url.password) return 'Put credentials in the Keys page, not in the base URL.';
  if (provider.id === 'custom' || isLoopbackUrl(url)) return null;
  const origins = ownOrigins(provider);
  if (origins.has(url.origin)) return null;
  const hosts = [...origins].map((origin) => new URL(origin).host).join(' or ');
  return `${provider.displayName} keys are sent only to ${hosts} or to a server on this machine. For another server, use the OpenAI-compatible (custom) provider.`;
}
