// What the vault does with labels, regions, defaults, duplicates and the storage choice, as a user
// sees it on the Keys page; and that it decrypts or encrypts a key only when it must.
import { describe, expect, it } from 'vitest';
import type { KeyCheck } from '../../../src-shared/keys.ts';
import { isUsableKey } from '../../../src-shared/keys.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher, CipherBackend } from './cipher.ts';
import { type KeyValueStore, MemoryStore } from './key-value-store.ts';
import { KeyVault } from './key-vault.ts';
import { SecretRegistry } from './secret-registry.ts';

/** A memory store that remembers which entries were written. */
class RecordingStore extends MemoryStore {
  readonly writes: string[] = [];
  override set(key: string, value: unknown): void {
    this.writes.push(key);
    super.set(key, value);
  }
  override delete(key: string): void {
    this.writes.push(key);
    super.delete(key);
  }
}

/** A real cipher that counts how often it is asked to encrypt and decrypt. */
function countingCipher(backend: CipherBackend) {
  const inner = createAesGcmCipher(Buffer.alloc(32, 9), backend, 'a test keychain');
  const counts = { encrypt: 0, decrypt: 0 };
  const cipher: Cipher = {
    ...inner,
    encrypt: (plaintext) => {
      counts.encrypt++;
      return inner.encrypt(plaintext);
    },
    decrypt: (ciphertext) => {
      counts.decrypt++;
      return inner.decrypt(ciphertext);
    },
  };
  return { cipher, counts };
}

function setup(backend: CipherBackend = 'os', store: KeyValueStore = new RecordingStore()) {
  const secrets = new SecretRegistry();
  const { cipher, counts } = countingCipher(backend);
  let id = 0;
  const vault = new KeyVault({ cipher, store, secrets, newId: () => `key-${++id}` });
  return { vault, secrets, counts, store };
}

const summaries = (vault: KeyVault) =>
  vault
    .list()
    .filter(isUsableKey)
    .map(({ id, label, isDefault, region }) => ({ id, label, isDefault, region }));

const refusal = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

const check = (fields: Partial<KeyCheck>): KeyCheck => ({
  status: 'valid',
  message: 'ok',
  latencyMs: 10,
  checkedAt: '2026-11-28T00:00:00.000Z',
  keyKind: 'standard',
  ...fields,
});

/** A record a newer version wrote (a provider this version does not know). */
const NEWER = { id: 'newer-1', provider: 'mistral', label: 'Team', masked: 'ms-…9a9a', keyKind: 'workspace' };

/** key-1 OpenAI, key-2 Anthropic, key-3 OpenAI: each provider's first key is its default. */
async function addOpenAiAnthropicOpenAi(vault: KeyVault): Promise<void> {
  await vault.add({ provider: 'openai', key: 'sk-proj-first-key-aaaa1111' });
  await vault.add({ provider: 'anthropic', key: 'sk-ant-second-key-cccc3333' });
  await vault.add({ provider: 'openai', key: 'sk-proj-third-key-dddd4444' });
}

describe('adding keys', () => {
  it('refuses the same key twice for one provider, and says so in words', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'openai', key: 'sk-proj-same-key-aaaa1111' });
    await expect(vault.add({ provider: 'openai', key: 'sk-proj-same-key-aaaa1111' })).rejects.toThrow(
      'This OpenAI key is already stored.',
    );
  });

  it('takes the same key text for another provider (an OpenAI-compatible relay)', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'openai', key: 'sk-shared-key-text-bbbb2222' });
    await vault.add({ provider: 'deepseek', key: 'sk-shared-key-text-bbbb2222' });
    expect(vault.list().map((key) => key.provider)).toEqual(['openai', 'deepseek']);
  });

  it('decrypts no stored key whose masked form differs from the new one', async () => {
    const { vault, counts } = setup();
    await addOpenAiAnthropicOpenAi(vault);
    expect(counts.decrypt).toBe(0);
  });

  it('trims labels, and names a key after its provider when the label is blank', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'openai', label: '  Work  ', key: 'sk-proj-first-key-aaaa1111' });
    await vault.add({ provider: 'openai', label: '   ', key: 'sk-proj-second-key-bbbb2222' });
    expect(summaries(vault).map(({ label }) => label)).toEqual(['Work', 'OpenAI key']);
  });

  it('before the user chooses how to keep keys, refuses without handing the key to the weak cipher', async () => {
    const { vault, counts } = setup('basic_text');
    await expect(vault.add({ provider: 'openai', key: 'sk-proj-first-key-aaaa1111' })).rejects.toThrow(
      'Choose how to keep keys first',
    );
    expect(counts.encrypt).toBe(0);
  });
});

