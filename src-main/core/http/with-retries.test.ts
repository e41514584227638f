import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import type { ArenaError, ErrorKind } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { createAgent } from './agent.ts';
import { arenaErrorOf, sseFrames } from './http-test-support.ts';
import { retryAfterFromHeaders } from './parse-retry-after.ts';
import { openStream, readBodyText } from './stream-request.ts';
import {
  type AttemptContext,
  type AttemptFailure,
  RetryLoop,
  type WithRetriesOptions,
} from './with-retries.ts';

/** One request run to success, or until the policy says stop, on RetryLoop. */
async function withRetries<T>(
  run: (context: AttemptContext) => Promise<T>,
  options: WithRetriesOptions = {},
): Promise<T> {
  const attempts = new RetryLoop(options);
  for (;;) {
    const context = attempts.begin();
    try {
      return await run(context);
    } catch (thrown) {
      await attempts.failed(thrown);
    }
  }
}

/** A reading loop the way streamColumn runs one on RetryLoop: every item passed on counts as output. */
async function* retried<T>(
  run: (context: AttemptContext) => AsyncIterable<T>,
  options: WithRetriesOptions,
): AsyncGenerator<T> {
  const attempts = new RetryLoop(options);
  for (;;) {
    const context = attempts.begin();
    try {
      for await (const item of run(context)) {
        context.markStreamedOutput();
        yield item;
      }
      return;
    } catch (thrown) {
      await attempts.failed(thrown);
    }
  }
}

const fail = (kind: ErrorKind, extra: Partial<ArenaError> = {}) =>
  new ArenaErrorException({ kind, message: `${kind} happened`, ...extra });

