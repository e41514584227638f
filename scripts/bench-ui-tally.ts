// The UI bench's tally: each run's chunks timed leg by leg, and the rates averaged over the runs.
import type { PacedPlayback } from '../e2e/fake-providers/paced-stream.ts';
import type { EmitLog } from './bench-ui-emits.ts';
import type { ProbeRecord } from './bench-ui-probe-record.ts';
import { reachTimes } from './bench-ui-stats.ts';
import type { runningTotals } from './bench-ui-stream.ts';

/** A column's stream as the fake provider played it: frame k was written at playback.writtenAt[k]. */
export interface Served {
  playback: PacedPlayback;
  /** The frame carrying the first delta. */
  firstDelta: number;
}

/** Renderer main-thread counters (CDP Performance.getMetrics), in milliseconds. */
export interface MainThreadMs {
  cpu: number;
  tasks: number;
  script: number;
  layout: number;
  style: number;
}

/** What every run adds to: latencies per chunk, long tasks, and per-run rates averaged at the end. */
export class Tally {
  readonly paint: number[] = [];
  /** Chunk to paint of the chunks main's key guard did not hold back. */
  readonly paintNotHeld: number[] = [];
  heldChunks = 0;
  readonly legs = {
    writeToBridge: [] as number[],
    bridgeToPage: [] as number[],
    pageToFrame: [] as number[],
    frameToPaint: [] as number[],
  };
  readonly longTasks: { run: number; atMs: number; ms: number }[] = [];
  readonly problems: string[] = [];
  readonly heapMb: number[] = [];
  unseenChunks = 0;
  clockUncertaintyMs = 0;
  longestGapMs = 0;
  private readonly perRun = {
    framesPerSecond: 0,
    probeMsPerSecond: 0,
    messagesPerSecond: 0,
    eventsPerMessage: 0,
    cpu: 0,
    tasks: 0,
    script: 0,
    layout: 0,
    style: 0,
  };
  private runs = 0;

  addRates(probe: ProbeRecord, emits: EmitLog, before: MainThreadMs, after: MainThreadMs): void {
    const seconds = probe.armedMs / 1000;
    const rate = emits.rate();
    this.runs++;
    for (const name of ['cpu', 'tasks', 'script', 'layout', 'style'] as const) {
      this.perRun[name] += (after[name] - before[name]) / seconds;
    }
    this.perRun.framesPerSecond += probe.frames / seconds;
    this.perRun.probeMsPerSecond += probe.probeMs / seconds;
    this.perRun.messagesPerSecond += rate.messagesPerSecond;
    this.perRun.eventsPerMessage += rate.eventsPerMessage;
    this.longestGapMs = Math.max(this.longestGapMs, probe.longestFrameGapMs);
    for (const task of probe.longTasks) this.longTasks.push({ run: this.runs, ...task });
  }

  mean(name: keyof Tally['perRun']): number {
    return this.runs > 0 ? this.perRun[name] / this.runs : 0;
  }
}

export interface RunContext {
  run: number;
  deltas: readonly string[];
  totals: ReturnType<typeof runningTotals>;
  held: Uint8Array;
  playbacks: ReadonlyMap<number, Served>;
  emits: EmitLog;
  offsetMs: number;
}

/** Adds one run's chunks to the tally: write → bridge → page → frame → painted, for each chunk that shows letters. */
export function tallyChunks(
  tally: Tally,
  context: RunContext,
  columnIds: string[],
  probe: ProbeRecord,
): void {
  const { run, deltas, totals, held, playbacks, emits, offsetMs } = context;
  const expected = totals.letters.at(-1)!;
  const ours = (times: readonly number[]) => times.map((at) => at - offsetMs);
  for (const [index, columnId] of columnIds.entries()) {
    const served = playbacks.get(index);
    const seen = probe.columns[index];
    if (!served || !seen) {
      tally.problems.push(`run ${run}: column ${index + 1} was not ${served ? 'watched' : 'requested'}`);
      continue;
    }
    if (probe.finalLetters[index] !== expected) {
      tally.problems.push(
        `run ${run}: column ${index + 1} shows ${probe.finalLetters[index]} letters of ${expected}`,
      );
    }
    const paintedAt = reachTimes(totals.letters, { totals: seen.totals, at: ours(seen.paintedAt) });
    const frameAt = reachTimes(totals.letters, { totals: seen.totals, at: ours(seen.frameAt) });
    const bridgedAt = reachTimes(totals.chars, emits.samples(columnId));
    const receivedAt = reachTimes(totals.chars, { totals: seen.received.totals, at: ours(seen.received.at) });
    for (let k = 0; k < deltas.length; k++) {
      if (totals.letters[k]! <= (k === 0 ? 0 : totals.letters[k - 1]!)) continue;
      const written = served.playback.writtenAt[served.firstDelta + k]!;
      const painted = paintedAt[k]!;
      if (Number.isNaN(painted) || Number.isNaN(written)) {
        tally.unseenChunks++;
        continue;
      }
      tally.paint.push(painted - written);
      if (held[k]) tally.heldChunks++;
      else tally.paintNotHeld.push(painted - written);
      const points = [written, bridgedAt[k]!, receivedAt[k]!, frameAt[k]!, painted];
      if (points.some(Number.isNaN)) continue;
      const [w, b, r, f, p] = points as [number, number, number, number, number];
      tally.legs.writeToBridge.push(b - w);
      tally.legs.bridgeToPage.push(r - b);
      tally.legs.pageToFrame.push(f - r);
      tally.legs.frameToPaint.push(p - f);
    }
  }
}
