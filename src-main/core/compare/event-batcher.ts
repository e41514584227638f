import type { ColumnBatch, ColumnEvent } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { mergeDeltas } from '../wires/merge-deltas.ts';

/** A column whose events the batcher carries; told when a batch holding them could not be sent. */
export interface BatchTarget {
  readonly runId: string;
  readonly columnId: string;
  onFailure(cause: unknown): void;
}

/** Runs a callback once the current turn of the event loop is over. */
export interface TurnEnd {
  schedule(callback: () => void): unknown;
  cancel(handle: unknown): void;
}

/**
 * setImmediate: its callbacks run after the I/O callbacks of the turn and every microtask they
 * queued, so everything the sockets delivered in one turn, decoded, is in by then.
 */
export const endOfTurn: TurnEnd = {
  schedule: (callback) => setImmediate(callback),
  cancel: (handle) => clearImmediate(handle as NodeJS.Immediate),
};

/**
 * One batcher for every column of every run: the events that arrive during one turn of the event
 * loop go out together at the end of that turn, as one compare.batch, never held for a timer.
 * Adjacent text or reasoning deltas of a column merge. A batch that `emit` throws on is dropped,
 * and each of its columns is told; nothing here ever throws.
 */
export class EventBatcher {
  private pending = new Map<BatchTarget, ColumnEvent[]>();
  private scheduled: unknown = null;
  private readonly emit: (event: ArenaEvent) => void;
  private readonly turnEnd: TurnEnd;

  constructor(emit: (event: ArenaEvent) => void, turnEnd: TurnEnd = endOfTurn) {
    this.emit = emit;
    this.turnEnd = turnEnd;
  }

  push(target: BatchTarget, event: ColumnEvent): void {
    let events = this.pending.get(target);
    if (!events) {
      events = [];
      this.pending.set(target, events);
    }
    events.push(event);
    this.scheduled ??= this.turnEnd.schedule(() => {
      this.scheduled = null;
      this.flush();
    });
  }

  /** Sends what is pending now (a column about to report column-done needs its events out first). */
  flush(): void {
    if (this.scheduled !== null) this.turnEnd.cancel(this.scheduled);
    this.scheduled = null;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const items: ColumnBatch[] = [];
    for (const [{ runId, columnId }, events] of batch)
      items.push({ runId, columnId, events: mergeDeltas(events) });
    try {
      this.emit({ type: 'compare.batch', items });
    } catch (cause) {
      for (const target of batch.keys()) target.onFailure(cause);
    }
  }
}
