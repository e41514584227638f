// What main sends the window during a UI bench run, as it is sent: messages, stream events, and each
// column's answer length over time (to time chunks at the bridge).
import { epochNow } from '../e2e/fake-providers/paced-stream.ts';
import type { ArenaEvent } from '../src-shared/contract.ts';
import type { Samples } from './bench-ui-stats.ts';

export interface EmitLog {
  record(event: ArenaEvent): void;
  /** Forgets everything (a new run). */
  reset(): void;
  /** Resolves once `count` columns have sent column-done since the reset; rejects after `timeoutMs`. */
  allDone(count: number, timeoutMs: number): Promise<void>;
  /** A column's answer length in characters after each batch that carried it, and when that batch went. */
  samples(columnId: string): Samples;
  /** Batch messages per second between the first and the last, and stream events per message. */
  rate(): { messagesPerSecond: number; eventsPerMessage: number };
}

export function createEmitLog(clock: () => number = epochNow): EmitLog {
  let messages = 0;
  let events = 0;
  let firstAt = 0;
  let lastAt = 0;
  let done = 0;
  let onDone = () => {};
  const columns = new Map<string, { chars: number; totals: number[]; at: number[] }>();
  return {
    record(event) {
      const at = clock();
      if (event.type === 'compare.column-done') {
        done++;
        onDone();
      }
      if (event.type !== 'compare.batch') return;
      messages++;
      if (messages === 1) firstAt = at;
      lastAt = at;
      for (const item of event.items) {
        events += item.events.length;
        let column = columns.get(item.columnId);
        if (!column) {
          column = { chars: 0, totals: [], at: [] };
          columns.set(item.columnId, column);
        }
        for (const streamed of item.events)
          if (streamed.type === 'text') column.chars += streamed.delta.length;
        column.totals.push(column.chars);
        column.at.push(at);
      }
    },
    reset() {
      messages = events = firstAt = lastAt = done = 0;
      columns.clear();
    },
    allDone(count, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`only ${done} of ${count} columns finished within ${timeoutMs} ms`)),
          timeoutMs,
        );
        onDone = () => {
          if (done < count) return;
          clearTimeout(timer);
          resolve();
        };
        onDone();
      });
    },
    samples: (columnId) => {
      const column = columns.get(columnId);
      return { totals: column?.totals ?? [], at: column?.at ?? [] };
    },
    rate: () => ({
      messagesPerSecond: lastAt > firstAt ? (messages - 1) / ((lastAt - firstAt) / 1000) : 0,
      eventsPerMessage: messages > 0 ? events / messages : 0,
    }),
  };
}
