import type { ArenaError, ErrorKind } from '../../../src-shared/domain.ts';

export interface RetryPolicyOptions {
  /** Attempts in total for `rate_limit`. Default 5. */
  rateLimitAttempts?: number;
  /** Attempts in total for `server`, `overloaded`, and `timeout` / `network` before any body byte. Default 3. */
  transientAttempts?: number;
  /** First backoff ceiling. Default 500 ms. */
  baseDelayMs?: number;
  /** Backoff ceiling cap. Default 20 000 ms. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the error goes to the user, who can decide. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** Uniform in [0, 1): the jitter source. Default Math.random. */
  random?: () => number;
}

export interface RetryInput {
  error: ArenaError;
  /** The attempt that just failed, counting from 1. */
  attempt: number;
  /** Any token (text, reasoning, tool call) already reached the user: never retry then. */
  streamedAnyOutput: boolean;
  /** Response body bytes had arrived: a timeout or a lost connection after that is not retried (the provider accepted the request). */
  receivedAnyBytes?: boolean;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

export const DEFAULT_RETRY_POLICY: Required<Omit<RetryPolicyOptions, 'random'>> = {
  rateLimitAttempts: 5,
  transientAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

const TRANSIENT: ReadonlySet<ErrorKind> = new Set(['server', 'overloaded']);
const BEFORE_FIRST_BYTE: ReadonlySet<ErrorKind> = new Set(['timeout', 'network']);

/** Capped exponential backoff with full jitter: uniform in [0, min(cap, base × 2^(attempt − 1))). */
export function backoffDelay(attempt: number, options: RetryPolicyOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs;
  const cap = options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.floor((options.random ?? Math.random)() * ceiling);
}

/**
 * Pure: whether to try again after a failed attempt, and after how long. Only errors that a new
 * attempt can fix are retried, and only before anything was streamed to the user; everything else
 * (auth, balance, plan, quota, bad request, unknown model, context length, content filter,
 * cancellation, protocol, IPC-level kinds) is final.
 */
export function decideRetry(input: RetryInput, options: RetryPolicyOptions = {}): RetryDecision {
  const { error, attempt } = input;
  if (input.streamedAnyOutput) return { retry: false, reason: 'output was already streamed' };
  const retryAfterCap = options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs;

  let limit: number;
  if (error.kind === 'rate_limit') {
    limit = options.rateLimitAttempts ?? DEFAULT_RETRY_POLICY.rateLimitAttempts;
  } else if (TRANSIENT.has(error.kind)) {
    limit = options.transientAttempts ?? DEFAULT_RETRY_POLICY.transientAttempts;
  } else if (BEFORE_FIRST_BYTE.has(error.kind)) {
    if (input.receivedAnyBytes)
      return { retry: false, reason: `${error.kind} after the response had started` };
    limit = options.transientAttempts ?? DEFAULT_RETRY_POLICY.transientAttempts;
  } else {
    return { retry: false, reason: `${error.kind} is not retryable` };
  }
  if (attempt >= limit) return { retry: false, reason: `gave up after ${attempt} attempts` };

  if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) {
    if (error.retryAfterMs > retryAfterCap) {
      return { retry: false, reason: `the provider asked to wait ${error.retryAfterMs} ms` };
    }
    return { retry: true, delayMs: error.retryAfterMs };
  }
  return { retry: true, delayMs: backoffDelay(attempt, options) };
}
