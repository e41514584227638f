import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId, type Region, type WireId } from '../../../src-shared/domain.ts';
import { authHeaders } from './auth-headers.ts';
import { PROVIDERS } from './registry.ts';
import { resolveEndpoint } from './resolve-endpoint.ts';

const all = Object.values(PROVIDERS);

/** How each provider takes the key on each wire (PROVIDERS.md: Anthropic x-api-key, MiniMax Bearer on both). */
const AUTH: Record<ProviderId, Partial<Record<WireId, 'bearer' | 'x-api-key'>>> = {
  minimax: { 'openai-chat': 'bearer', 'anthropic-messages': 'bearer' },
  openai: { 'openai-chat': 'bearer' },
  anthropic: { 'anthropic-messages': 'x-api-key' },
  gemini: { 'openai-chat': 'bearer' },
  deepseek: { 'openai-chat': 'bearer' },
  moonshot: { 'openai-chat': 'bearer' },
  openrouter: { 'openai-chat': 'bearer' },
  custom: { 'openai-chat': 'bearer' },
};

/**
 * Where a key check asks, under the base URL (PROVIDERS.md "Key check"): GET /models, or /v1/models where
 * the base has no /v1 (Anthropic); none for MiniMax, whose model list has answered 404 at times, so a
 * 1-token completion.
 */
const KEY_CHECK_PATH: Record<ProviderId, string | undefined> = {
  minimax: undefined,
  openai: '/models',
  anthropic: '/v1/models',
  gemini: '/models',
  deepseek: '/models',
  moonshot: '/models',
  openrouter: '/models',
  custom: '/models',
};

describe('provider registry contract', () => {
  it('has exactly one definition per provider id, keyed by its own id', () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const [id, provider] of Object.entries(PROVIDERS)) expect(provider.id).toBe(id);
  });

  describe.each(all.map((provider) => [provider.id, provider] as const))('%s', (_id, provider) => {
    it('declares its default wire among its wires, with wire rules and auth for each', () => {
      expect(provider.wires).toContain(provider.defaultWire);
      expect(provider.auth).toEqual(AUTH[provider.id]);
      for (const wire of provider.wires) {
        if (wire === 'openai-chat') expect(provider.openai).toBeDefined();
        if (wire === 'anthropic-messages') expect(provider.anthropic).toBeDefined();
      }
    });

    it('has an https (or loopback) base URL for every wire in its default region', () => {
      for (const wire of provider.wires) {
        const base = provider.baseUrls[provider.defaultRegion]?.[wire];
        expect(base, `${provider.id} ${wire}`).toMatch(/^(https:\/\/|http:\/\/127\.0\.0\.1:)/);
      }
    });

    it('reads keys from environment variables and can tell a key kind', () => {
      expect(provider.keyEnv.length).toBeGreaterThan(0);
      for (const name of provider.keyEnv) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(provider.keyKind('')).toBe('none');
    });

    it('validates a key at its documented model list path, or by a 1-token completion', () => {
      expect(provider.modelListPath).toBe(KEY_CHECK_PATH[provider.id]);
    });

    it('has unique model ids and aliases', () => {
      const names = provider.models.flatMap((model) => [model.id, ...(model.aliases ?? [])]);
      expect(new Set(names).size).toBe(names.length);
    });

    it('sends the key only in its auth header', () => {
      for (const wire of provider.wires) {
        const headers = authHeaders(provider, wire, 'sk-canary-123');
        const carrying = Object.entries(headers).filter(([, value]) => value.includes('sk-canary-123'));
        expect(carrying).toHaveLength(1);
      }
    });
  });
});

describe('endpoint resolution', () => {
  it('uses the region and wire defaults', () => {
    const { minimax, moonshot } = PROVIDERS;
    expect(resolveEndpoint(minimax).chatUrl).toBe('https://api.minimax.io/v1/chat/completions');
    expect(resolveEndpoint(minimax, { region: 'china' }).chatUrl).toBe(
      'https://api.minimaxi.com/v1/chat/completions',
    );
    expect(resolveEndpoint(minimax, { wire: 'anthropic-messages' }).chatUrl).toBe(
      'https://api.minimax.io/anthropic/v1/messages',
    );
    expect(resolveEndpoint(moonshot, { region: 'china' }).chatUrl).toBe(
      'https://api.moonshot.cn/v1/chat/completions',
    );
    expect(resolveEndpoint(PROVIDERS.anthropic).chatUrl).toBe('https://api.anthropic.com/v1/messages');
  });

  it('a base URL ending in /anthropic selects the Anthropic wire for MiniMax', () => {
    const endpoint = resolveEndpoint(PROVIDERS.minimax, { baseUrl: 'http://127.0.0.1:9000/anthropic/' });
    expect(endpoint).toMatchObject({
      wire: 'anthropic-messages',
      chatUrl: 'http://127.0.0.1:9000/anthropic/v1/messages',
    });
  });

  it('a bare host gets the default path; a full base URL is kept as given', () => {
    expect(resolveEndpoint(PROVIDERS.minimax, { baseUrl: 'http://127.0.0.1:9000' }).chatUrl).toBe(
      'http://127.0.0.1:9000/v1/chat/completions',
    );
    expect(resolveEndpoint(PROVIDERS.custom, { baseUrl: 'http://127.0.0.1:9000/api/v2' }).chatUrl).toBe(
      'http://127.0.0.1:9000/api/v2/chat/completions',
    );
  });

  it("host overrides replace only the host of the chosen region; the path stays the wire's own", () => {
    const hosts = { minimax: { global: 'http://127.0.0.1:7001/ignored', china: 'http://127.0.0.1:7002' } };
    expect(resolveEndpoint(PROVIDERS.minimax, {}, hosts).chatUrl).toBe(
      'http://127.0.0.1:7001/v1/chat/completions',
    );
    expect(
      resolveEndpoint(PROVIDERS.minimax, { region: 'china', wire: 'anthropic-messages' }, hosts).chatUrl,
    ).toBe('http://127.0.0.1:7002/anthropic/v1/messages');
    expect(resolveEndpoint(PROVIDERS.minimax, { baseUrl: 'http://127.0.0.1:7003' }, hosts).chatUrl).toBe(
      'http://127.0.0.1:7003/v1/chat/completions',
    );
    expect(resolveEndpoint(PROVIDERS.openai, {}, hosts).chatUrl).toBe(
      'https://api.openai.com/v1/chat/completions',
    );
  });

  it('falls back to the default region when a provider has only one', () => {
    const region: Region = 'china';
    expect(resolveEndpoint(PROVIDERS.openai, { region }).region).toBe('global');
  });

  it('MiniMax key kinds come from the key prefix', () => {
    const { minimax } = PROVIDERS;
    expect(minimax.keyKind('sk-cp-abc')).toBe('token_plan');
    expect(minimax.keyKind('sk-api-abc')).toBe('pay_as_you_go');
    expect(minimax.keyKind('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')).toBe('legacy_jwt');
    expect(minimax.keyKind('something-else')).toBe('standard');
  });

  it('uses Bearer on both MiniMax wires, x-api-key plus a version for Anthropic', () => {
    expect(authHeaders(PROVIDERS.minimax, 'anthropic-messages', 'k')).toEqual({
      authorization: 'Bearer k',
      'anthropic-version': '2023-06-01',
    });
    expect(authHeaders(PROVIDERS.anthropic, 'anthropic-messages', 'k')).toEqual({
      'x-api-key': 'k',
      'anthropic-version': '2023-06-01',
    });
    expect(authHeaders(PROVIDERS.custom, 'openai-chat', undefined)).toEqual({});
  });
});
