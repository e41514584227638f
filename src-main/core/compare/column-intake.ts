import type { StreamEvent } from '../../../src-shared/domain.ts';
import type { ColumnDelivery } from './column-delivery.ts';
import type { ColumnRecorder } from './column-recorder.ts';
import { OutputBudget } from './output-budget.ts';

const keptAfterCancel = (event: StreamEvent) => event.type === 'tool-call' || event.type === 'error';

/**
 * What a column keeps of what its stream hands over, single events or batches of them: all of it
 * within the output budget (cut there, with a note), and once the column is cancelled only what the
 * stream hands over as it stops. A batch is taken event by event, so a stop between two of its events holds.
 */
export class ColumnIntake {
  /** The note that ends a column the budget cut short; '' while it has not. */
  truncationNote = '';
  private readonly budget: OutputBudget;
  private readonly recorder: ColumnRecorder;
  private readonly delivery: ColumnDelivery;
  private readonly signal: AbortSignal;

  constructor(
    recorder: ColumnRecorder,
    delivery: ColumnDelivery,
    signal: AbortSignal,
    maxOutputBytes?: number,
  ) {
    this.recorder = recorder;
    this.delivery = delivery;
    this.signal = signal;
    this.budget = new OutputBudget(maxOutputBytes);
  }

  /** Records what arrived at `at`, in order; false when the column stops here (leave the stream). */
  take(item: StreamEvent | readonly StreamEvent[], at: number): boolean {
    if (!isBatch(item)) return this.takeOne(item, at);
    for (const event of item) if (!this.takeOne(event, at)) return false;
    return true;
  }

  private takeOne(event: StreamEvent, at: number): boolean {
    // Once cancelled, only what the stream hands over as it stops is kept: a tool call it had
    // begun (cut short) and the error that says so.
    if (this.signal.aborted && (this.delivery.failure || !keptAfterCancel(event))) return false;
    const admitted = this.budget.admit(event);
    if (admitted) this.recorder.record(admitted, at);
    if (!this.budget.exhausted) return true;
    // The provider's output ends at the cut, and the note after its finish is ours: a key's
    // start held at the cut is then dropped, not released by the note (see createEventRedactor).
    this.truncationNote = this.budget.note;
    this.recorder.record({ type: 'finish', reason: 'length' });
    this.recorder.record({ type: 'text', delta: this.truncationNote });
    this.recorder.accumulator.truncated = true;
    return false;
  }
}

function isBatch(item: StreamEvent | readonly StreamEvent[]): item is readonly StreamEvent[] {
  return Array.isArray(item);
}
