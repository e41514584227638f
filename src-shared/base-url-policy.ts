/**
 * Where a provider's stored key may be sent. The page asks for a base URL, but main attaches the
 * key: without this policy, anything able to script the page could send a stored key to a server of
 * its choosing. A keyed provider's key goes only to that provider's own hosts, or to a local proxy
 * on this machine; any other server is the "custom" provider, which has its own key. Main enforces
 * it before anything is sent; the column settings use it to warn as the user types.
 */
import type { ProviderId } from './domain.ts';

interface KeyDestinations {
  name: string;
  /** The provider's API origins, every region and wire (kept equal to its definition's base URLs by a test). */
  origins: readonly string[];
}

const KEY_DESTINATIONS: ReadonlyMap<ProviderId, KeyDestinations> = new Map([
  ['minimax', { name: 'MiniMax', origins: ['https://api.minimax.io', 'https://api.minimaxi.com'] }],
  ['openai', { name: 'OpenAI', origins: ['https://api.openai.com'] }],
  ['anthropic', { name: 'Anthropic', origins: ['https://api.anthropic.com'] }],
  ['deepseek', { name: 'DeepSeek', origins: ['https://api.deepseek.com'] }],
  ['gemini', { name: 'Google Gemini', origins: ['https://generativelanguage.googleapis.com'] }],
  ['moonshot', { name: 'Moonshot (Kimi)', origins: ['https://api.moonshot.ai', 'https://api.moonshot.cn'] }],
  ['openrouter', { name: 'OpenRouter', origins: ['https://openrouter.ai'] }],
]);

/** The origins a provider's key may go to besides this machine (custom: none listed, any server is allowed). */
export function keyOriginsOf(provider: ProviderId): readonly string[] {
  return KEY_DESTINATIONS.get(provider)?.origins ?? [];
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** A server on this machine (the URL parser has already normalized forms such as 127.1). */
export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || LOOPBACK_IPV4.test(url.hostname);
}

/**
 * Why `baseUrl` may not be used with `provider`'s key, saying what to do instead; null when it may.
 */
export function baseUrlProblem(provider: ProviderId, baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return `"${baseUrl}" is not a URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'A base URL must start with https:// or http://.';
  if (url.username || url.password) return 'Put credentials in the Keys page, not in the base URL.';
  if (provider === 'custom' || isLoopbackUrl(url)) return null;
  const destinations = KEY_DESTINATIONS.get(provider);
  if (destinations?.origins.includes(url.origin)) return null;
  // Fails closed: a provider missing from the table may use this machine only.
  const hosts = (destinations?.origins ?? []).map((origin) => new URL(origin).host);
  const where = hosts.length
    ? `${hosts.join(' or ')} or to a server on this machine`
    : 'a server on this machine';
  return `${destinations?.name ?? provider} keys are sent only to ${where}. For another server, use the OpenAI-compatible (custom) provider.`;
}
