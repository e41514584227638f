// The base-URL policy (src-shared, so the window can warn as the user types) lists each provider's
// API origins itself: they must be exactly the ones its definition sends requests to.
import { describe, expect, it } from 'vitest';
import { baseUrlProblem, keyOriginsOf } from '../../../src-shared/base-url-policy.ts';
import { PROVIDERS } from './registry.ts';

const keyed = Object.values(PROVIDERS).filter((provider) => provider.id !== 'custom');

describe('where a stored key may go', () => {
  it.each(keyed.map((provider) => [provider.id, provider] as const))(
    '%s: exactly the origins of its base URLs, named as the provider is',
    (id, provider) => {
      const origins = Object.values(provider.baseUrls).flatMap((wires) =>
        Object.values(wires ?? {}).map((base) => new URL(base).origin),
      );
      expect([...keyOriginsOf(id)].sort()).toEqual([...new Set(origins)].sort());
      for (const base of Object.values(provider.baseUrls).flatMap((wires) => Object.values(wires ?? {})))
        expect(baseUrlProblem(id, base), base).toBeNull();
      expect(baseUrlProblem(id, 'https://elsewhere.invalid/v1')).toContain(`${provider.displayName} keys`);
    },
  );

  it('the custom provider: any server', () => {
    expect(keyOriginsOf('custom')).toEqual([]);
    expect(baseUrlProblem('custom', 'https://elsewhere.invalid/v1')).toBeNull();
  });
});
