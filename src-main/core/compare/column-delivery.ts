import type { ColumnResult, ColumnSummary } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { ArenaError, StreamEvent } from '../../../src-shared/domain.ts';
import { EventCoalescer, type Scheduler } from './event-coalescer.ts';

export interface ColumnDeliveryOptions {
  emit: (event: ArenaEvent) => void;
  runId: string;
  columnId: string;
  coalesceMs: number;
  scheduler: Scheduler;
  /** Told once, with what `emit` threw for the first event that could not be sent (the column should stop). */
  onFailure: (cause: unknown) => void;
}

const MAX_DETAIL = 200;

function deliveryError(cause: unknown): ArenaError {
  const detail = (cause instanceof Error ? cause.message : String(cause)).slice(0, MAX_DETAIL);
  return {
    kind: 'internal',
    message: `This column's events could not be delivered to the window (${detail}), so it was stopped. Try again; if it happens again, report it with the provider and model.`,
  };
}

/**
 * Sends one column's events: coalesced batches while it streams, then `compare.column-done`.
 * `emit` may throw (Electron's webContents.send cannot clone a Function, and fails once the window
 * is gone): the first failure is reported through `onFailure`, and nothing here ever throws.
 */
export class ColumnDelivery {
  private failed: ArenaError | null = null;
  private readonly options: ColumnDeliveryOptions;
  private readonly coalescer: EventCoalescer;

  constructor(options: ColumnDeliveryOptions) {
    this.options = options;
    const { emit, runId, columnId } = options;
    this.coalescer = new EventCoalescer(
      (events) => emit({ type: 'compare.events', runId, columnId, events }),
      (cause) => this.fail(cause),
      options.coalesceMs,
      options.scheduler,
    );
  }

  /** The first delivery failure, as the column's error; null while everything got through. */
  get failure(): ArenaError | null {
    return this.failed;
  }

  push(event: StreamEvent): void {
    this.coalescer.push(event);
  }

  flush(): void {
    this.coalescer.flush();
  }

  /**
   * Sends column-done with the result's summary (the output itself went out as events); when that
   * cannot be sent, a minimal one with only our own values.
   */
  done(result: ColumnResult): void {
    const { emit, runId, columnId } = this.options;
    const { text: _text, reasoning: _reasoning, toolCalls: _toolCalls, ...summary } = result;
    try {
      emit({ type: 'compare.column-done', runId, columnId, result: summary });
      return;
    } catch (cause) {
      this.fail(cause);
    }
    const minimal: ColumnSummary = {
      usage: null,
      finishReason: 'error',
      error: this.failed,
      timing: result.timing,
      cost: null,
      truncated: result.truncated,
    };
    try {
      emit({ type: 'compare.column-done', runId, columnId, result: minimal });
    } catch {
      // The window cannot take even that; the failure has been reported through onFailure.
    }
  }

  private fail(cause: unknown): void {
    if (this.failed) return;
    this.failed = deliveryError(cause);
    this.options.onFailure(cause);
  }
}
