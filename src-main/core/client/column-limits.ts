import type { ArenaError } from '../../../src-shared/domain.ts';
import { LazyTimeout } from '../http/lazy-timeout.ts';
import { formatDuration } from '../http/stream-request.ts';

/** The most one column's request may take, retries included. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10 * 60_000;
/**
 * The longest a response may go without decoded progress: an event, or tool-call arguments or reasoning
 * still being assembled (keep-alive comments, empty and usage-only frames do not count).
 */
export const DEFAULT_EVENT_TIMEOUT_MS = 120_000;

export interface ColumnLimitsOptions {
  /** Default DEFAULT_REQUEST_TIMEOUT_MS; 0 disables. */
  requestTimeoutMs?: number;
  /** Default DEFAULT_EVENT_TIMEOUT_MS; 0 disables. */
  eventTimeoutMs?: number;
  /** Who is answering, for the messages ("MiniMax"). */
  provider: string;
}

/**
 * The time limits of one column, beyond the transport's idle timer (which any byte resets, so a
 * stream of keep-alive comments or a one-byte drip would outlive it). When a limit fires, `signal`
 * aborts (cancelling the request and closing its connection) and `error` says which limit it was.
 */
export class ColumnLimits {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly provider: string;
  private readonly requestTimer: ReturnType<typeof setTimeout> | undefined;
  /** Restarted on every read that moves the answer on: lazy, so a restart costs no timer. */
  private readonly eventClock: LazyTimeout;
  private fired: ArenaError | null = null;

  constructor(caller: AbortSignal, options: ColumnLimitsOptions) {
    this.signal = AbortSignal.any([caller, this.controller.signal]);
    const eventTimeoutMs = options.eventTimeoutMs ?? DEFAULT_EVENT_TIMEOUT_MS;
    this.provider = options.provider;
    this.eventClock = new LazyTimeout(eventTimeoutMs, () =>
      this.fire(
        `${this.provider} sent no answer for ${formatDuration(eventTimeoutMs)} (keep-alive messages do not count), so it was stopped; the partial answer is kept. Try again later.`,
      ),
    );
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    if (requestTimeoutMs > 0) {
      this.requestTimer = setTimeout(
        () =>
          this.fire(
            `${this.provider} took longer than ${formatDuration(requestTimeoutMs)}, the limit for one answer, so it was stopped; the partial answer is kept. Try again, or ask for a shorter answer.`,
          ),
        requestTimeoutMs,
      );
    }
  }

  /** The limit that fired, as the column's error; null while none has. */
  get error(): ArenaError | null {
    return this.fired;
  }

  /** A response is being read, or it just produced an event: the event clock starts over. */
  restartEventClock(): void {
    if (!this.fired) this.eventClock.restart();
  }

  /** No response is being read (between attempts): silence is expected. */
  stopEventClock(): void {
    this.eventClock.stop();
  }

  dispose(): void {
    clearTimeout(this.requestTimer);
    this.stopEventClock();
  }

  private fire(message: string): void {
    if (this.fired || this.signal.aborted) return;
    this.fired = { kind: 'timeout', message };
    this.dispose();
    this.controller.abort();
  }
}
