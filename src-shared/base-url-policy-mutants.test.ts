// Cases the mutation run showed the base URL tests never reached: the policy fails closed for a
// provider it has no origins for (one added to the app but not yet to the policy's table), and
// isLoopbackUrl, which other key destinations (Artificial Analysis) call with any URL, not only http(s).
import { describe, expect, it } from 'vitest';
import { baseUrlProblem, isLoopbackUrl } from './base-url-policy.ts';
import type { ProviderId } from './domain.ts';

describe('base URL policy for a provider missing from its table', () => {
  const unlisted = 'newcomer' as ProviderId;

  it('allows only this machine and says so', () => {
    expect(baseUrlProblem(unlisted, 'http://127.0.0.1:8080/v1')).toBeNull();
    expect(baseUrlProblem(unlisted, 'https://api.newcomer.example/v1')).toBe(
      'newcomer keys are sent only to a server on this machine. For another server, use the OpenAI-compatible (custom) provider.',
    );
  });
});

describe('isLoopbackUrl outside http(s)', () => {
  it('a URL with no host is no server on this machine', () => {
    expect(isLoopbackUrl(new URL('file:///etc/hosts'))).toBe(false);
  });

  it('a host whose name only ends like a loopback address is not one', () => {
    // Outside http(s) the URL parser keeps such a host name as it is instead of rejecting it.
    expect(new URL('app://evil127.0.0.1/').hostname).toBe('evil127.0.0.1');
    expect(isLoopbackUrl(new URL('app://evil127.0.0.1/'))).toBe(false);
    expect(isLoopbackUrl(new URL('app://127.0.0.1/'))).toBe(true);
  });
});
