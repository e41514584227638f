import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ColumnLimits } from './column-limits.ts';

describe('ColumnLimits event clock (fake clock: timers and performance.now advance together)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const limitsOf = () =>
    new ColumnLimits(new AbortController().signal, {
      requestTimeoutMs: 0,
      eventTimeoutMs: 2000,
      provider: 'Acme',
    });

  it('stops the column the event timeout after the last progress, not after the first', () => {
    const limits = limitsOf();
    limits.restartEventClock();
    for (let read = 0; read < 100; read++) {
      vi.advanceTimersByTime(50);
      limits.restartEventClock();
    }
    vi.advanceTimersByTime(1999);
    expect(limits.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(limits.signal.aborted).toBe(true);
    expect(limits.error).toEqual({
      kind: 'timeout',
      message:
        'Acme sent no answer for 2 s (keep-alive messages do not count), so it was stopped; the partial answer is kept. Try again later.',
    });
  });

  it('does not count the time between attempts', () => {
    const limits = limitsOf();
    limits.restartEventClock();
    vi.advanceTimersByTime(1500);
    limits.stopEventClock();
    vi.advanceTimersByTime(60_000);
    expect(limits.signal.aborted).toBe(false);
    limits.restartEventClock();
    vi.advanceTimersByTime(1999);
    expect(limits.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(limits.error?.kind).toBe('timeout');
    limits.dispose();
  });
});
