import type { Cipher } from './cipher.ts';
import type { KeyRecord } from './key-record.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { readStoredRecords, storedListSnapshot } from './stored-records.ts';

/**
 * This version's records in `source`, re-encrypted for `to` (the storage choice changed), read again
 * if a change landed while encrypting. A record that no longer decrypts is left behind, with a notice.
 */
export async function reencryptedRecords(
  source: KeyValueStore,
  from: Cipher,
  to: Cipher,
  notices: string[],
): Promise<KeyRecord[]> {
  for (;;) {
    const before = storedListSnapshot(source);
    const moved: KeyRecord[] = [];
    const dropped: string[] = [];
    for (const record of readStoredRecords(source).known) {
      const plaintext = await from.decrypt(Buffer.from(record.ciphertext, 'base64')).catch(() => '');
      if (!plaintext) {
        dropped.push(`The key "${record.label}" could not be decrypted, so it was not moved: add it again.`);
        continue;
      }
      moved.push({ ...record, ciphertext: Buffer.from(await to.encrypt(plaintext)).toString('base64') });
    }
    if (storedListSnapshot(source) === before) {
      notices.push(...dropped);
      return moved;
    }
  }
}
