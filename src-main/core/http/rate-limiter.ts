import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { abortableSleep, type Sleep } from './abortable-sleep.ts';
import { cancelledError } from './transport-error.ts';

export interface RateLimit {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: how many requests may start at once after a quiet spell. */
  burst: number;
}

export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number;
  sleep: Sleep;
}

export interface RateLimiterOptions {
  /** For keys without their own limit. Default 2 requests/s, burst 2. */
  defaultLimit?: RateLimit;
  limits?: Record<string, RateLimit>;
  clock?: Clock;
}

export interface RateLimiter {
  /**
   * Resolves when a request for `key` may start; an abort while waiting rejects with `cancelled` (and
   * frees the slot). `onWait` is told, before the wait begins, when the request must wait and how long.
   */
  acquire(key: string, signal?: AbortSignal, onWait?: (waitMs: number) => void): Promise<void>;
  /** Sets the limit of one key (a provider id); its bucket starts full. */
  setLimit(key: string, limit: RateLimit): void;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 2, burst: 2 };

export const realClock: Clock = { now: () => performance.now(), sleep: abortableSleep };

interface Bucket {
  limit: RateLimit;
  /** May go negative: each waiter reserves its token in arrival order (first come, first served). */
  tokens: number;
  updatedAt: number;
}

/** A token bucket per key. Waiters are served in arrival order; nothing is polled. */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const clock = options.clock ?? realClock;
  const defaultLimit = options.defaultLimit ?? DEFAULT_RATE_LIMIT;
  const limits = new Map(Object.entries(options.limits ?? {}));
  const buckets = new Map<string, Bucket>();

  function bucketFor(key: string): Bucket {
    let bucket = buckets.get(key);
    if (!bucket) {
      const limit = limits.get(key) ?? defaultLimit;
      bucket = { limit, tokens: limit.burst, updatedAt: clock.now() };
      buckets.set(key, bucket);
    }
    const now = clock.now();
    const { perSecond, burst } = bucket.limit;
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = now;
    return bucket;
  }

  return {
    async acquire(key, signal, onWait) {
      if (signal?.aborted) throw new ArenaErrorException(cancelledError());
      const bucket = bucketFor(key);
      bucket.tokens -= 1;
      if (bucket.tokens >= 0) return;
      const waitMs = Math.ceil((-bucket.tokens / bucket.limit.perSecond) * 1000);
      try {
        onWait?.(waitMs);
        await clock.sleep(waitMs, signal);
      } catch (error) {
        bucketFor(key).tokens += 1;
        throw error;
      }
    },
    setLimit(key, limit) {
      limits.set(key, limit);
      buckets.set(key, { limit, tokens: limit.burst, updatedAt: clock.now() });
    },
  };
}

let shared: RateLimiter | undefined;

/** The one limiter all callers share (created on first use with the defaults). */
export function sharedRateLimiter(): RateLimiter {
  shared ??= createRateLimiter();
  return shared;
}
