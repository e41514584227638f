// What reaches the key store's file: no check text an earlier version stored unscrubbed, no key a
// label held once the key is known, and no false alarm when there was nothing to clear.
import { describe, expect, it } from 'vitest';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import { MemoryStore } from './key-value-store.ts';
import { KeyVault } from './key-vault.ts';
import { SecretRegistry } from './secret-registry.ts';

const LEAKED = 'sk-proj-leaked-in-check-text-9999';

/** A record as an earlier version wrote it: no format, its check's provider text as it came. */
const earlierRecord = (id: string, lastCheck: object | null) => ({
  id,
  provider: 'openai',
  label: `Key ${id}`,
  ciphertext: 'AAAA',
  masked: '…',
  keyKind: 'standard',
  isDefault: id === 'old-1',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastCheck,
});
const EARLIER_CHECK = {
  status: 'invalid',
  message: `Incorrect API key provided: ${LEAKED}`,
  latencyMs: 120,
  checkedAt: '2026-01-01T00:00:00.000Z',
  keyKind: 'standard',
};

/** A store on a disk that refuses writes. */
class ReadOnlyStore extends MemoryStore {
  writable = true;
  override set(key: string, value: unknown): void {
    if (!this.writable) throw new Error('EROFS: read-only file system');
    super.set(key, value);
  }
}

function vaultOver(store: MemoryStore) {
  const secrets = new SecretRegistry();
  let id = 0;
  const vault = new KeyVault({
    cipher: createAesGcmCipher(Buffer.alloc(32, 4), 'os', 'a test keychain'),
    store,
    secrets,
    newId: () => `key-${++id}`,
  });
  return { vault, secrets };
}

describe('check results an earlier version stored', () => {
  it('are taken off the store at start-up, even when other records hold none', () => {
    const store = new MemoryStore();
    store.set('keys', [
      { ...earlierRecord('new-1', null), format: 2 },
      earlierRecord('old-1', EARLIER_CHECK),
    ]);
    vaultOver(store);
    expect(JSON.stringify(store.get('keys'))).not.toContain(LEAKED);
  });

  it('raise no alarm on a read-only store when no record holds one', () => {
    const store = new ReadOnlyStore();
    store.set('keys', [earlierRecord('old-1', null)]);
    store.writable = false;
    expect(vaultOver(store).vault.notices).toEqual([]);
  });

  it('that cannot be cleared from a read-only store are reported', () => {
    const store = new ReadOnlyStore();
    store.set('keys', [earlierRecord('old-1', EARLIER_CHECK)]);
    store.writable = false;
    expect(vaultOver(store).vault.notices).toEqual([
      expect.stringContaining('could not be cleared from the key store'),
    ]);
  });
});

describe('labels', () => {
  it('lose a key written into them once that key is added', async () => {
    const store = new MemoryStore();
    const { vault } = vaultOver(store);
    const second = 'sk-proj-second-key-bbbb2222';
    await vault.add({ provider: 'openai', label: `backup of ${second}`, key: 'sk-proj-first-key-aaaa1111' });
    await vault.add({ provider: 'openai', key: second });
    expect(JSON.stringify(store.get('keys'))).not.toContain(second);
  });
});

describe('check results', () => {
  it('are stored without the key when the provider echoed it back', async () => {
    const store = new MemoryStore();
    const { vault } = vaultOver(store);
    const key = 'sk-proj-echoed-key-cccc3333';
    await vault.add({ provider: 'openai', key });
    vault.recordCheck('key-1', {
      status: 'invalid',
      message: `The provider said: Incorrect API key provided: ${key}`,
      latencyMs: 90,
      checkedAt: '2026-11-28T00:00:00.000Z',
      keyKind: 'standard',
    });
    expect(JSON.stringify(store.get('keys'))).not.toContain(key);
  });
});
