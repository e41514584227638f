import type { ColumnBatch, ColumnEvent } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { isCutOff } from '../compare/column-keys.ts';
import { KeyPrefixTail } from './key-prefix-tail.ts';
import { redactDeep, type Scrubber } from './redact-deep.ts';

/** What the event redactor needs of the registry of the user's keys. */
export interface KnownSecrets {
  readonly scrubber: Scrubber;
  /** The keys, longest first; the same array until one is added or removed. */
  known(): readonly string[];
}

type DeltaKind = 'text' | 'reasoning';
/** Per column: the end of its streamed text held back because it could be the start of a key. */
type HeldTails = Record<DeltaKind, string>;

const columnOf = (event: { runId: string; columnId: string }) => `${event.runId}\u0000${event.columnId}`;

/**
 * Scrubs every event leaving main: every string, at any depth, loses the user's known keys
 * (messages and codes lose key shapes too, see redactDeep). Streamed text is also guarded across
 * batches: a key split over two batches would pass per-batch scrubbing in two harmless-looking
 * pieces, so the end of a column's text that could be the start of a key is held back until the
 * next piece shows whether the key follows. When the provider's output ends (a finish or an error
 * event, else the column's done event), what is held is released if the output ended complete, and
 * dropped if it was cut off (see isCutOff): then nobody can tell whether the key followed. Text after
 * that end is main's own (the output cap's note), never a key's continuation.
 * Each column of a compare.batch is guarded on its own. Returns the events to send: usually the one
 * given, none while a batch is wholly held back.
 */
export function createEventRedactor(secrets: KnownSecrets): (event: ArenaEvent) => ArenaEvent[] {
  const held = new Map<string, HeldTails>();
  const tail = new KeyPrefixTail(() => secrets.known());

  /** Empties a column's held text: as events when its output ended complete, else into nothing. */
  function settle(tails: HeldTails, complete: boolean): ColumnEvent[] {
    const events: ColumnEvent[] = [];
    if (complete && tails.text) events.push({ type: 'text', delta: tails.text });
    if (complete && tails.reasoning) events.push({ type: 'reasoning', delta: tails.reasoning });
    tails.text = '';
    tails.reasoning = '';
    return events;
  }

  /** One column's events of a batch; null when none is left to send (all of it held back). */
  function guardItem(item: ColumnBatch): ColumnBatch | null {
    const column = columnOf(item);
    const tails = held.get(column) ?? { text: '', reasoning: '' };
    const events: ColumnEvent[] = [];
    let changed = false;
    for (const event of item.events) {
      if (event.type !== 'text' && event.type !== 'reasoning') {
        if (event.type === 'finish' || event.type === 'error') {
          const complete = event.type === 'finish' && !isCutOff({ finishReason: event.reason });
          const released = settle(tails, complete);
          changed ||= released.length > 0;
          events.push(...released);
        }
        const clean = redactDeep(event, secrets.scrubber);
        changed ||= clean !== event;
        events.push(clean);
        continue;
      }
      const pending = tails[event.type] + event.delta;
      const clean = secrets.scrubber.text(pending);
      const keep = clean.length - tail.length(clean);
      tails[event.type] = clean.slice(keep);
      const delta = clean.slice(0, keep);
      changed ||= delta !== event.delta;
      if (delta) events.push(delta === event.delta ? event : { type: event.type, delta });
    }
    if (tails.text || tails.reasoning) held.set(column, tails);
    else held.delete(column);
    if (!changed) return item;
    return events.length > 0 ? { ...item, events } : null;
  }

  function guardBatch(batch: Extract<ArenaEvent, { type: 'compare.batch' }>): ArenaEvent[] {
    const items: ColumnBatch[] = [];
    let changed = false;
    for (const item of batch.items) {
      const clean = guardItem(item);
      changed ||= clean !== item;
      if (clean) items.push(clean);
    }
    if (!changed) return [batch];
    return items.length > 0 ? [{ type: 'compare.batch', items }] : [];
  }

  /** What a column that has ended still holds: released if its output ended complete, else dropped. */
  function release(event: Extract<ArenaEvent, { type: 'compare.column-done' }>): ArenaEvent[] {
    const column = columnOf(event);
    const tails = held.get(column);
    held.delete(column);
    const events = tails ? settle(tails, !isCutOff(event.result)) : [];
    if (events.length === 0) return [];
    return [{ type: 'compare.batch', items: [{ runId: event.runId, columnId: event.columnId, events }] }];
  }

  return (event) => {
    if (event.type === 'compare.batch') return guardBatch(event);
    const clean = redactDeep(event, secrets.scrubber);
    return event.type === 'compare.column-done' ? [...release(event), clean] : [clean];
  };
}
