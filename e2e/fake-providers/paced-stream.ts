// A stream written at a steady pace that records when each frame went out, for latency benchmarks:
// the write times are on the clock a browser page reads as performance.timeOrigin + performance.now().
import type { ServerResponse } from 'node:http';

/** Milliseconds since the Unix epoch, with sub-millisecond precision, from the monotonic clock. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface PacedFrames {
  /** Written one per write, in order. */
  frames: readonly string[];
  /** From the start of one write to the next: 10 for 100 frames a second. */
  intervalMs: number;
  /** Default `text/event-stream; charset=utf-8`. */
  contentType?: string;
}

export interface PacedPlayback {
  /** epochNow() just before each frame was written; NaN for a frame never written. */
  writtenAt: Float64Array;
  /** Resolves with how many frames were written, once the response ended or its client went away. */
  finished: Promise<number>;
}

function sleep(ms: number, closed: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      closed.removeEventListener('abort', done);
      resolve();
    };
    // Whole milliseconds, rounded up: a timer may fire a little late, and the caller checks for early.
    const timer = setTimeout(done, Math.ceil(ms));
    closed.addEventListener('abort', done, { once: true });
  });
}

/**
 * Sends the status line and headers at once, then frame k at `k × intervalMs` after them (never before;
 * late when the event loop is busy, after which the next frames catch up), then ends the response.
 */
export function playPaced(res: ServerResponse, paced: PacedFrames): PacedPlayback {
  const writtenAt = new Float64Array(paced.frames.length).fill(Number.NaN);
  const closed = new AbortController();
  res.once('close', () => closed.abort());
  res.writeHead(200, { 'content-type': paced.contentType ?? 'text/event-stream; charset=utf-8' });
  res.flushHeaders();
  const start = performance.now();

  async function play(): Promise<number> {
    for (const [index, frame] of paced.frames.entries()) {
      const due = start + index * paced.intervalMs;
      while (!closed.signal.aborted && performance.now() < due) {
        await sleep(due - performance.now(), closed.signal);
      }
      if (closed.signal.aborted) return index;
      writtenAt[index] = epochNow();
      res.write(frame);
    }
    res.end();
    return paced.frames.length;
  }
  return { writtenAt, finished: play() };
}
