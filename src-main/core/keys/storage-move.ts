import type { Scrubber } from '../ipc/redact-deep.ts';
import type { Cipher } from './cipher.ts';
import { withOneDefault } from './key-record.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { reencryptedRecords } from './move-records.ts';
import { readStoredRecords, writeStoredRecords } from './stored-records.ts';

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
 * Moves the keys when the storage choice changes, recording the choice between the write and the
 * clean-up so an interruption never loses a key. "store anyway": the session's keys join those on
 * disk. "this session only": this version's records go into memory; a newer version's stay on disk.
 */
export async function moveKeys(
  to: 'disk' | 'session',
  stores: VaultStores,
  recordChoice: () => void,
): Promise<void> {
  const { disk, session, scrubber, notices } = stores;
  if (to === 'disk') {
    const moved = await reencryptedRecords(session, stores.sessionCipher, stores.diskCipher, notices);
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
  const moved = await reencryptedRecords(disk, stores.diskCipher, stores.sessionCipher, notices);
  writeStoredRecords(session, { known: withOneDefault(moved), kept: [] }, scrubber);
  recordChoice();
  writeStoredRecords(disk, { known: [], kept: readStoredRecords(disk).kept }, scrubber);
}
