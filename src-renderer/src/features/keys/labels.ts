import type { KeyKind, Region } from '../../../../src-shared/domain.ts';
import type { KeyCheckStatus } from '../../../../src-shared/keys.ts';

export const KEY_KIND_LABELS: Record<KeyKind, string> = {
  token_plan: 'Token Plan',
  pay_as_you_go: 'Pay-as-you-go',
  legacy_jwt: 'Legacy JWT',
  standard: 'Standard',
  none: 'No key',
};

export const REGION_LABELS: Record<Region, string> = { global: 'Global', china: 'China' };

export const CHECK_LABELS: Record<KeyCheckStatus, string> = {
  valid: 'Valid',
  invalid: 'Invalid key',
  wrong_region: 'Wrong region',
  insufficient_balance: 'No balance',
  plan_excludes_model: 'Plan does not cover model',
  rate_limited: 'Rate-limited',
  offline: 'Offline',
  error: 'Check failed',
  undecryptable: 'Cannot decrypt',
};

export function checkTone(status: KeyCheckStatus): 'good' | 'warn' | 'bad' {
  if (status === 'valid') return 'good';
  if (status === 'rate_limited' || status === 'offline' || status === 'wrong_region') return 'warn';
  return 'bad';
}