describe('changing keys', () => {
  it('trims a new label and ignores a blank one', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'openai', label: 'Work', key: 'sk-proj-first-key-aaaa1111' });
    expect(vault.update('key-1', { label: '  Home  ' }).label).toBe('Home');
    expect(vault.update('key-1', { label: '   ' }).label).toBe('Home');
  });

  it('keeps the region unless told to set or clear it', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'minimax', key: 'sk-cp-region-key-eeee5555', region: 'china' });
    expect(vault.update('key-1', { label: 'Plan' }).region).toBe('china');
    expect(vault.regionFor('minimax')).toBe('china');
    expect(vault.update('key-1', { region: 'global' }).region).toBe('global');
    expect(vault.update('key-1', { region: null }).region).toBeUndefined();
    expect(vault.regionFor('minimax')).toBeUndefined();
  });

  it('registers a replacing key, so a log line holding it is scrubbed', async () => {
    const { vault, secrets } = setup();
    await vault.add({ provider: 'openai', key: 'sk-proj-first-key-aaaa1111' });
    await vault.replace('key-1', 'sk-proj-replacement-ffff6666');
    // redactKnown scrubs only the user's known keys, not key shapes: it shows what the registry learnt.
    expect(secrets.redactKnown('sent sk-proj-replacement-ffff6666')).not.toContain('replacement');
  });

  it("moving the default leaves other providers' defaults alone", async () => {
    const { vault } = setup();
    await addOpenAiAnthropicOpenAi(vault);
    vault.setDefault('key-3');
    expect(summaries(vault).map(({ id, isDefault }) => [id, isDefault])).toEqual([
      ['key-1', false],
      ['key-2', true],
      ['key-3', true],
    ]);
  });

  it('removing a key that is not the default leaves the default alone', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'openai', key: 'sk-proj-first-key-aaaa1111' });
    await vault.add({ provider: 'openai', key: 'sk-proj-second-key-bbbb2222' });
    await vault.add({ provider: 'openai', key: 'sk-proj-third-key-dddd4444' });
    vault.setDefault('key-2');
    vault.remove('key-3');
    expect(summaries(vault).map(({ id, isDefault }) => [id, isDefault])).toEqual([
      ['key-1', false],
      ['key-2', true],
    ]);
  });

  it("removing the default hands it to the same provider's next key", async () => {
    const { vault } = setup();
    await addOpenAiAnthropicOpenAi(vault);
    vault.remove('key-1');
    expect(await vault.keyFor('openai')).toBe('sk-proj-third-key-dddd4444');
  });

  it('adopts a region from a check only when the check says the key belongs to that region', async () => {
    const { vault } = setup();
    await vault.add({ provider: 'minimax', key: 'sk-cp-region-key-eeee5555', region: 'global' });
    expect(vault.recordCheck('key-1', check({ status: 'rate_limited', region: 'china' })).region).toBe(
      'global',
    );
    expect(vault.recordCheck('key-1', check({ status: 'wrong_region' })).region).toBe('global');
    expect(vault.recordCheck('key-1', check({ status: 'wrong_region', region: 'china' })).region).toBe(
      'china',
    );
  });
});

