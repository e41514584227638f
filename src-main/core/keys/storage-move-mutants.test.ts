// Moving keys when the storage choice changes: every key that decrypts arrives, one that does not is
// reported by its label, a change made while moving is kept, and the store left behind is emptied.
import { describe, expect, it } from 'vitest';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher } from './cipher.ts';
import type { KeyRecord } from './key-record.ts';
import { MemoryStore } from './key-value-store.ts';
import { SecretRegistry } from './secret-registry.ts';
import { moveKeys, type VaultStores } from './storage-move.ts';
import { readStoredRecords, writeStoredRecords } from './stored-records.ts';

const NEWER_ENTRY = { id: 'newer-1', provider: 'mistral', keyKind: 'workspace', label: 'Team' };

/** A real cipher whose next encrypt can be held, to land a change while a move is under way. */
function holdableCipher(inner: Cipher) {
  let hold: { reached: () => void; released: Promise<void> } | null = null;
  const cipher: Cipher = {
    ...inner,
    async encrypt(plaintext) {
      const held = hold;
      hold = null;
      if (held) {
        held.reached();
        await held.released;
      }
      return inner.encrypt(plaintext);
    },
  };
  const holdNextEncrypt = () => {
    let reached = () => {};
    let release = () => {};
    const wasReached = new Promise<void>((resolve) => {
      reached = resolve;
    });
    hold = { reached, released: new Promise<void>((resolve) => (release = resolve)) };
    return { wasReached, release };
  };
  return { cipher, holdNextEncrypt };
}

function setup() {
  const disk = holdableCipher(createAesGcmCipher(Buffer.alloc(32, 1), 'basic_text', 'a fixed password'));
  const stores: VaultStores = {
    disk: new MemoryStore(),
    diskCipher: disk.cipher,
    session: new MemoryStore(),
    sessionCipher: createAesGcmCipher(Buffer.alloc(32, 2)),
    scrubber: new SecretRegistry().scrubber,
    notices: [],
  };
  return { stores, holdNextEncrypt: disk.holdNextEncrypt };
}

async function recordFor(cipher: Cipher, id: string, key: string, isDefault: boolean): Promise<KeyRecord> {
  return {
    id,
    provider: 'openai',
    label: `Label ${id}`,
    ciphertext: Buffer.from(await cipher.encrypt(key)).toString('base64'),
    masked: `sk-proj-…${key.slice(-4)}`,
    keyKind: 'standard',
    isDefault,
    createdAt: '2026-11-28T00:00:00.000Z',
    lastCheck: null,
    format: 2,
  };
}

const plaintextOf = async (cipher: Cipher, record: KeyRecord) =>
  cipher.decrypt(Buffer.from(record.ciphertext, 'base64'));

describe('moveKeys', () => {
  it('to this session only: moves what decrypts, names and keeps on disk what does not, and a newer version’s entry', async () => {
    const { stores } = setup();
    const good = await recordFor(stores.diskCipher, 'good', 'sk-proj-good-key-1111', true);
    const broken = { ...good, id: 'broken', label: 'Old laptop', isDefault: false, ciphertext: 'AAAA' };
    writeStoredRecords(stores.disk, { known: [good, broken], kept: [NEWER_ENTRY] }, stores.scrubber);
    let choices = 0;

    await moveKeys('session', stores, () => choices++);

    expect(choices).toBe(1);
    expect(stores.notices).toEqual([
      'The key "Old laptop" could not be decrypted, so it was not moved: add it again.',
    ]);
    const session = readStoredRecords(stores.session);
    expect(session.known.map((record) => record.id)).toEqual(['good']);
    expect(session.kept).toEqual([]);
    expect(await plaintextOf(stores.sessionCipher, session.known[0] as KeyRecord)).toBe(
      'sk-proj-good-key-1111',
    );
    // The key that did not decrypt stays on disk ("left behind"), where "store anyway" finds it again.
    const disk = readStoredRecords(stores.disk);
    expect(disk.known.map((record) => [record.id, record.ciphertext])).toEqual([['broken', 'AAAA']]);
    expect(disk.kept).toEqual([NEWER_ENTRY]);
  });

  it('to disk: the session’s keys join those on disk with one default, and the session is emptied', async () => {
    const { stores } = setup();
    const onDisk = await recordFor(stores.diskCipher, 'on-disk', 'sk-proj-disk-key-2222', true);
    const inSession = await recordFor(stores.sessionCipher, 'in-session', 'sk-proj-session-key-3333', true);
    writeStoredRecords(stores.disk, { known: [onDisk], kept: [NEWER_ENTRY] }, stores.scrubber);
    writeStoredRecords(stores.session, { known: [inSession], kept: [] }, stores.scrubber);

    await moveKeys('disk', stores, () => {});

    expect(stores.notices).toEqual([]);
    const disk = readStoredRecords(stores.disk);
    expect(disk.known.map((record) => [record.id, record.isDefault])).toEqual([
      ['on-disk', true],
      ['in-session', false],
    ]);
    expect(disk.kept).toEqual([NEWER_ENTRY]);
    expect(await plaintextOf(stores.diskCipher, disk.known[1] as KeyRecord)).toBe('sk-proj-session-key-3333');
    expect(stores.session.get('keys')).toBeUndefined();
  });

  it('keeps a change made to the keys while they were being re-encrypted', async () => {
    const { stores, holdNextEncrypt } = setup();
    const inSession = await recordFor(stores.sessionCipher, 'in-session', 'sk-proj-session-key-3333', true);
    writeStoredRecords(stores.session, { known: [inSession], kept: [] }, stores.scrubber);
    const held = holdNextEncrypt();

    const moving = moveKeys('disk', stores, () => {});
    await held.wasReached;
    writeStoredRecords(
      stores.session,
      { known: [{ ...inSession, label: 'Renamed' }], kept: [] },
      stores.scrubber,
    );
    held.release();
    await moving;

    expect(readStoredRecords(stores.disk).known.map((record) => record.label)).toEqual(['Renamed']);
  });
});
