import type { ErrorKind } from '../../../src-shared/domain.ts';

const RETRYABLE: ReadonlySet<ErrorKind> = new Set([
  'rate_limit',
  'server',
  'overloaded',
  'timeout',
  'network',
]);

export function isRetryableKind(kind: ErrorKind): boolean {
  return RETRYABLE.has(kind);
}
