import type { Region, WireId } from '../../../src-shared/domain.ts';
import type { KeyOwner } from '../../../src-shared/keys.ts';
import type { ProviderDefinition } from './provider-definition.ts';

export interface EndpointChoice {
  region?: Region;
  /** A user override: replaces the default base URL (a host alone gets the default path). */
  baseUrl?: string;
  wire?: WireId;
}

/**
 * Replaces providers' (and data sources', at `global`) default hosts per region (tests point them at
 * loopback); paths stay the provider's own.
 */
export type HostOverrides = Partial<Record<KeyOwner, Partial<Record<Region, string>>>>;

export interface ResolvedEndpoint {
  wire: WireId;
  region: Region;
  /** Base URL without a trailing slash. */
  baseUrl: string;
  /** The full URL the chat request goes to. */
  chatUrl: string;
}

const CHAT_PATH: Record<WireId, string> = {
  'openai-chat': '/chat/completions',
  'anthropic-messages': '/v1/messages',
};

/** A scan, not /\/+$/: that regex retries from every slash of a long run, quadratic on user input. */
function trimSlash(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

/**
 * Picks wire, region and URL. A base URL ending in /anthropic means the Anthropic wire (MiniMax);
 * a bare host gets the provider's default path, so "https://api.minimax.io" works as typed.
 */
export function resolveEndpoint(
  provider: ProviderDefinition,
  choice: EndpointChoice = {},
  hosts?: HostOverrides,
): ResolvedEndpoint {
  const override = choice.baseUrl ? trimSlash(choice.baseUrl.trim()) : undefined;
  const chosen = choice.region && provider.baseUrls[choice.region] ? choice.region : undefined;
  const region =
    chosen ?? (override ? regionServing(provider, override) : undefined) ?? provider.defaultRegion;
  const impliedWire =
    override && /\/anthropic$/i.test(override) && provider.wires.includes('anthropic-messages')
      ? 'anthropic-messages'
      : undefined;
  const wanted = choice.wire ?? impliedWire ?? provider.defaultWire;
  const wire = provider.wires.includes(wanted) ? wanted : provider.defaultWire;
  const defaultBase = provider.baseUrls[region]?.[wire] ?? provider.baseUrls[provider.defaultRegion]?.[wire];
  if (!defaultBase) throw new Error(`${provider.displayName} has no ${wire} endpoint for region ${region}.`);

  let baseUrl = trimSlash(defaultBase);
  const host = hosts?.[provider.id]?.[region];
  if (host && !override) baseUrl = trimSlash(`${new URL(host).origin}${new URL(defaultBase).pathname}`);
  if (override) {
    const url = new URL(override);
    baseUrl =
      url.pathname === '/' || url.pathname === ''
        ? `${url.origin}${new URL(defaultBase).pathname}`
        : override;
    baseUrl = trimSlash(baseUrl);
  }
  return { wire, region, baseUrl, chatUrl: `${baseUrl}${CHAT_PATH[wire]}` };
}

/** The region whose own host a base URL points at (https://api.minimaxi.com/… is China), if any. */
function regionServing(provider: ProviderDefinition, baseUrl: string): Region | undefined {
  const origin = new URL(baseUrl).origin;
  const regions = Object.keys(provider.baseUrls) as Region[];
  return regions.find((region) =>
    Object.values(provider.baseUrls[region] ?? {}).some((base) => base && new URL(base).origin === origin),
  );
}

/** The other region's endpoint, for MiniMax's "key belongs to the other region" check. */
export function otherRegion(provider: ProviderDefinition, region: Region): Region | null {
  const other: Region = region === 'global' ? 'china' : 'global';
  return provider.baseUrls[other] ? other : null;
}
