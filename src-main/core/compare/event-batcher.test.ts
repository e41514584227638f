import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { type BatchTarget, EventBatcher } from './event-batcher.ts';

/** Resolves after the callbacks already queued with setImmediate, the batcher's end of turn among them. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function target(columnId: string, runId = 'run'): BatchTarget & { failures: unknown[] } {
  const failures: unknown[] = [];
  return { runId, columnId, failures, onFailure: (cause) => failures.push(cause) };
}

describe('event batcher', () => {
  it('sends what arrived during one turn, for every column of every run, as one message at its end', async () => {
    const sent: ArenaEvent[] = [];
    const batcher = new EventBatcher((event) => sent.push(event));
    const a = target('a');
    const b = target('b');
    const other = target('a', 'run-2');
    batcher.push(a, { type: 'text', delta: 'Hel' });
    batcher.push(b, { type: 'reasoning', delta: 'hm' });
    batcher.push(a, { type: 'text', delta: 'lo' });
    batcher.push(other, { type: 'status', status: { state: 'queued' } });
    batcher.push(b, { type: 'reasoning', delta: 'm' });
    batcher.push(a, { type: 'finish', reason: 'stop' });
    expect(sent).toEqual([]);

    await nextTurn();
    expect(sent).toEqual([
      {
        type: 'compare.batch',
        items: [
          {
            runId: 'run',
            columnId: 'a',
            events: [
              { type: 'text', delta: 'Hello' },
              { type: 'finish', reason: 'stop' },
            ],
          },
          { runId: 'run', columnId: 'b', events: [{ type: 'reasoning', delta: 'hmm' }] },
          { runId: 'run-2', columnId: 'a', events: [{ type: 'status', status: { state: 'queued' } }] },
        ],
      },
    ]);
  });

  it('merges only adjacent deltas of one kind, keeping the order of everything else', async () => {
    const sent: ArenaEvent[] = [];
    const batcher = new EventBatcher((event) => sent.push(event));
    const a = target('a');
    batcher.push(a, { type: 'reasoning', delta: 'think' });
    batcher.push(a, { type: 'text', delta: 'say' });
    batcher.push(a, { type: 'status', status: { state: 'streaming' } });
    batcher.push(a, { type: 'text', delta: ' more' });
    batcher.push(a, { type: 'text', delta: '!' });
    await nextTurn();
    expect(sent).toEqual([
      {
        type: 'compare.batch',
        items: [
          {
            runId: 'run',
            columnId: 'a',
            events: [
              { type: 'reasoning', delta: 'think' },
              { type: 'text', delta: 'say' },
              { type: 'status', status: { state: 'streaming' } },
              { type: 'text', delta: ' more!' },
            ],
          },
        ],
      },
    ]);
  });

  it('sends each turn’s events in a message of their own', async () => {
    const sent: ArenaEvent[] = [];
    const batcher = new EventBatcher((event) => sent.push(event));
    const a = target('a');
    batcher.push(a, { type: 'text', delta: 'one' });
    await nextTurn();
    batcher.push(a, { type: 'text', delta: 'two' });
    await nextTurn();
    await nextTurn();
    expect(sent).toEqual([
      {
        type: 'compare.batch',
        items: [{ runId: 'run', columnId: 'a', events: [{ type: 'text', delta: 'one' }] }],
      },
      {
        type: 'compare.batch',
        items: [{ runId: 'run', columnId: 'a', events: [{ type: 'text', delta: 'two' }] }],
      },
    ]);
  });

  it('flush sends at once, and the end of the turn then sends nothing more (never an empty batch)', async () => {
    const sent: ArenaEvent[] = [];
    const batcher = new EventBatcher((event) => sent.push(event));
    batcher.push(target('a'), { type: 'text', delta: 'now' });
    batcher.flush();
    expect(sent).toHaveLength(1);
    batcher.flush();
    await nextTurn();
    expect(sent).toHaveLength(1);
  });

  it('a batch that cannot be sent is reported to each of its columns, and the next one still goes out', async () => {
    const sent: ArenaEvent[] = [];
    let refuse = true;
    const cause = new Error('An object could not be cloned.');
    const batcher = new EventBatcher((event) => {
      if (refuse) throw cause;
      sent.push(event);
    });
    const a = target('a');
    const b = target('b');
    const c = target('c');
    batcher.push(a, { type: 'text', delta: 'x' });
    batcher.push(b, { type: 'text', delta: 'y' });
    await nextTurn();
    expect(a.failures).toEqual([cause]);
    expect(b.failures).toEqual([cause]);
    refuse = false;
    batcher.push(c, { type: 'text', delta: 'z' });
    await nextTurn();
    expect(c.failures).toEqual([]);
    expect(sent).toEqual([
      {
        type: 'compare.batch',
        items: [{ runId: 'run', columnId: 'c', events: [{ type: 'text', delta: 'z' }] }],
      },
    ]);
  });
});
