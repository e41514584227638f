import { PROVIDER_IDS, type ProviderId } from '../../../src-shared/domain.ts';
import { PROVIDERS } from '../providers/registry.ts';
import type { SecretRegistry } from './secret-registry.ts';

/** Where a request's key comes from: the vault in the app, the environment in the CLI. */
export interface KeySource {
  /**
   * The plaintext key, only for the request about to be sent (the vault decrypts asynchronously):
   * the stored key `keyId` when a column chose one, else the provider's default. The environment holds
   * one key per provider and ignores `keyId`.
   */
  keyFor(provider: ProviderId, keyId?: string): string | undefined | Promise<string | undefined>;
}

/** Old names some setups still use, mapped to the provider they mean. */
export const LEGACY_KEY_ALIASES: Readonly<Record<string, ProviderId>> = {
  MINIMAX_2_7_API_KEY: 'minimax',
};

/** Environment variable names for a provider, in precedence order: its own list, then legacy aliases. */
export function keyEnvNames(provider: ProviderId): string[] {
  const aliases = Object.entries(LEGACY_KEY_ALIASES)
    .filter(([, target]) => target === provider)
    .map(([name]) => name);
  return [...PROVIDERS[provider].keyEnv, ...aliases];
}

export function envKeySource(env: Readonly<Record<string, string | undefined>>): KeySource {
  return {
    keyFor(provider) {
      for (const name of keyEnvNames(provider)) {
        const value = env[name]?.trim();
        if (value) return value;
      }
      return undefined;
    },
  };
}

/** Every provider key set in the environment goes into the registry, so no output can print one. */
export function registerEnvKeys(
  env: Readonly<Record<string, string | undefined>>,
  secrets: SecretRegistry,
): void {
  for (const provider of PROVIDER_IDS) {
    for (const name of keyEnvNames(provider)) {
      // Stryker disable next-line MethodExpression: SecretRegistry.add trims too, and drops a blank value as too short
      const value = env[name]?.trim();
      if (value) secrets.add(value);
    }
  }
}
