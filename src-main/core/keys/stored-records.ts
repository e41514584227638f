import { redactDeep, type Scrubber } from '../ipc/redact-deep.ts';
import { type KeyRecord, recordSchema } from './key-record.ts';
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

export function readStoredRecords(store: KeyValueStore): StoredRecords {
  const raw = store.get(RECORDS);
  const stored: StoredRecords = { known: [], kept: [] };
  if (!Array.isArray(raw)) return stored;
  for (const entry of raw) {
    const parsed = recordSchema.safeParse(entry);
    if (parsed.success) stored.known.push(parsed.data);
    else stored.kept.push(entry);
  }
  return stored;
}

/**
 * Writes the list: this version's records scrubbed of the user's keys (a label or a check result
 * may hold one), then the kept entries untouched. Nothing left: the list is removed.
 */
export function writeStoredRecords(store: KeyValueStore, stored: StoredRecords, scrubber: Scrubber): void {
  const entries = [...stored.known.map((record) => scrubRecord(record, scrubber)), ...stored.kept];
  if (entries.length > 0) store.set(RECORDS, entries);
  else store.delete(RECORDS);
}

/** The fields that can carry outside text: the user's label and the provider's check result. */
function scrubRecord(record: KeyRecord, scrubber: Scrubber): KeyRecord {
  const label = scrubber.text(record.label);
  const lastCheck = redactDeep(record.lastCheck, scrubber);
  return label === record.label && lastCheck === record.lastCheck ? record : { ...record, label, lastCheck };
}

/** The raw list, to tell whether it changed while a slow operation ran. */
export function storedListSnapshot(store: KeyValueStore): string {
  return JSON.stringify(store.get(RECORDS) ?? null);
}
