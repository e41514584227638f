import { z } from 'zod';
import {
  KEY_OWNER_IDS,
  type KeyCheck,
  type KeyOwner,
  type NewerVersionKeySummary,
  type UsableKeySummary,
} from '../../../src-shared/keys.ts';

export const KEY_KINDS = ['token_plan', 'pay_as_you_go', 'legacy_jwt', 'standard', 'none'] as const;

/**
 * The format of the records this version writes. 2: every string in a record was scrubbed of the
 * user's known keys when written. Records without it come from earlier versions, which stored a
 * check's provider text as it came (see checkFromEarlierVersion).
 */
export const RECORD_FORMAT = 2;

/**
 * One stored key as the vault keeps it: the key itself only as base64 ciphertext. Loose: fields a
 * newer version added to a record this version knows are kept as they are through every change
 * (each change copies the record), never shown and never dropped.
 */
export const recordSchema = z.looseObject({
  id: z.string(),
  provider: z.enum(KEY_OWNER_IDS),
  label: z.string(),
  ciphertext: z.string(),
  masked: z.string(),
  keyKind: z.enum(KEY_KINDS),
  region: z.enum(['global', 'china']).optional(),
  isDefault: z.boolean(),
  createdAt: z.string(),
  // nullable() takes null before the check runs: the check sees only what is not null.
  lastCheck: z.custom<KeyCheck>((value) => typeof value === 'object').nullable(),
  format: z.number().optional(),
});
export type KeyRecord = z.infer<typeof recordSchema>;

export function toSummary(record: KeyRecord): UsableKeySummary {
  return {
    id: record.id,
    provider: record.provider,
    label: record.label,
    masked: record.masked,
    keyKind: record.keyKind,
    ...(record.region ? { region: record.region } : {}),
    isDefault: record.isDefault,
    createdAt: record.createdAt,
    lastCheck: record.lastCheck,
  };
}

/** The id of a kept entry (see StoredRecords), when it has one a user could act on. */
export function keptEntryId(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const { id } = entry as { id?: unknown };
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null;
}

/**
 * A record a newer version wrote, as the Keys page shows it; null for an entry with no usable id.
 * Its texts are scrubbed (`scrub`: of the user's known keys) while whole, then cut to fit.
 */
export function newerVersionSummary(
  entry: unknown,
  scrub: (text: string) => string,
): NewerVersionKeySummary | null {
  const id = keptEntryId(entry);
  if (id === null) return null;
  const shownText = (value: unknown, fallback: string): string => {
    const text = typeof value === 'string' ? scrub(value).trim() : '';
    return text ? text.slice(0, 100) : fallback;
  };
  const { provider, label, masked } = entry as Record<string, unknown>;
  return {
    id,
    unsupported: 'newer-version',
    provider: shownText(provider, 'unknown provider'),
    label: shownText(label, 'Unnamed key'),
    masked: shownText(masked, '…'),
  };
}

/** After a merge, each provider keeps exactly one default: its first default, else its first key. */
export function withOneDefault(records: KeyRecord[]): KeyRecord[] {
  const seen = new Set<KeyOwner>();
  const result = records.map((record) => {
    const isDefault = record.isDefault && !seen.has(record.provider);
    if (isDefault) seen.add(record.provider);
    return { ...record, isDefault };
  });
  for (const record of result) {
    if (seen.has(record.provider)) continue;
    record.isDefault = true;
    seen.add(record.provider);
  }
  return result;
}