/** Records the waits instead of sleeping. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('withRetries', () => {
  it('returns the first success', async () => {
    const attempts: number[] = [];
    expect(
      await withRetries(async ({ attempt }) => attempt * 10, { onAttempt: (n) => attempts.push(n) }),
    ).toBe(10);
    expect(attempts).toEqual([1]);
  });

  it('retries retryable failures with the policy delays, reporting every failure', async () => {
    const { waits, sleep } = recordingSleep();
    const failures: AttemptFailure[] = [];
    const result = await withRetries(
      async ({ attempt }) => {
        if (attempt === 1) throw fail('server');
        if (attempt === 2) throw fail('rate_limit', { retryAfterMs: 700 });
        return 'ok';
      },
      { sleep, policy: { random: () => 0.5 }, onFailure: (failure) => failures.push(failure) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([250, 700]);
    expect(failures.map((failure) => [failure.attempt, failure.error.kind, failure.decision.retry])).toEqual([
      [1, 'server', true],
      [2, 'rate_limit', true],
    ]);
  });

  it('gives up after the attempt limit with the last error', async () => {
    const { waits, sleep } = recordingSleep();
    let calls = 0;
    const error = await arenaErrorOf(
      withRetries(
        async () => {
          calls++;
          throw fail('overloaded');
        },
        { sleep },
      ),
    );
    expect(error.kind).toBe('overloaded');
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('throws non-retryable errors at once, and unknown throws as protocol', async () => {
    const { sleep } = recordingSleep();
    expect((await arenaErrorOf(withRetries(async () => Promise.reject(fail('auth')), { sleep }))).kind).toBe(
      'auth',
    );
    expect(
      (await arenaErrorOf(withRetries(async () => Promise.reject(new Error('bug')), { sleep }))).kind,
    ).toBe('protocol');
  });

  it('does not retry a timeout after body bytes, nor anything after output', async () => {
    const { sleep } = recordingSleep();
    let calls = 0;
    await arenaErrorOf(
      withRetries(
        async (context) => {
          calls++;
          context.markReceivedBytes();
          throw fail('timeout');
        },
        { sleep },
      ),
    );
    await arenaErrorOf(
      withRetries(
        async (context) => {
          calls++;
          context.markStreamedOutput();
          throw fail('rate_limit');
        },
        { sleep },
      ),
    );
    expect(calls).toBe(2);
  });

  it('is cancelled by an abort during the wait between attempts', async () => {
    const controller = new AbortController();
    const error = await arenaErrorOf(
      withRetries(async () => Promise.reject(fail('rate_limit', { retryAfterMs: 30_000 })), {
        signal: controller.signal,
        onFailure: () => queueMicrotask(() => controller.abort()),
      }),
    );
    expect(error).toEqual({ kind: 'cancelled', message: 'Cancelled.' });
  });

  it('reports cancelled when the attempt failed because of the abort', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await arenaErrorOf(withRetries(async () => 1, { signal: controller.signal }))).kind).toBe(
      'cancelled',
    );
  });

  it('accepts a custom decision function', async () => {
    let calls = 0;
    await arenaErrorOf(
      withRetries(
        async () => {
          calls++;
          throw fail('auth');
        },
        {
          decide: ({ attempt }) =>
            attempt < 4 ? { retry: true, delayMs: 0 } : { retry: false, reason: 'enough' },
        },
      ),
    );
    expect(calls).toBe(4);
  });
});

describe('RetryLoop', () => {
  it('cannot report a failure before an attempt began', () => {
    expect(() => new RetryLoop().failed(new Error('x'))).toThrow(/before begin/);
  });

  it('restarts a stream that failed before yielding, but not one that already yielded', async () => {
    const { sleep } = recordingSleep();
    const items: string[] = [];
    for await (const item of retried(
      async function* ({ attempt }) {
        if (attempt === 1) throw fail('network');
        yield `a${attempt}`;
        yield `b${attempt}`;
      },
      { sleep },
    )) {
      items.push(item);
    }
    expect(items).toEqual(['a2', 'b2']);

    const seen: string[] = [];
    let starts = 0;
    const error = await arenaErrorOf(
      (async () => {
        for await (const item of retried(
          async function* () {
            starts++;
            yield 'partial';
            throw fail('network');
          },
          { sleep },
        )) {
          seen.push(item);
        }
      })(),
    );
    expect(error.kind).toBe('network');
    expect(seen).toEqual(['partial']);
    expect(starts).toBe(1);
  });
});

describe('retries against the fake provider', () => {
  let fake: FakeProvider;
  beforeEach(async () => {
    fake = await startFakeProvider();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('two 503s then a stream: three requests, waiting what Retry-After asked', async () => {
    fake.enqueue(
      { status: 503, headers: { 'retry-after-ms': '50' }, json: { error: 'busy' } },
      { status: 503, headers: { 'retry-after-ms': '50' }, json: { error: 'busy' } },
      { body: 'data: {"text":"hi"}\n\ndata: [DONE]\n\n' },
    );
    const agent = createAgent();
    const frames: string[] = [];
    try {
      for await (const batch of retried(async function* ({ signal }: AttemptContext) {
        const response = await openStream({
          url: `${fake.url}/v1/chat/completions`,
          json: {},
          signal,
          dispatcher: agent,
        });
        if (response.status >= 400) {
          const message = await readBodyText(response);
          throw fail('server', {
            httpStatus: response.status,
            message,
            retryAfterMs: retryAfterFromHeaders(response.headers),
          });
        }
        yield* sseFrames(response.body);
      }, {})) {
        frames.push(...batch.map((frame) => frame.data));
      }
    } finally {
      await agent.close();
    }
    expect(frames).toEqual(['{"text":"hi"}', '[DONE]']);
    expect(fake.requests).toHaveLength(3);
    const [first, second, third] = fake.requests.map((recorded) => recorded.receivedAt);
    // Lower bounds only: the waits happened (timers never fire early by more than a millisecond).
    expect(second! - first!).toBeGreaterThanOrEqual(49);
    expect(third! - second!).toBeGreaterThanOrEqual(49);
  });
});
