// Queues what main sends during a frame and hands it over once per animation frame, so 16 columns
// streaming at 100 events a second cost one state update per frame, not 1,600.
import type { RunUpdate } from './run-state.ts';

/** Runs `flush` once, soon: on the next animation frame in a window. Returns a way to call it off. */
export type FrameScheduler = (flush: () => void) => () => void;

// A hidden window gets no animation frames; the timer keeps its columns current at a slower pace.
const HIDDEN_WINDOW_FALLBACK_MS = 250;

export const animationFrameScheduler: FrameScheduler = (flush) => {
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, HIDDEN_WINDOW_FALLBACK_MS);
  function run() {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    flush();
  }
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/** How much is kept for runs this window has not been told about yet (their start is in flight). */
const MAX_UNCLAIMED_RUNS = 8;
const MAX_UNCLAIMED_UPDATES = 100_000;

export interface EventPump {
  /** Queues one update; one flush per frame applies all of them in arrival order. */
  push(update: RunUpdate): void;
  /** compare.start answered with this run: what already arrived for it is queued now. */
  claim(runId: string): void;
  /** Applies what is queued now (tests, and a run's start). */
  flushNow(): void;
}

export function createEventPump(
  apply: (updates: RunUpdate[]) => void,
  schedule: FrameScheduler = animationFrameScheduler,
): EventPump {
  let queue: RunUpdate[] = [];
  let cancelFlush: (() => void) | null = null;
  const claimed = new Set<string>();
  // Events can overtake compare.start's answer: they wait here, per run, until it is claimed.
  const unclaimed = new Map<string, RunUpdate[]>();
  let unclaimedCount = 0;

  const runIdOf = (update: RunUpdate) => (update.kind === 'batch' ? update.item.runId : update.runId);

  function flushNow(): void {
    cancelFlush?.();
    cancelFlush = null;
    if (queue.length === 0) return;
    const updates = queue;
    queue = [];
    apply(updates);
  }

  function enqueue(updates: RunUpdate[]): void {
    queue.push(...updates);
    cancelFlush ??= schedule(() => {
      cancelFlush = null;
      flushNow();
    });
  }

  function holdUnclaimed(runId: string, update: RunUpdate): void {
    if (unclaimedCount >= MAX_UNCLAIMED_UPDATES) return;
    let held = unclaimed.get(runId);
    if (!held) {
      if (unclaimed.size >= MAX_UNCLAIMED_RUNS) {
        const [oldest, dropped] = unclaimed.entries().next().value ?? [];
        if (oldest !== undefined) unclaimed.delete(oldest);
        unclaimedCount -= dropped?.length ?? 0;
      }
      held = [];
      unclaimed.set(runId, held);
    }
    held.push(update);
    unclaimedCount += 1;
  }

  return {
    push(update) {
      const runId = runIdOf(update);
      if (claimed.has(runId)) enqueue([update]);
      else holdUnclaimed(runId, update);
    },
    claim(runId) {
      claimed.add(runId);
      const held = unclaimed.get(runId);
      if (!held) return;
      unclaimed.delete(runId);
      unclaimedCount -= held.length;
      enqueue(held);
    },
    flushNow,
  };
}