describe('keys a newer version saved', () => {
  const usable = {
    id: 'newer-1',
    provider: 'openai',
    label: 'Mine',
    ciphertext: 'AAAA',
    masked: '…',
    keyKind: 'standard',
    isDefault: true,
    createdAt: '2026-11-28T00:00:00.000Z',
    lastCheck: null,
    format: 2,
  };

  it('lists a key once when a newer entry shares its id', () => {
    const store = new MemoryStore();
    store.set('keys', [usable, NEWER]);
    const { vault } = setup('os', store);
    expect(vault.list().map(({ id, label }) => [id, label])).toEqual([['newer-1', 'Mine']]);
  });

  it('says a missing key no longer exists, and a newer one needs an update', () => {
    const store = new MemoryStore();
    const { vault } = setup('os', store);
    expect(refusal(() => vault.get('gone'))).toBe('That key no longer exists.');
    store.set('keys', [NEWER]);
    expect(refusal(() => vault.get('gone'))).toBe('That key no longer exists.');
    expect(refusal(() => vault.get('newer-1'))).toMatch(/saved by a newer version of BYOK Arena/);
  });
});

describe('the storage choice', () => {
  const earlierRecord = {
    id: 'old-1',
    provider: 'openai',
    label: 'From before',
    ciphertext: 'AAAA',
    masked: '…',
    keyKind: 'standard',
    isDefault: true,
    createdAt: '2026-11-28T00:00:00.000Z',
    lastCheck: null,
  };

  it.each(['persist', 'session'] as const)('a first choice of %s writes only the choice', async (choice) => {
    const store = new RecordingStore();
    store.set('keys', [earlierRecord]);
    store.writes.length = 0;
    const { vault } = setup('basic_text', store);
    await vault.choose(choice);
    expect(store.writes).toEqual(['storageConsent']);
    expect(store.get('keys')).toEqual([earlierRecord]);
  });

  it.each(['persist', 'session'] as const)('choosing %s again writes nothing', async (choice) => {
    const store = new RecordingStore();
    const { vault } = setup('basic_text', store);
    await vault.choose(choice);
    store.writes.length = 0;
    expect((await vault.choose(choice)).choices).toEqual(['session', 'persist']);
    expect(store.writes).toEqual([]);
  });

  it('"store anyway" writes the session\'s keys to disk and keeps them usable', async () => {
    const store = new RecordingStore();
    const { vault } = setup('basic_text', store);
    await vault.choose('session');
    await vault.add({ provider: 'openai', key: 'sk-proj-first-key-aaaa1111' });
    expect(store.get('keys')).toBeUndefined();
    expect((await vault.choose('persist')).mode).toBe('encrypted');
    expect(store.get('keys')).toMatchObject([{ id: 'key-1', provider: 'openai' }]);
    expect(await vault.keyFor('openai')).toBe('sk-proj-first-key-aaaa1111');
  });

  it('a key that no longer decrypts is named, kept on disk, and listed again after "store anyway"', async () => {
    const store = new RecordingStore();
    const { vault } = setup('basic_text', store);
    await vault.choose('persist');
    await vault.add({ provider: 'openai', label: 'Old laptop', key: 'sk-proj-first-key-aaaa1111' });
    await vault.add({ provider: 'openai', label: 'Current', key: 'sk-proj-second-key-bbbb2222' });
    const [broken, current] = store.get('keys') as object[];
    store.set('keys', [{ ...broken, ciphertext: 'AAAA' }, current]);

    await vault.choose('session');
    expect(vault.notices).toEqual([
      'The key "Old laptop" could not be decrypted, so it was not moved: add it again.',
    ]);
    expect(summaries(vault).map(({ label }) => label)).toEqual(['Current']);

    await vault.choose('persist');
    expect(summaries(vault).map(({ label, isDefault }) => [label, isDefault])).toEqual([
      ['Old laptop', true],
      ['Current', false],
    ]);
  });

  it('"this session only" takes the stored keys off the disk and keeps them usable', async () => {
    const store = new RecordingStore();
    const { vault } = setup('basic_text', store);
    await vault.choose('persist');
    await vault.add({ provider: 'openai', key: 'sk-proj-first-key-aaaa1111' });
    expect((await vault.choose('session')).mode).toBe('session');
    expect(store.get('keys')).toBeUndefined();
    expect(await vault.keyFor('openai')).toBe('sk-proj-first-key-aaaa1111');
  });
});
