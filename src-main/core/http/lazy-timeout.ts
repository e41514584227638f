/**
 * A timeout restarted far more often than it fires (on every network read, every decoded event). A
 * restart only moves the deadline: the one timer, when it comes due early, waits again for what is
 * left. A clearTimeout and setTimeout per restart would cost more than the read it guards. It fires
 * when the deadline passes while running, within a timer tick of it; paused, it never fires. Its timer
 * does not keep the process up: what it guards (a socket being read) does while it matters.
 */
export class LazyTimeout {
  private deadline = 0;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly ms: number;
  private readonly onTimeout: () => void;

  /** `ms` ≤ 0 disables it: it never fires. */
  constructor(ms: number, onTimeout: () => void) {
    this.ms = ms;
    this.onTimeout = onTimeout;
  }

  /** Runs from now: fires `ms` from now unless restarted, paused or stopped before. */
  restart(): void {
    if (this.ms <= 0) return;
    this.deadline = performance.now() + this.ms;
    this.running = true;
    this.timer ??= setTimeout(this.due, this.ms).unref();
  }

  /** Stops counting until the next restart (the timer, if any, lapses when it comes due). */
  pause(): void {
    this.running = false;
  }

  /** Stops for good (until a restart), letting go of the timer now: nothing keeps the process up. */
  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly due = (): void => {
    this.timer = undefined;
    if (!this.running) return;
    const left = this.deadline - performance.now();
    if (left > 0) {
      this.timer = setTimeout(this.due, left).unref();
      return;
    }
    this.running = false;
    this.onTimeout();
  };
}
