import type { ErrorKind, Region } from '../../../src-shared/domain.ts';

/** An attempt failed before any output; attempt number `attempt` follows after `delayMs`. */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  reason: ErrorKind;
}

/** What a column's client reports besides its events. */
export interface ColumnHooks {
  /** A request is about to go out: after the rate limiter's wait, once per attempt (counting from 1). */
  onRequestStart(attempt: number): void;
  /** The per-provider rate limiter makes the next request wait. */
  onRateLimited?(): void;
  /** An attempt failed before any output, and another follows. */
  onRetry?(retry: RetryNotice): void;
  /** The region whose host answered, when the provider has regions (it decides the price). */
  onRegion?(region: Region): void;
  /** The key the column's requests carry, before any goes out: the only key its provider can echo. */
  onKey?(key: string): void;
}
