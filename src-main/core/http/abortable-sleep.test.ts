import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableSleep } from './abortable-sleep.ts';

/** The state of `promise` as it settles: read it after moving the fake clock. */
function track(promise: Promise<unknown>): { state: 'pending' | 'resolved' | 'rejected' } {
  const tracked: { state: 'pending' | 'resolved' | 'rejected' } = { state: 'pending' };
  promise.then(
    () => {
      tracked.state = 'resolved';
    },
    () => {
      tracked.state = 'rejected';
    },
  );
  return tracked;
}

describe('abortableSleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves once the wait has passed, not a millisecond before', async () => {
    const sleeping = abortableSleep(1_000, new AbortController().signal);
    const tracked = track(sleeping);
    await vi.advanceTimersByTimeAsync(999);
    expect(tracked.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(tracked.state).toBe('resolved');
    await expect(sleeping).resolves.toBeUndefined();
  });

  it('waits without a signal too, and takes a negative wait as none', async () => {
    const unsignalled = track(abortableSleep(50));
    const negative = track(abortableSleep(-5, new AbortController().signal));
    await vi.advanceTimersByTimeAsync(0);
    expect(negative.state).toBe('resolved');
    expect(unsignalled.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(50);
    expect(unsignalled.state).toBe('resolved');
  });

  it('rejects with cancelled when aborted before or during the wait', async () => {
    const before = new AbortController();
    before.abort();
    await expect(abortableSleep(10, before.signal)).rejects.toMatchObject({ error: { kind: 'cancelled' } });
    const during = new AbortController();
    const sleeping = abortableSleep(60_000, during.signal);
    const tracked = track(sleeping);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(tracked.state).toBe('pending');
    during.abort();
    await expect(sleeping).rejects.toMatchObject({ error: { kind: 'cancelled', message: 'Cancelled.' } });
    // The timer went with the abort: nothing is left to fire.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops listening to the signal once the wait is over (a run-long signal collects no listeners)', async () => {
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const sleeping = abortableSleep(10, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    await expect(sleeping).resolves.toBeUndefined();
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});
