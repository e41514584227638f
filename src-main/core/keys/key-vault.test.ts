import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUsableKey } from '../../../src-shared/keys.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher, CipherBackend } from './cipher.ts';
import { KeyDecryptError } from './key-decrypt-error.ts';
import { KeyVault } from './key-vault.ts';
import { SecretRegistry } from './secret-registry.ts';

const CANARY = 'sk-cp-CANARY-0123456789abcdef-7f3a';

function setup(
  backend: CipherBackend = 'os',
  file = join(mkdtempSync(join(tmpdir(), 'arena-vault-')), 'keys.json'),
) {
  const secrets = new SecretRegistry();
  const cipher = createAesGcmCipher(Buffer.alloc(32, 7), backend, 'a test keychain');
  let id = 0;
  const vault = new KeyVault({ cipher, store: new JsonFileStore(file), secrets, newId: () => `key-${++id}` });
  return { vault, file, secrets };
}

describe('key vault', () => {
  it('stores only ciphertext: the file on disk never holds the plaintext', async () => {
    const { vault, file } = setup();
    await vault.add({ provider: 'minimax', label: 'Work', key: CANARY });
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
    expect(bytes.includes(Buffer.from('CANARY'))).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(CANARY).toString('base64')))).toBe(false);
    expect(await vault.reveal('key-1')).toBe(CANARY);
  });

  it('lists summaries with the masked key and its kind, never the key', async () => {
    const { vault } = setup();
    const summary = await vault.add({ provider: 'minimax', key: CANARY, region: 'china' });
    expect(summary).toMatchObject({
      id: 'key-1',
      provider: 'minimax',
      label: 'MiniMax key',
      masked: 'sk-cp-…7f3a',
      keyKind: 'token_plan',
      region: 'china',
      isDefault: true,
      lastCheck: null,
    });
    expect(JSON.stringify(vault.list())).not.toContain('CANARY');
  });

  it('keeps several labelled keys per provider with one default, and hands out the default', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'openai', label: 'Personal', key: 'sk-proj-first-key-aaaa' });
    await vault.add({ provider: 'openai', label: 'Team', key: 'sk-proj-second-key-bbbb' });
    expect(
      vault
        .list()
        .filter(isUsableKey)
        .map((key) => [key.label, key.isDefault]),
    ).toEqual([
      ['Personal', true],
      ['Team', false],
    ]);
    expect(await vault.keyFor('openai')).toBe('sk-proj-first-key-aaaa');
    vault.setDefault('key-2');
    expect(await vault.keyFor('openai')).toBe('sk-proj-second-key-bbbb');
    vault.remove('key-2');
    expect(vault.list()).toMatchObject([{ label: 'Personal', isDefault: true }]);
    expect(await vault.keyFor('anthropic')).toBeUndefined();
  });

  it("hands out the key a column chose by id, and its region; never another provider's key", async () => {
    const { vault } = setup();
    await vault.add({ provider: 'minimax', label: 'Plan', key: CANARY, region: 'china' });
    await vault.add({ provider: 'minimax', label: 'Pay as you go', key: 'sk-api-second-key-bbbb' });
    await vault.add({ provider: 'openai', key: 'sk-proj-openai-key-cccc' });
    expect(await vault.keyFor('minimax', 'key-2')).toBe('sk-api-second-key-bbbb');
    expect(await vault.keyFor('minimax')).toBe(CANARY);
    expect(vault.regionFor('minimax', 'key-2')).toBeUndefined();
    expect(vault.regionFor('minimax', 'key-1')).toBe('china');
    const refusal = { error: { kind: 'auth', message: expect.stringContaining('column settings') } };
    await expect(vault.keyFor('minimax', 'key-3')).rejects.toMatchObject(refusal);
    vault.remove('key-2');
    await expect(vault.keyFor('minimax', 'key-2')).rejects.toMatchObject(refusal);
  });

  it('replaces and relabels a key; refuses duplicates and malformed keys with a reason', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'deepseek', key: 'sk-deepseek-old-1111' });
    await expect(vault.add({ provider: 'deepseek', key: 'sk-deepseek-old-1111' })).rejects.toMatchObject({
      error: { kind: 'invalid_input', field: 'key' },
    });
    await expect(vault.add({ provider: 'deepseek', key: 'short' })).rejects.toMatchObject({
      error: { field: 'key' },
    });
    await expect(vault.add({ provider: 'deepseek', key: 'sk-with space-123' })).rejects.toMatchObject({
      error: { field: 'key' },
    });
    const replaced = await vault.replace('key-1', 'sk-deepseek-new-2222');
    expect(replaced.masked).toBe('sk-…2222');
    expect(vault.update('key-1', { label: 'Prod' }).label).toBe('Prod');
    expect(await vault.keyFor('deepseek')).toBe('sk-deepseek-new-2222');
    await expect(vault.reveal('missing')).rejects.toMatchObject({
      error: { kind: 'invalid_input', field: 'id' },
    });
  });

  it('persists across restarts', async () => {
    const { vault, file } = setup();
    await vault.add({ provider: 'minimax', key: CANARY });
    const again = setup('os', file).vault;
    expect(again.list()).toHaveLength(1);
    expect(await again.keyFor('minimax')).toBe(CANARY);
  });

  it('records a check, and a wrong-region result moves the key to the region that worked', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'minimax', key: CANARY });
    const check = {
      status: 'wrong_region' as const,
      message: 'This key belongs to the China region.',
      latencyMs: 12,
      checkedAt: '2026-11-22T10:00:00.000Z',
      keyKind: 'token_plan' as const,
      region: 'china' as const,
    };
    expect(vault.recordCheck('key-1', check)).toMatchObject({ region: 'china', lastCheck: check });
    expect(vault.regionFor('minimax')).toBe('china');
  });

  it('feeds every key into the redaction registry', async () => {
    const { vault, secrets } = setup();
    await vault.add({ provider: 'custom', key: 'plain-custom-secret-value' });
    expect(secrets.redact('failed with plain-custom-secret-value')).toBe('failed with [redacted]');
  });

  it('a corrupt store file is moved aside; the vault starts empty and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arena-vault-'));
    const file = join(dir, 'keys.json');
    writeFileSync(file, '{"keys": [ {"id": "broken"');
    const store = new JsonFileStore(file);
    const vault = new KeyVault({
      cipher: createAesGcmCipher(Buffer.alloc(32, 1), 'os'),
      store,
      secrets: new SecretRegistry(),
    });
    expect(vault.list()).toEqual([]);
    expect(store.notices[0]?.message).toContain('moved to');
    expect(readdirSync(dir).some((name) => name.startsWith('keys.json.corrupt-'))).toBe(true);
    await vault.add({ provider: 'openai', key: 'sk-proj-after-corruption' });
    expect(vault.list()).toHaveLength(1);
  });

  it('keeps entries it cannot read, unchanged, instead of failing the whole list or dropping them', async () => {
    const { vault, file } = setup();
    await vault.add({ provider: 'openai', key: 'sk-proj-good-key-1234' });
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.keys.push({ id: 'x', provider: 'nobody' }, 'not a record', 42);
    writeFileSync(file, JSON.stringify(data));
    const again = setup('os', file).vault;
    // Only an entry with an id can be shown (and removed); the others are kept as they are.
    expect(again.list()).toMatchObject([
      { masked: 'sk-proj-…1234' },
      { id: 'x', unsupported: 'newer-version', provider: 'nobody', label: 'Unnamed key' },
    ]);
    await again.add({ provider: 'openai', key: 'sk-proj-another-key-5678' });
    expect(JSON.parse(readFileSync(file, 'utf8')).keys.slice(2)).toEqual([
      { id: 'x', provider: 'nobody' },
      'not a record',
      42,
    ]);
  });
});

