import { describe, expect, it } from 'vitest';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { type Clock, createRateLimiter, sharedRateLimiter } from './rate-limiter.ts';

/** A manual clock: sleeps resolve only when the test advances time. */
function manualClock() {
  let now = 0;
  const sleepers: Array<{ at: number; resolve: () => void }> = [];
  const requested: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        requested.push(ms);
        const sleeper = { at: now + ms, resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          reject(new ArenaErrorException({ kind: 'cancelled', message: 'Cancelled.' }));
        });
      }),
  };
  return {
    clock,
    requested,
    async advance(ms: number) {
      now += ms;
      for (const sleeper of sleepers.filter((entry) => entry.at <= now)) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.resolve();
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('rate limiter', () => {
  it('lets a burst through, then spaces requests at the rate, first come first served', async () => {
    const time = manualClock();
    const limiter = createRateLimiter({ clock: time.clock });
    const order: number[] = [];
    await limiter.acquire('minimax');
    await limiter.acquire('minimax');
    const third = limiter.acquire('minimax').then(() => order.push(3));
    const fourth = limiter.acquire('minimax').then(() => order.push(4));
    expect(time.requested).toEqual([500, 1000]);
    await time.advance(499);
    expect(order).toEqual([]);
    await time.advance(1);
    expect(order).toEqual([3]);
    await time.advance(500);
    await Promise.all([third, fourth]);
    expect(order).toEqual([3, 4]);
  });

  it('refills over time up to the burst', async () => {
    const time = manualClock();
    const limiter = createRateLimiter({ clock: time.clock });
    await limiter.acquire('k');
    await limiter.acquire('k');
    await time.advance(10_000);
    await limiter.acquire('k');
    await limiter.acquire('k');
    expect(time.requested).toEqual([]);
    void limiter.acquire('k');
    expect(time.requested).toEqual([500]);
  });

  it('keeps one bucket per key, with per-key limits', async () => {
    const time = manualClock();
    const limiter = createRateLimiter({
      clock: time.clock,
      defaultLimit: { perSecond: 1, burst: 1 },
      limits: { openai: { perSecond: 10, burst: 3 } },
    });
    await limiter.acquire('anthropic');
    for (let i = 0; i < 3; i++) await limiter.acquire('openai');
    expect(time.requested).toEqual([]);
    void limiter.acquire('anthropic');
    void limiter.acquire('openai');
    expect(time.requested).toEqual([1000, 100]);
    limiter.setLimit('anthropic', { perSecond: 5, burst: 2 });
    await limiter.acquire('anthropic');
    await limiter.acquire('anthropic');
    expect(time.requested).toHaveLength(2);
  });

  it('rejects with cancelled when aborted while waiting, and gives the slot back', async () => {
    const time = manualClock();
    const limiter = createRateLimiter({ clock: time.clock, defaultLimit: { perSecond: 1, burst: 1 } });
    await limiter.acquire('k');
    const controller = new AbortController();
    const waiting = limiter.acquire('k', controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ error: { kind: 'cancelled' } });
    void limiter.acquire('k');
    expect(time.requested).toEqual([1000, 1000]);
    const aborted = new AbortController();
    aborted.abort();
    await expect(limiter.acquire('other', aborted.signal)).rejects.toBeInstanceOf(ArenaErrorException);
  });

  it('tells the caller, before waiting, that its request must wait and for how long', async () => {
    const time = manualClock();
    const limiter = createRateLimiter({ clock: time.clock, defaultLimit: { perSecond: 2, burst: 1 } });
    const told: number[] = [];
    await limiter.acquire('k', undefined, (waitMs) => told.push(waitMs));
    expect(told).toEqual([]);
    const waiting = limiter.acquire('k', undefined, (waitMs) => told.push(waitMs));
    // Told at once, while the wait is still ahead.
    expect(told).toEqual([500]);
    await time.advance(500);
    await waiting;
    expect(told).toEqual([500]);
  });

  it('works with the real clock (tiny waits) and has one shared instance', async () => {
    const limiter = createRateLimiter({ defaultLimit: { perSecond: 200, burst: 1 } });
    await limiter.acquire('k');
    await limiter.acquire('k');
    expect(sharedRateLimiter()).toBe(sharedRateLimiter());
  });
});
