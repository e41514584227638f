// What the Keys page says about how keys are kept, and what the vault says when it refuses. The
// expectations are the facts a user must read: DESIGN.md section 4 ("Keys"): on Linux the basic_text
// backend is no protection, so say so and require the user's explicit consent before storing.
import { describe, expect, it } from 'vitest';
import { arenaErrorOf } from '../http/http-test-support.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { CipherBackend } from './cipher.ts';
import { MemoryStore } from './key-value-store.ts';
import { KeyVault } from './key-vault.ts';
import { SecretRegistry } from './secret-registry.ts';
import { storageChoices, vaultStatus } from './vault-status.ts';

describe('storage choices per backend', () => {
  it.each<[CipherBackend, string[]]>([
    // The OS keychain protects keys: nothing to choose.
    ['os', []],
    // Weak but working encryption: the user may store anyway, or keep keys for the session.
    ['basic_text', ['session', 'persist']],
    // No promise about the disk: session only.
    ['unknown', ['session']],
    ['memory', ['session']],
  ])('%s → %j', (backend, choices) => {
    expect(storageChoices(backend)).toEqual(choices);
  });
});

describe('what the Keys page says about storage', () => {
  const status = (backend: CipherBackend, consent: unknown, persistent = true) =>
    vaultStatus({ backend, description: 'GNOME libsecret', consent, persistent });

  it('a key store that could not be opened: keys live for this session only, nothing to choose', () => {
    const { mode, message, choices } = status('os', undefined, false);
    expect([mode, choices]).toEqual(['session', []]);
    expect(message).toContain('could not be opened');
    expect(message).toContain('this session only');
    expect(message).toContain('forgotten when the app quits');
  });

  it('an OS keychain: names what encrypts the keys', () => {
    const { mode, message, choices } = status('os', undefined);
    expect([mode, choices]).toEqual(['encrypted', []]);
    expect(message).toContain('encrypted with GNOME libsecret');
  });

  it('no keyring, no choice yet: says anyone who reads the files reads the keys, and offers no keyring remedy', () => {
    const { mode, message } = status('basic_text', undefined);
    expect(mode).toBe('needs_consent');
    expect(message).toContain('anyone who can read your files can read the keys');
    expect(message.endsWith('can read the keys.')).toBe(true);
  });

  it('no keyring, stored anyway: still says it is weak, and that the user chose it', () => {
    const { mode, message } = status('basic_text', 'persist');
    expect(mode).toBe('encrypted');
    expect(message).toContain('anyone who can read your files can read the keys');
    expect(message).toContain('You chose to store them anyway');
  });

  it('no keyring, this session only: says the keys are forgotten when the app quits', () => {
    const { mode, message } = status('basic_text', 'session');
    expect(mode).toBe('session');
    expect(message).toContain('anyone who can read your files can read the keys');
    expect(message).toContain('forgotten when the app quits');
  });

  it('an unknown backend: cannot promise safety on disk, and says how to get a keyring', () => {
    const { mode, message, choices } = status('unknown', undefined);
    expect([mode, choices]).toEqual(['needs_consent', ['session']]);
    expect(message).toContain('cannot promise they are safe on disk');
    expect(message).not.toContain('fixed password');
    expect(message).toContain('start a keyring');
  });
});

describe('what the vault says when it refuses', () => {
  function vault(backend: CipherBackend) {
    return new KeyVault({
      cipher: createAesGcmCipher(Buffer.alloc(32, 5), backend, 'test cipher'),
      store: new MemoryStore(),
      secrets: new SecretRegistry(),
    });
  }

  it('a key removed meanwhile: says it no longer exists', async () => {
    const keys = vault('os');
    const key = await keys.add({ provider: 'openai', key: 'sk-proj-removed-meanwhile-1' });
    keys.remove(key.id);
    const error = await arenaErrorOf(Promise.resolve().then(() => keys.update(key.id, { label: 'New' })));
    expect(error).toMatchObject({ kind: 'invalid_input', field: 'id' });
    expect(error.message).toContain('no longer exists');
  });

  it('a key added before the storage choice: asks the user to choose, naming both choices', async () => {
    const error = await arenaErrorOf(
      vault('basic_text').add({ provider: 'openai', key: 'sk-proj-no-choice-2' }),
    );
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('Choose how to keep keys first');
    expect(error.message).toContain('Store them anyway');
    expect(error.message).toContain('this session only');
  });

  it('"store anyway" where the disk cannot be promised safe: keys stay for this session only', async () => {
    const error = await arenaErrorOf(vault('unknown').choose('persist'));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('keeps them for this session only');
  });

  it('"this session only" where the keychain already protects keys: nothing to change', async () => {
    const error = await arenaErrorOf(vault('os').choose('session'));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('already kept the only way this system allows');
  });
});