describe('key vault on a system without real protection (Linux basic_text)', () => {
  it('stores nothing until the user chooses, and says why', async () => {
    const { vault, file } = setup('basic_text');
    expect(vault.status()).toMatchObject({ mode: 'needs_consent', backend: 'basic_text' });
    expect(vault.status().message).toContain('fixed password');
    await expect(vault.add({ provider: 'openai', key: 'sk-proj-not-yet-stored' })).rejects.toMatchObject({
      error: { kind: 'forbidden' },
    });
    expect(existsSync(file) && readFileSync(file, 'utf8').includes('keys')).toBe(false);
  });

  it('"this session only" keeps keys in memory: usable now, absent from disk and gone after a restart', async () => {
    const { vault, file } = setup('basic_text');
    expect((await vault.choose('session')).mode).toBe('session');
    await vault.add({ provider: 'minimax', key: CANARY });
    expect(await vault.keyFor('minimax')).toBe(CANARY);
    expect(readFileSync(file, 'utf8')).not.toContain('"keys"');
    const afterRestart = setup('basic_text', file).vault;
    expect(afterRestart.status().mode).toBe('session');
    expect(afterRestart.list()).toEqual([]);
  });

  it('"store anyway" persists after explicit consent', async () => {
    const { vault, file } = setup('basic_text');
    await vault.choose('persist');
    await vault.add({ provider: 'minimax', key: CANARY });
    expect(setup('basic_text', file).vault.list()).toHaveLength(1);
    expect(readFileSync(file).includes(Buffer.from(CANARY))).toBe(false);
  });
});

