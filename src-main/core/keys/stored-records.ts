import { redactDeep, type Scrubber } from '../ipc/redact-deep.ts';
import { checkFromEarlierVersion } from './earlier-check.ts';
import { type KeyRecord, RECORD_FORMAT, recordSchema } from './key-record.ts';
import type { KeyValueStore } from './key-value-store.ts';

const RECORDS = 'keys';

/** The vault's list as a store holds it. */
export interface StoredRecords {
  /** The records this version reads. */
  known: KeyRecord[];
  /**
   * Every other entry, exactly as found: a newer version's record (a provider or key kind this one
   * does not know) or one it cannot read. Never changed or dropped, except when the user removes it.
   */
  kept: unknown[];
}

/** A record an earlier version wrote that still holds a check result it did not scrub. */
const holdsEarlierCheck = (record: KeyRecord) =>
  (record.format ?? 1) < RECORD_FORMAT && record.lastCheck !== null;

/** The records as this version reads them: an earlier version's check keeps none of its provider text. */
export function readStoredRecords(store: KeyValueStore): StoredRecords {
  const raw = store.get(RECORDS);
  const stored: StoredRecords = { known: [], kept: [] };
  if (!Array.isArray(raw)) return stored;
  for (const entry of raw) {
    const parsed = recordSchema.safeParse(entry);
    if (!parsed.success) stored.kept.push(entry);
    else if (!holdsEarlierCheck(parsed.data)) stored.known.push(parsed.data);
    else stored.known.push({ ...parsed.data, lastCheck: checkFromEarlierVersion(parsed.data.lastCheck) });
  }
  return stored;
}

/**
 * Writes the list: this version's records scrubbed of the user's keys (a label or a check result
 * may hold one) and marked as such (RECORD_FORMAT), then the kept entries untouched. Nothing left:
 * the list is removed.
 */
export function writeStoredRecords(store: KeyValueStore, stored: StoredRecords, scrubber: Scrubber): void {
  const entries = [...stored.known.map((record) => scrubRecord(record, scrubber)), ...stored.kept];
  if (entries.length > 0) store.set(RECORDS, entries);
  else store.delete(RECORDS);
}

/**
 * Rewrites the list at start-up when a record still holds a check result an earlier version stored
 * unscrubbed (it may hold a key in plaintext, and no key is known yet to find it with): such a check
 * keeps only its own fields. Reading the records already leaves the text out; this takes it off the
 * disk. Returns a notice when the store could not be written (the next save clears it), else null.
 */
export function clearEarlierChecks(store: KeyValueStore, scrubber: Scrubber): string | null {
  const raw = store.get(RECORDS);
  const found =
    Array.isArray(raw) &&
    raw.some((entry) => {
      const parsed = recordSchema.safeParse(entry);
      return parsed.success && holdsEarlierCheck(parsed.data);
    });
  if (!found) return null;
  try {
    writeStoredRecords(store, readStoredRecords(store), scrubber);
    return null;
  } catch {
    return 'Check results an earlier version of BYOK Arena saved could not be cleared from the key store, which could not be written. They are not shown, and the next change to your keys clears them; if changes fail too, check that the app data folder is writable and has free space.';
  }
}

/** The fields that can carry outside text: the user's label and the provider's check result. */
function scrubRecord(record: KeyRecord, scrubber: Scrubber): KeyRecord {
  return {
    ...record,
    label: scrubber.text(record.label),
    lastCheck: redactDeep(record.lastCheck, scrubber),
    format: RECORD_FORMAT,
  };
}

/** The raw list, to tell whether it changed while a slow operation ran. */
export function storedListSnapshot(store: KeyValueStore): string {
  return JSON.stringify(store.get(RECORDS) ?? null);
}
