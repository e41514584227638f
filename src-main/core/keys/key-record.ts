import { z } from 'zod';
import { PROVIDER_IDS, type ProviderId } from '../../../src-shared/domain.ts';
import type { KeyCheck, KeySummary } from '../../../src-shared/keys.ts';

/** One stored key as the vault keeps it: the key itself only as base64 ciphertext. */
export const recordSchema = z.object({
  id: z.string(),
  provider: z.enum(PROVIDER_IDS),
  label: z.string(),
  ciphertext: z.string(),
  masked: z.string(),
  keyKind: z.enum(['token_plan', 'pay_as_you_go', 'legacy_jwt', 'standard', 'none']),
  region: z.enum(['global', 'china']).optional(),
  isDefault: z.boolean(),
  createdAt: z.string(),
  lastCheck: z.custom<KeyCheck>((value) => value === null || typeof value === 'object').nullable(),
});
export type KeyRecord = z.infer<typeof recordSchema>;

export function toSummary(record: KeyRecord): KeySummary {
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

/** After a merge, each provider keeps exactly one default: its first default, else its first key. */
export function withOneDefault(records: KeyRecord[]): KeyRecord[] {
  const seen = new Set<ProviderId>();
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