describe('changing the storage choice later (basic_text)', () => {
  it('session → store anyway writes the session keys to disk, encrypted; → session again takes them off', async () => {
    const { vault, file } = setup('basic_text');
    await vault.choose('session');
    await vault.add({ provider: 'minimax', label: 'Plan', key: CANARY });
    await vault.add({ provider: 'openai', key: 'sk-proj-second-session-key-1111' });
    expect(vault.status().choices).toEqual(['session', 'persist']);

    expect((await vault.choose('persist')).mode).toBe('encrypted');
    expect(
      vault
        .list()
        .filter(isUsableKey)
        .map((key) => [key.label, key.isDefault]),
    ).toEqual([
      ['Plan', true],
      ['OpenAI key', true],
    ]);
    expect(readFileSync(file).includes(Buffer.from(CANARY))).toBe(false);
    const restarted = setup('basic_text', file).vault;
    expect(restarted.list()).toHaveLength(2);
    expect(await restarted.keyFor('minimax')).toBe(CANARY);

    expect((await restarted.choose('session')).mode).toBe('session');
    expect(await restarted.keyFor('minimax')).toBe(CANARY);
    expect(JSON.parse(readFileSync(file, 'utf8'))).not.toHaveProperty('keys');
    expect(setup('basic_text', file).vault.list()).toEqual([]);
  });

  it('a key added, renamed or removed while the choice is changing is kept as the user left it', async () => {
    const { vault, file } = setup('basic_text');
    await vault.choose('session');
    const first = await vault.add({ provider: 'minimax', label: 'Plan', key: CANARY });
    const doomed = await vault.add({ provider: 'anthropic', key: 'sk-ant-doomed-key-0123456789' });
    const moving = vault.choose('persist');
    const adding = vault.add({ provider: 'deepseek', key: 'sk-deepseek-added-meanwhile-01' });
    vault.update(first.id, { label: 'Renamed meanwhile' });
    vault.remove(doomed.id);
    await Promise.all([moving, adding]);
    expect(vault.status().mode).toBe('encrypted');
    const expected = [
      ['minimax', 'Renamed meanwhile'],
      ['deepseek', 'DeepSeek key'],
    ];
    expect(vault.list().map((key) => [key.provider, key.label])).toEqual(expected);
    const restarted = setup('basic_text', file).vault;
    expect(restarted.list().map((key) => [key.provider, key.label])).toEqual(expected);
    expect(await restarted.keyFor('deepseek')).toBe('sk-deepseek-added-meanwhile-01');
  });
});

describe('key vault when the system cannot say how it protects keys (backend unknown)', () => {
  it('offers session-only storage, never "store anyway"', async () => {
    const { vault, file } = setup('unknown');
    expect(vault.status()).toMatchObject({ mode: 'needs_consent', backend: 'unknown', choices: ['session'] });
    expect(vault.status().message).toContain('this session only');
    await expect(vault.choose('persist')).rejects.toMatchObject({ error: { kind: 'forbidden' } });
    expect(vault.status().mode).toBe('needs_consent');
    await vault.choose('session');
    await vault.add({ provider: 'minimax', key: CANARY });
    expect(await vault.keyFor('minimax')).toBe(CANARY);
    expect(readFileSync(file, 'utf8')).not.toContain('"keys"');
  });

  it('keys stored anyway by an earlier version stay usable, and can be moved to session-only', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'arena-vault-')), 'keys.json');
    const store = new JsonFileStore(file);
    store.set('storageConsent', 'persist');
    const vault = new KeyVault({
      cipher: createAesGcmCipher(Buffer.alloc(32, 4), 'unknown', 'an unknown mechanism'),
      store,
      secrets: new SecretRegistry(),
    });
    await vault.add({ provider: 'openai', key: 'sk-proj-stored-before-0000' });
    expect(vault.status()).toMatchObject({ mode: 'encrypted', choices: ['session'] });
    await vault.choose('session');
    expect(await vault.keyFor('openai')).toBe('sk-proj-stored-before-0000');
    expect(JSON.parse(readFileSync(file, 'utf8'))).not.toHaveProperty('keys');
  });
});

