import type { ColumnEvent, ColumnSummary } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { ArenaError } from '../../../src-shared/domain.ts';
import type { BatchTarget, EventBatcher } from './event-batcher.ts';

export interface ColumnDeliveryOptions {
  batcher: EventBatcher;
  emit: (event: ArenaEvent) => void;
  runId: string;
  columnId: string;
  /** Told once, with the first cause of an event that could not be sent (the column should stop). */
  onFailure: (cause: unknown) => void;
}

const MAX_DETAIL = 200;

/**
 * A text or reasoning delta is a string whatever the provider put in it, and a string always clones:
 * most events are these, and structuredClone would cost more than everything else done with them.
 */
function isPlainDelta(event: ColumnEvent): boolean {
  return (event.type === 'text' || event.type === 'reasoning') && typeof event.delta === 'string';
}

function deliveryError(cause: unknown): ArenaError {
  const detail = (cause instanceof Error ? cause.message : String(cause)).slice(0, MAX_DETAIL);
  return {
    kind: 'internal',
    message: `This column's events could not be delivered to the window (${detail}), so it was stopped. Try again; if it happens again, report it with the provider and model.`,
  };
}

/**
 * Sends one column's events through the shared batcher while it streams, then `compare.column-done`.
 * Electron's webContents.send structured-clones what it sends and throws on what it cannot clone:
 * each event is checked as it arrives, so one odd value from a provider fails only its own column,
 * not every column sharing its batch. `emit` may still throw (the window is gone): the first failure
 * is reported through `onFailure`, and nothing here ever throws.
 */
export class ColumnDelivery implements BatchTarget {
  readonly runId: string;
  readonly columnId: string;
  private failed: ArenaError | null = null;
  private readonly options: ColumnDeliveryOptions;

  constructor(options: ColumnDeliveryOptions) {
    this.options = options;
    this.runId = options.runId;
    this.columnId = options.columnId;
  }

  /** The first delivery failure, as the column's error; null while everything got through. */
  get failure(): ArenaError | null {
    return this.failed;
  }

  push(event: ColumnEvent): void {
    if (!isPlainDelta(event)) {
      try {
        structuredClone(event);
      } catch (cause) {
        this.onFailure(cause);
        return;
      }
    }
    this.options.batcher.push(this, event);
  }

  /** Sends every column's pending events now. */
  flush(): void {
    this.options.batcher.flush();
  }

  /**
   * Sends column-done after the column's last events; when that cannot be sent, a minimal one with
   * only our own values.
   */
  done(summary: ColumnSummary): void {
    this.flush();
    const { emit, runId, columnId } = this.options;
    try {
      emit({ type: 'compare.column-done', runId, columnId, result: summary });
      return;
    } catch (cause) {
      this.onFailure(cause);
    }
    const minimal: ColumnSummary = {
      usage: null,
      finishReason: 'error',
      error: this.failed,
      timing: summary.timing,
      cost: null,
      truncated: summary.truncated,
    };
    try {
      emit({ type: 'compare.column-done', runId, columnId, result: minimal });
    } catch {
      // The window cannot take even that; the failure has been reported through onFailure.
    }
  }

  onFailure(cause: unknown): void {
    if (this.failed) return;
    this.failed = deliveryError(cause);
    this.options.onFailure(cause);
  }
}
