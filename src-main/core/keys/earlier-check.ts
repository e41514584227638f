import { z } from 'zod';
import type { KeyCheck, KeyCheckStatus } from '../../../src-shared/keys.ts';
import { KEY_KINDS } from './key-record.ts';

const STATUSES: Readonly<Record<KeyCheckStatus, true>> = {
  valid: true,
  invalid: true,
  wrong_region: true,
  insufficient_balance: true,
  plan_excludes_model: true,
  rate_limited: true,
  offline: true,
  error: true,
  undecryptable: true,
};

/** The parts of a check that are ours, never provider text: what it found, when, and how fast. */
const ownFields = z.object({
  status: z.custom<KeyCheckStatus>((value) => typeof value === 'string' && Object.hasOwn(STATUSES, value)),
  latencyMs: z.number().nonnegative().max(1e9),
  checkedAt: z.iso.datetime(),
  keyKind: z.enum(KEY_KINDS),
});

const EARLIER_MESSAGE =
  'Checked by an earlier version of BYOK Arena. Check the key again to see the details.';

/**
 * A check result stored by a version that did not scrub what it stored: its provider text (message,
 * code, plan and model names) may hold the key in plaintext, and no key is known to scrub it with
 * when it is read. Only the check's own fields stay; anything odd among them clears it whole.
 */
export function checkFromEarlierVersion(check: unknown): KeyCheck | null {
  const own = ownFields.safeParse(check);
  return own.success ? { ...own.data, message: EARLIER_MESSAGE } : null;
}
