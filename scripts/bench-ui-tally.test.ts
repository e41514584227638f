import { describe, expect, it } from 'vitest';
import type { PacedPlayback } from '../e2e/fake-providers/paced-stream.ts';
import type { ColumnSummary } from '../src-shared/compare.ts';
import { createEmitLog } from './bench-ui-emits.ts';
import type { ProbeRecord } from './bench-ui-probe-record.ts';
import { runningTotals } from './bench-ui-stream.ts';
import { Tally, tallyChunks } from './bench-ui-tally.ts';

/** The page's clock runs 1,000 ms ahead of ours in these records. */
const OFFSET = 1000;

/** One column streaming "ab", " c" and "de": 2, 3 and 5 letters on screen in all. */
function oneColumnRun(options: { finalLetters?: number; held?: number[] } = {}) {
  const deltas = ['ab', ' c', 'de'];
  let now = 0;
  const emits = createEmitLog(() => now);
  // Main sent the first two deltas 1 ms after they were written, the last 2 ms after.
  for (const [at, delta] of [
    [101, 'ab'],
    [111, ' c'],
    [122, 'de'],
  ] as const) {
    now = at;
    emits.record({
      type: 'compare.batch',
      items: [{ runId: 'r', columnId: 'c1', events: [{ type: 'text', delta }] }],
    });
  }
  emits.record({ type: 'compare.column-done', runId: 'r', columnId: 'c1', result: {} as ColumnSummary });
  const probe: ProbeRecord = {
    columns: [
      {
        totals: [2, 3, 5],
        frameAt: [1105, 1115, 1125],
        paintedAt: [1108, 1118, 1128],
        received: { totals: [2, 4, 6], at: [1102, 1112, 1123] },
      },
    ],
    finalLetters: [options.finalLetters ?? 5],
    longTasks: [],
    armedMs: 1000,
    frames: 60,
    longestFrameGapMs: 17,
    probeMs: 1,
  };
  const playback: PacedPlayback = {
    writtenAt: Float64Array.from([90, 100, 110, 120]),
    finished: Promise.resolve(4),
  };
  const tally = new Tally();
  tallyChunks(
    tally,
    {
      run: 1,
      deltas,
      totals: runningTotals(deltas),
      held: Uint8Array.from(options.held ?? [0, 0, 0]),
      // The stream's first frame carries no text: delta k is in frame k + 1.
      playbacks: new Map([[0, { playback, firstDelta: 1 }]]),
      emits,
      offsetMs: OFFSET,
    },
    ['c1'],
    probe,
  );
  return tally;
}

describe('tallyChunks', () => {
  it('times each chunk from its write to the frame that showed it, on one clock, in four legs', () => {
    const tally = oneColumnRun();
    expect(tally.paint).toEqual([8, 8, 8]);
    expect(tally.legs).toEqual({
      writeToBridge: [1, 1, 2],
      bridgeToPage: [1, 1, 1],
      pageToFrame: [3, 3, 2],
      frameToPaint: [3, 3, 3],
    });
    expect(tally.unseenChunks).toBe(0);
    expect(tally.problems).toEqual([]);
  });

  it("keeps apart the chunks main's key guard held back", () => {
    const tally = oneColumnRun({ held: [0, 1, 0] });
    expect(tally.heldChunks).toBe(1);
    expect(tally.paintNotHeld).toEqual([8, 8]);
  });

  it('says when a column does not end with all of the answer on screen', () => {
    const tally = oneColumnRun({ finalLetters: 4 });
    expect(tally.problems).toEqual(['run 1: column 1 shows 4 letters of 5']);
  });
});