describe('a key store that could not be opened', () => {
  it('keeps keys for this session only and offers no choice', async () => {
    const vault = new KeyVault({
      cipher: createAesGcmCipher(Buffer.alloc(32, 3), 'os', 'a test keychain'),
      store: new JsonFileStore(join(mkdtempSync(join(tmpdir(), 'arena-vault-')), 'keys.json')),
      secrets: new SecretRegistry(),
      persistent: false,
    });
    expect(vault.status()).toMatchObject({ mode: 'session', choices: [] });
    await expect(vault.choose('persist')).rejects.toMatchObject({ error: { kind: 'forbidden' } });
  });
});

/** A real cipher that counts decryptions. */
function counting(cipher: Cipher): Cipher & { decrypted: number } {
  const wrapper = {
    backend: cipher.backend,
    description: cipher.description,
    decrypted: 0,
    encrypt: (plaintext: string) => cipher.encrypt(plaintext),
    decrypt: (ciphertext: Uint8Array) => {
      wrapper.decrypted += 1;
      return cipher.decrypt(ciphertext);
    },
  };
  return wrapper;
}

describe('keys that no longer decrypt, and lazy decryption', () => {
  it('one key stored under another keychain fails alone, with a remedy; the others still work', async () => {
    const { vault, file } = setup();
    await vault.add({ provider: 'openai', label: 'Old laptop', key: 'sk-proj-other-keychain-1111' });
    const secrets = new SecretRegistry();
    const elsewhere = new KeyVault({
      cipher: createAesGcmCipher(Buffer.alloc(32, 9), 'os', 'another keychain'),
      store: new JsonFileStore(file),
      secrets,
      newId: () => 'key-2',
    });
    await elsewhere.add({ provider: 'deepseek', key: 'sk-deepseek-this-keychain-2222' });
    const failure = await elsewhere.reveal('key-1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KeyDecryptError);
    expect((failure as KeyDecryptError).error).toMatchObject({ kind: 'auth' });
    expect((failure as KeyDecryptError).message).toContain('OpenAI key "Old laptop" could not be decrypted');
    expect((failure as KeyDecryptError).message).toContain('Paste the key again');
    await expect(elsewhere.keyFor('openai')).rejects.toBeInstanceOf(KeyDecryptError);
    expect(await elsewhere.keyFor('deepseek')).toBe('sk-deepseek-this-keychain-2222');
    // Replacing it (pasting the key again) makes it usable here.
    await elsewhere.replace('key-1', 'sk-proj-other-keychain-1111');
    expect(await elsewhere.keyFor('openai')).toBe('sk-proj-other-keychain-1111');
  });

  it('decrypts nothing at start-up; a key joins the redaction registry when added or first used', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'arena-vault-')), 'keys.json');
    const aes = createAesGcmCipher(Buffer.alloc(32, 5), 'os', 'a test keychain');
    const added = new SecretRegistry();
    await new KeyVault({ cipher: aes, store: new JsonFileStore(file), secrets: added }).add({
      provider: 'custom',
      key: 'plain-custom-secret-value',
    });
    expect(added.redact('echo plain-custom-secret-value')).toBe('echo [redacted]');

    const cipher = counting(aes);
    const secrets = new SecretRegistry();
    const vault = new KeyVault({ cipher, store: new JsonFileStore(file), secrets });
    vault.list();
    vault.status();
    expect(cipher.decrypted).toBe(0);
    expect(secrets.redact('echo plain-custom-secret-value')).toBe('echo plain-custom-secret-value');
    expect(await vault.keyFor('custom')).toBe('plain-custom-secret-value');
    expect(cipher.decrypted).toBe(1);
    expect(secrets.redact('echo plain-custom-secret-value')).toBe('echo [redacted]');
  });
});
