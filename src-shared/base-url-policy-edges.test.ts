// The rule: a keyed provider's key goes only to that provider's own origins or to this machine (true
// loopback: 127.0.0.0/8 and ::1). Names that merely look local (127.attacker.example, localhost.evil,
// 127.0.0.1.nip.io: their DNS is someone else's) never get a key. Numeric spellings of 127.x that the
// URL parser turns into a loopback address really connect to this machine, so they may.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseUrlProblem } from './base-url-policy.ts';
import type { ProviderId } from './domain.ts';

const KEYED: readonly ProviderId[] = [
  'minimax',
  'openai',
  'anthropic',
  'deepseek',
  'gemini',
  'moonshot',
  'openrouter',
];

describe('base URL policy: what counts as this machine', () => {
  it.each([
    ['[::1] (IPv6 loopback)', 'http://[::1]:8080/v1'],
    ['the IPv6 loopback written out', 'http://[0:0:0:0:0:0:0:1]/v1'],
    ['127.1 (short form of 127.0.0.1)', 'http://127.1:4000/v1'],
    ['0x7f.1 (hexadecimal)', 'http://0x7f.1/v1'],
    ['2130706433 (127.0.0.1 as one decimal number)', 'http://2130706433/v1'],
    ['0177.0.0.1 (octal)', 'http://0177.0.0.1/v1'],
    ['127.255.255.254 (anywhere in 127/8)', 'http://127.255.255.254/v1'],
    ['127.0.0.1. (a trailing dot on an address)', 'http://127.0.0.1./v1'],
    ['LOCALHOST in capitals', 'http://LOCALHOST:11434/v1'],
    ['a backslash the parser reads as a path', 'http://127.0.0.1:80\\@evil.example/v1'],
    ['@ after a fragment mark', 'http://127.0.0.1#@evil.example/'],
  ])('%s may get a key', (_name, url) => {
    for (const provider of KEYED) expect(baseUrlProblem(provider, url), `${provider} ${url}`).toBeNull();
  });

  it.each([
    ['127.attacker.example', 'http://127.attacker.example/v1'],
    ['127.0.0.1.nip.io (public DNS that answers 127.0.0.1)', 'http://127.0.0.1.nip.io/v1'],
    ['localhost.evil', 'http://localhost.evil/v1'],
    ['localhost. (a trailing dot: a DNS name, not the loopback name)', 'http://localhost./v1'],
    ['an encoded dot joining loopback to a domain', 'http://127.0.0.1%2eevil.example/v1'],
    ['127.0.0.1 as user info before evil.example', 'http://127.0.0.1@evil.example/v1'],
    ['evil.example as user info before 127.0.0.1', 'http://evil.example@127.0.0.1/v1'],
    ['0.0.0.0 (not loopback, whatever some systems do with it)', 'http://0.0.0.0/v1'],
    ['an IPv4-mapped IPv6 address', 'http://[::ffff:127.0.0.1]/v1'],
    ['another private address', 'http://192.168.1.20:11434/v1'],
    ['a look-alike with a dash', 'http://127-0-0-1.evil.example/v1'],
    ['the provider host as user info', 'https://api.openai.com@evil.example/v1'],
    ['the provider host in the fragment', 'https://evil.example/#https://api.openai.com'],
    ['the provider host in the query', 'https://evil.example/?https://api.openai.com'],
  ])('%s never gets a key', (_name, url) => {
    for (const provider of KEYED) {
      const problem = baseUrlProblem(provider, url);
      expect(problem, `${provider} ${url}`).not.toBeNull();
    }
  });

  it('a refusal says where the key may go instead', () => {
    expect(baseUrlProblem('openai', 'http://127.attacker.example/v1')).toMatch(
      /api\.openai\.com.*this machine.*custom/,
    );
    expect(baseUrlProblem('openai', 'http://127.0.0.1@evil.example/v1')).toMatch(/Keys page/);
  });

  it.each([
    ['ws://127.0.0.1:8080/v1'],
    ['file:///etc/passwd'],
    ['data:text/plain,hi'],
    ['javascript:alert(1)'],
    ['ftp://127.0.0.1/v1'],
  ])('%s: only http and https', (url) => {
    for (const provider of [...KEYED, 'custom' as const])
      expect(baseUrlProblem(provider, url)).not.toBeNull();
  });
});

describe("base URL policy: the provider's own origins, exactly", () => {
  it.each([
    ['openai', 'HTTPS://API.OPENAI.COM/v1'],
    ['openai', 'https://api.openai.com:443/v1'],
    ['anthropic', 'https://api.anthropic.com/'],
    ['minimax', 'https://api.minimaxi.com/v1'],
  ] as const)('%s may use %s (the same origin, spelled differently)', (provider, url) => {
    expect(baseUrlProblem(provider, url)).toBeNull();
  });

  it.each([
    ['openai', 'https://api.openai.com./v1'],
    ['openai', 'https://api.openai.com.evil.example/v1'],
    ['openai', 'https://evil.example/api.openai.com/v1'],
    ['openai', 'https://xapi.openai.com/v1'],
    ['anthropic', 'https://api.openai.com/v1'],
    ['deepseek', 'https://api.deepseek.com:444/v1'],
    ['gemini', 'http://generativelanguage.googleapis.com/v1beta/openai'],
  ] as const)('%s may not use %s', (provider, url) => {
    expect(baseUrlProblem(provider, url)).not.toBeNull();
  });

  it('no host name ending in an attacker domain is ever loopback (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const lookalike = fc
      .tuple(
        fc.constantFrom('127', '127.0.0.1', 'localhost', '127.1', '0x7f', '2130706433'),
        fc.array(label, { minLength: 1, maxLength: 3 }),
      )
      .map(([start, labels]) => `${start}.${labels.join('.')}.example`);
    fc.assert(
      fc.property(lookalike, fc.constantFrom(...KEYED), (host, provider) => {
        expect(baseUrlProblem(provider, `http://${host}/v1`), host).not.toBeNull();
      }),
    );
  });
});
