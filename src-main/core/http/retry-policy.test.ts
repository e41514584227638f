import { describe, expect, it } from 'vitest';
import type { ArenaError, ErrorKind } from '../../../src-shared/domain.ts';
import { backoffDelay, decideRetry } from './retry-policy.ts';

const error = (kind: ErrorKind, extra: Partial<ArenaError> = {}): ArenaError => ({
  kind,
  message: kind,
  ...extra,
});
const half = () => 0.5;

describe('decideRetry', () => {
  it('retries rate limits up to 5 attempts in total, honouring Retry-After', () => {
    const limited = error('rate_limit', { retryAfterMs: 1200 });
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(decideRetry({ error: limited, attempt, streamedAnyOutput: false })).toEqual({
        retry: true,
        delayMs: 1200,
      });
    }
    expect(decideRetry({ error: limited, attempt: 5, streamedAnyOutput: false }).retry).toBe(false);
  });

  it('backs off exponentially with full jitter and a cap when there is no Retry-After', () => {
    const options = { random: half, baseDelayMs: 500, maxDelayMs: 3000 };
    const delays = [1, 2, 3, 4].map((attempt) => {
      const decision = decideRetry(
        { error: error('rate_limit'), attempt, streamedAnyOutput: false },
        options,
      );
      return decision.retry ? decision.delayMs : -1;
    });
    expect(delays).toEqual([250, 500, 1000, 1500]);
    expect(backoffDelay(1, { random: () => 0 })).toBe(0);
    expect(backoffDelay(30, { random: () => 0.999_999 })).toBeLessThan(20_000);
  });

  it('retries server, overloaded, and timeout/network before any body byte, up to 3 attempts', () => {
    for (const kind of ['server', 'overloaded', 'timeout', 'network'] as const) {
      expect(
        decideRetry({ error: error(kind), attempt: 1, streamedAnyOutput: false }, { random: half }),
      ).toEqual({
        retry: true,
        delayMs: 250,
      });
      expect(decideRetry({ error: error(kind), attempt: 2, streamedAnyOutput: false }).retry).toBe(true);
      expect(decideRetry({ error: error(kind), attempt: 3, streamedAnyOutput: false }).retry).toBe(false);
    }
    expect(
      decideRetry({ error: error('overloaded', { retryAfterMs: 10 }), attempt: 1, streamedAnyOutput: false }),
    ).toEqual({
      retry: true,
      delayMs: 10,
    });
  });

  it('does not retry timeout or network once body bytes arrived, but still retries server errors', () => {
    for (const kind of ['timeout', 'network'] as const) {
      expect(
        decideRetry({ error: error(kind), attempt: 1, streamedAnyOutput: false, receivedAnyBytes: true })
          .retry,
      ).toBe(false);
    }
    expect(
      decideRetry({ error: error('server'), attempt: 1, streamedAnyOutput: false, receivedAnyBytes: true })
        .retry,
    ).toBe(true);
  });

  it('never retries once output was streamed', () => {
    for (const kind of ['rate_limit', 'server', 'overloaded', 'timeout', 'network'] as const) {
      expect(decideRetry({ error: error(kind), attempt: 1, streamedAnyOutput: true })).toEqual({
        retry: false,
        reason: 'output was already streamed',
      });
    }
  });

  it('never retries errors a new attempt cannot fix', () => {
    const final: ErrorKind[] = [
      'auth',
      'insufficient_balance',
      'plan_excludes_model',
      'quota_exhausted',
      'invalid_request',
      'model_not_found',
      'context_length',
      'content_filtered',
      'cancelled',
      'protocol',
      'invalid_input',
      'forbidden',
      'internal',
    ];
    for (const kind of final) {
      expect(
        decideRetry({ error: error(kind, { retryAfterMs: 5 }), attempt: 1, streamedAnyOutput: false }).retry,
      ).toBe(false);
    }
  });

  it('does not wait for a Retry-After longer than the cap', () => {
    const decision = decideRetry(
      { error: error('rate_limit', { retryAfterMs: 3_600_000 }), attempt: 1, streamedAnyOutput: false },
      { maxRetryAfterMs: 60_000 },
    );
    expect(decision.retry).toBe(false);
  });

  it('takes attempt limits from the options', () => {
    const options = { rateLimitAttempts: 2, transientAttempts: 1 };
    expect(
      decideRetry({ error: error('rate_limit'), attempt: 2, streamedAnyOutput: false }, options).retry,
    ).toBe(false);
    expect(decideRetry({ error: error('server'), attempt: 1, streamedAnyOutput: false }, options).retry).toBe(
      false,
    );
  });
});
