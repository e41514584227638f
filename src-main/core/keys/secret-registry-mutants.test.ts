// The registry that keeps every key main has seen out of logs, errors and the renderer. The secrets
// here are not key-shaped on purpose: only the registry, not the key-shape patterns, can remove them.
import { describe, expect, it } from 'vitest';
import { SecretRegistry } from './secret-registry.ts';

const SECRET = 'hunter2-private-token';

describe('the secret registry', () => {
  it('knows nothing at first and changes no text', () => {
    const secrets = new SecretRegistry();
    expect(secrets.known()).toEqual([]);
    expect(secrets.redact('plain text')).toBe('plain text');
  });

  it('removes a key pasted with surrounding whitespace wherever the bare key appears', () => {
    const secrets = new SecretRegistry();
    secrets.add(`  ${SECRET}\n`);
    expect(secrets.known()).toEqual([SECRET]);
    expect(secrets.redactKnown(`sent ${SECRET}.`)).toBe('sent [redacted].');
  });

  it.each([
    ['', false],
    ['abcde', false],
    ['  abcde  ', false],
    ['abcdef', true],
  ])(
    'keeps secrets of 6 characters or more, so short common text is never scrubbed: %j → %s',
    (text, kept) => {
      const secrets = new SecretRegistry();
      secrets.add(text);
      expect(secrets.known()).toEqual(kept ? [text.trim()] : []);
    },
  );

  it('removes a key containing another whole, whatever order they were added in', () => {
    const secrets = new SecretRegistry();
    secrets.add('token-abc');
    secrets.add('token-abc-and-more');
    secrets.add('token-abc-and');
    expect(secrets.known()).toEqual(['token-abc-and-more', 'token-abc-and', 'token-abc']);
    expect(secrets.redactKnown('a token-abc-and-more b')).toBe('a [redacted] b');
    expect(secrets.redact('a token-abc-and-more b')).toBe('a [redacted] b');
  });

  it('forgets a removed key (given with or without whitespace), and only that one', () => {
    const secrets = new SecretRegistry();
    secrets.add(SECRET);
    secrets.add('other-private-token');
    secrets.remove(` ${SECRET} `);
    expect(secrets.known()).toEqual(['other-private-token']);
    expect(secrets.redactKnown(`${SECRET} other-private-token`)).toBe(`${SECRET} [redacted]`);
  });

  it('gives the same known() array until the set really changes, so callers may cache on it', () => {
    const secrets = new SecretRegistry();
    secrets.add(SECRET);
    const before = secrets.known();
    secrets.remove('never-added-token');
    expect(secrets.known()).toBe(before);
    secrets.remove(SECRET);
    expect(secrets.known()).not.toBe(before);
  });

  it('wraps a log so it prints every message, without known keys', () => {
    const secrets = new SecretRegistry();
    secrets.add(SECRET);
    const printed: string[] = [];
    const log = secrets.wrapLog((message) => printed.push(message));
    log(`request with ${SECRET} failed`);
    log('plain line');
    expect(printed).toEqual(['request with [redacted] failed', 'plain line']);
  });
});
