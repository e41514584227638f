import { describe, expect, it } from 'vitest';
import { createEventPump, type FrameScheduler } from './event-pump.ts';
import type { RunUpdate } from './run-state.ts';

/** A frame clock the test advances by hand. */
function manualFrames() {
  const pending = new Set<() => void>();
  const schedule: FrameScheduler = (flush) => {
    pending.add(flush);
    return () => pending.delete(flush);
  };
  return {
    schedule,
    scheduled: () => pending.size,
    frame() {
      const due = [...pending];
      pending.clear();
      for (const flush of due) flush();
    },
  };
}

const text = (runId: string, delta: string): RunUpdate => ({
  kind: 'batch',
  item: { runId, columnId: 'a', events: [{ type: 'text', delta }] },
});

describe('createEventPump', () => {
  it('applies everything that arrived during a frame at once, in order, with one frame scheduled', () => {
    const frames = manualFrames();
    const applied: RunUpdate[][] = [];
    const pump = createEventPump((updates) => applied.push(updates), frames.schedule);
    pump.claim('r');
    for (const delta of ['a', 'b', 'c']) pump.push(text('r', delta));
    expect(frames.scheduled()).toBe(1);
    expect(applied).toEqual([]);
    frames.frame();
    expect(applied).toEqual([[text('r', 'a'), text('r', 'b'), text('r', 'c')]]);
    frames.frame();
    expect(applied).toHaveLength(1);
  });

  it('holds events that overtake their run’s start until the run is claimed', () => {
    const frames = manualFrames();
    const applied: RunUpdate[][] = [];
    const pump = createEventPump((updates) => applied.push(updates), frames.schedule);
    pump.push(text('early', 'x'));
    frames.frame();
    expect(applied).toEqual([]);
    pump.claim('early');
    pump.push(text('early', 'y'));
    pump.flushNow();
    expect(applied).toEqual([[text('early', 'x'), text('early', 'y')]]);
    expect(frames.scheduled()).toBe(0);
  });

  it('keeps what it holds for unknown runs bounded', () => {
    const frames = manualFrames();
    const applied: RunUpdate[][] = [];
    const pump = createEventPump((updates) => applied.push(updates), frames.schedule);
    for (let run = 0; run < 20; run++) pump.push(text(`r${run}`, 'x'));
    pump.claim('r0');
    pump.claim('r19');
    pump.flushNow();
    // The oldest runs' events were let go; the newest are still there.
    expect(applied).toEqual([[text('r19', 'x')]]);
  });
});
