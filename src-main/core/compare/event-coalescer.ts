import type { StreamEvent } from '../../../src-shared/domain.ts';

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Appends an event to a batch, merging it into the previous one when both are deltas of one kind. */
function appendMerged(batch: StreamEvent[], event: StreamEvent): void {
  const last = batch.at(-1);
  if (last && (event.type === 'text' || event.type === 'reasoning') && last.type === event.type) {
    batch[batch.length - 1] = { type: event.type, delta: last.delta + event.delta };
  } else {
    batch.push(event);
  }
}

/**
 * Batches a column's events into about one message per frame (16 ms), so a fast stream does not
 * become thousands of IPC messages. Adjacent text or reasoning deltas merge into one.
 * A batch that `flushTo` throws on is dropped and handed to `onError`, so a timed flush never
 * throws into the event loop.
 */
export class EventCoalescer {
  private batch: StreamEvent[] = [];
  private timer: unknown = null;
  private readonly flushTo: (events: StreamEvent[]) => void;
  private readonly intervalMs: number;
  private readonly scheduler: Scheduler;
  private readonly onError: (error: unknown) => void;

  constructor(
    flushTo: (events: StreamEvent[]) => void,
    onError: (error: unknown) => void,
    intervalMs = 16,
    scheduler: Scheduler = realScheduler,
  ) {
    this.flushTo = flushTo;
    this.onError = onError;
    this.intervalMs = intervalMs;
    this.scheduler = scheduler;
  }

  push(event: StreamEvent): void {
    appendMerged(this.batch, event);
    if (this.timer === null) this.timer = this.scheduler.setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    if (this.batch.length === 0) return;
    const events = this.batch;
    this.batch = [];
    try {
      this.flushTo(events);
    } catch (error) {
      this.onError(error);
    }
  }
}
