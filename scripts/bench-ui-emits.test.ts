import { describe, expect, it } from 'vitest';
import type { ColumnSummary } from '../src-shared/compare.ts';
import type { ArenaEvent } from '../src-shared/contract.ts';
import { createEmitLog } from './bench-ui-emits.ts';

const batch = (...items: [string, string[]][]): ArenaEvent => ({
  type: 'compare.batch',
  items: items.map(([columnId, texts]) => ({
    runId: 'r1',
    columnId,
    events: texts.map((delta) => ({ type: 'text' as const, delta })),
  })),
});

const done = (columnId: string): ArenaEvent => ({
  type: 'compare.column-done',
  runId: 'r1',
  columnId,
  result: {} as ColumnSummary,
});

describe('createEmitLog', () => {
  it("keeps each column's answer length after every batch, timed when the batch was sent", () => {
    let now = 100;
    const log = createEmitLog(() => now);
    log.record(batch(['a', ['He', 'llo']], ['b', ['Hi']]));
    now = 110;
    log.record(batch(['a', [' world']]));
    expect(log.samples('a')).toEqual({ totals: [5, 11], at: [100, 110] });
    expect(log.samples('b')).toEqual({ totals: [2], at: [100] });
    expect(log.samples('c')).toEqual({ totals: [], at: [] });
  });

  it('counts batch messages per second between the first and the last, and events per message', () => {
    let now = 0;
    const log = createEmitLog(() => now);
    for (let i = 0; i < 11; i++) {
      now = i * 50;
      log.record(batch(['a', ['x', 'y']], ['b', ['z']]));
    }
    log.record(done('a'));
    // 10 intervals over 0.5 s; 3 events in each message.
    expect(log.rate()).toEqual({ messagesPerSecond: 20, eventsPerMessage: 3 });
  });

  it('resolves allDone once that many columns are done, and forgets everything on reset', async () => {
    const log = createEmitLog(() => 0);
    log.record(batch(['a', ['x']]));
    const finished = log.allDone(2, 10_000);
    let resolved = false;
    void finished.then(() => {
      resolved = true;
    });
    log.record(done('a'));
    await Promise.resolve();
    expect(resolved).toBe(false);
    log.record(done('b'));
    await finished;
    log.reset();
    expect(log.samples('a').totals).toEqual([]);
    expect(log.rate()).toEqual({ messagesPerSecond: 0, eventsPerMessage: 0 });
  });

  it('rejects allDone when the columns do not finish in time', async () => {
    const log = createEmitLog(() => 0);
    await expect(log.allDone(1, 5)).rejects.toThrow('only 0 of 1 columns finished within 5 ms');
  });
});
