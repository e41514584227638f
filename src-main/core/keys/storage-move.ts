import type { Scrubber } from '../ipc/redact-deep.ts';
import type { Cipher } from './cipher.ts';
import { type KeyRecord, withOneDefault } from './key-record.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { readStoredRecords, storedListSnapshot, writeStoredRecords } from './stored-records.ts';

export interface VaultStores {
  disk: KeyValueStore;
  diskCipher: Cipher;
  session: KeyValueStore;
  sessionCipher: Cipher;
  scrubber: Scrubber;
  /** Where a key that could not be moved is reported. */
  notices: string[];
}

/**
 * This version's records in `source`, re-encrypted for `to` (the storage choice changed), read again
 * if a change landed while encrypting. A record that no longer decrypts is left behind, with a notice.
 */
async function reencryptedRecords(
  source: KeyValueStore,
  from: Cipher,
  to: Cipher,
  notices: string[],
): Promise<{ moved: KeyRecord[]; leftBehind: KeyRecord[] }> {
  for (;;) {
    const before = storedListSnapshot(source);
    const moved: KeyRecord[] = [];
    const leftBehind: KeyRecord[] = [];
    const dropped: string[] = [];
    for (const record of readStoredRecords(source).known) {
      // Stryker disable next-line ArrowFunction: undefined and '' are both falsy, and only falsiness is tested below.
      const plaintext = await from.decrypt(Buffer.from(record.ciphertext, 'base64')).catch(() => '');
      if (!plaintext) {
        dropped.push(`The key "${record.label}" could not be decrypted, so it was not moved: add it again.`);
        leftBehind.push(record);
        continue;
      }
      moved.push({ ...record, ciphertext: Buffer.from(await to.encrypt(plaintext)).toString('base64') });
    }
    if (storedListSnapshot(source) === before) {
      notices.push(...dropped);
      return { moved, leftBehind };
    }
  }
}

/**
 * Moves the keys when the storage choice changes, recording the choice between the write and the
 * clean-up so an interruption never loses a key. "store anyway": the session's keys join those on
 * disk. "this session only": this version's records go into memory; a newer version's, and any that
 * no longer decrypt, stay on disk.
 */
export async function moveKeys(
  to: 'disk' | 'session',
  stores: VaultStores,
  recordChoice: () => void,
): Promise<void> {
  const { disk, session, scrubber, notices } = stores;
  if (to === 'disk') {
    const { moved } = await reencryptedRecords(session, stores.sessionCipher, stores.diskCipher, notices);
    const onDisk = readStoredRecords(disk);
    writeStoredRecords(
      disk,
      { known: withOneDefault([...onDisk.known, ...moved]), kept: onDisk.kept },
      scrubber,
    );
    recordChoice();
    writeStoredRecords(session, { known: [], kept: [] }, scrubber);
    return;
  }
  const { moved, leftBehind } = await reencryptedRecords(
    disk,
    stores.diskCipher,
    stores.sessionCipher,
    notices,
  );
  writeStoredRecords(session, { known: withOneDefault(moved), kept: [] }, scrubber);
  recordChoice();
  // A key that did not decrypt stays on disk, never lost: "store anyway" brings it back to the list.
  writeStoredRecords(disk, { known: leftBehind, kept: readStoredRecords(disk).kept }, scrubber);
}
