import type { ColumnStatus } from '../../../src-shared/compare.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import type { ColumnDelivery } from './column-delivery.ts';
import { ColumnAccumulator } from './column-result.ts';
import { StreamMetrics } from './stream-metrics.ts';

const isOutput = (event: StreamEvent) =>
  event.type === 'text' || event.type === 'reasoning' || event.type === 'tool-call';

/**
 * How many times a column passes on which model is answering: a provider names it once, or again
 * when it changes; one that claims a new model with every chunk is not followed past this.
 */
const MAX_MODEL_EVENTS = 8;

/**
 * Takes one column's events as they come: folds them into its result and timing, and passes on to
 * the window what it should see, with the column's status (`streaming` from the first output on).
 * The replay goes only into the result's summary: the window has the answer from the deltas.
 */
export class ColumnRecorder {
  readonly accumulator = new ColumnAccumulator();
  readonly metrics: StreamMetrics;
  private streaming = false;
  private modelEvents = 0;
  private readonly delivery: ColumnDelivery;
  private readonly signal: AbortSignal;
  private readonly now: () => number;

  constructor(delivery: ColumnDelivery, signal: AbortSignal, now: () => number) {
    this.delivery = delivery;
    this.signal = signal;
    this.now = now;
    this.metrics = new StreamMetrics(now());
  }

  /** A status change, until the column is cancelled or stopped. */
  status(next: ColumnStatus): void {
    if (!this.signal.aborted) this.delivery.push({ type: 'status', status: next });
  }

  /** `at`: when the event arrived, when the caller has already read the clock for its batch. */
  record(event: StreamEvent, at = this.now()): void {
    if (event.type === 'model' && this.modelEvents++ >= MAX_MODEL_EVENTS) return;
    this.metrics.observe(event, at);
    this.accumulator.add(event);
    if (event.type === 'replay') return;
    if (!this.streaming && isOutput(event)) {
      this.streaming = true;
      this.status({ state: 'streaming' });
    }
    this.delivery.push(event);
  }
}
