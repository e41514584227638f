import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyTimeout } from './lazy-timeout.ts';

describe('LazyTimeout (fake clock: timers and performance.now advance together)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once, when the time has passed since the start', () => {
    const fired = vi.fn();
    new LazyTimeout(1000, fired).restart();
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('counts from the last restart, with one timer however many restarts', () => {
    const fired = vi.fn();
    const timeout = new LazyTimeout(1000, fired);
    timeout.restart();
    for (let step = 0; step < 50; step++) {
      vi.advanceTimersByTime(100);
      timeout.restart();
    }
    expect(vi.getTimerCount()).toBe(1);
    // 5 s in, restarted just now: due at 6 s, not at the first timer's 1 s nor a tick later.
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('never fires while paused, and counts again from a restart', () => {
    const fired = vi.fn();
    const timeout = new LazyTimeout(1000, fired);
    timeout.restart();
    vi.advanceTimersByTime(500);
    timeout.pause();
    vi.advanceTimersByTime(10_000);
    expect(fired).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    timeout.restart();
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('restarted before a lapsed timer comes due, still fires on time', () => {
    const fired = vi.fn();
    const timeout = new LazyTimeout(1000, fired);
    timeout.restart();
    vi.advanceTimersByTime(300);
    timeout.pause();
    vi.advanceTimersByTime(300);
    timeout.restart();
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('lets go of its timer when stopped, and never fires after', () => {
    const fired = vi.fn();
    const timeout = new LazyTimeout(1000, fired);
    timeout.restart();
    timeout.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(fired).not.toHaveBeenCalled();
  });

  it('does nothing when disabled (0 ms)', () => {
    const fired = vi.fn();
    new LazyTimeout(0, fired).restart();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(fired).not.toHaveBeenCalled();
  });
});
