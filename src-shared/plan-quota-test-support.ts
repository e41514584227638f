// Builders for the tests of measured quota (main's quota-delta, the Plan page's quota-format).
import type { QuotaWindowRead } from './plan-quota.ts';

/** A window read with nothing reported but `fields`; status 'normal' unless given. */
export const windowRead = (fields: Partial<QuotaWindowRead>): QuotaWindowRead => ({
  total: null,
  remaining: null,
  remainingPercent: null,
  status: 'normal',
  startsAt: null,
  resetsAt: null,
  ...fields,
});
