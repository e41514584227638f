// What the page probe (bench-ui-probe.ts) hands over after a run: plain data, shared with Node code.

/** Epoch milliseconds: performance.timeOrigin + performance.now() in the page. */
type EpochMs = number;

/** One column's answer over a run: totals[i] letters were on screen in the frame that began at frameAt[i]. */
export interface ProbeColumn {
  totals: number[];
  /** When that frame's animation-frame callbacks began (the app applies what arrived then). */
  frameAt: EpochMs[];
  /** Just after that frame's rendering (style, layout, paint) was done. */
  paintedAt: EpochMs[];
  /** The column's answer length in characters after each message from main, and when it arrived. */
  received: { totals: number[]; at: EpochMs[] };
}

export interface ProbeRecord {
  /** In the page's column order. */
  columns: ProbeColumn[];
  /** Letters on screen per column when the record was taken. */
  finalLetters: number[];
  /** The tasks over 50 ms (PerformanceObserver 'longtask') while armed: when they began (ms after arming), how long. */
  longTasks: { atMs: number; ms: number }[];
  /** How long the probe was armed, and the frames rendered meanwhile. */
  armedMs: number;
  frames: number;
  longestFrameGapMs: number;
  /** Time the probe itself spent counting letters. */
  probeMs: number;
}
