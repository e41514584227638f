import type { ColumnTiming } from '../../../src-shared/compare.ts';
import type { StreamEvent, Usage } from '../../../src-shared/domain.ts';

/** Rough tokens for text when a provider reports no usage: about four characters a token. */
export function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}

/**
 * Times one column: TTFT from the start of the request that answered (a rate limiter's queue and
 * failed attempts before it do not count), tokens/s over the first-to-last-token window, and the
 * total wall time from the column's start.
 */
export class StreamMetrics {
  private readonly startedAt: number;
  private requestStartedAt: number;
  private firstTokenAt: number | null = null;
  private lastTokenAt: number | null = null;
  private outputCharacters = 0;

  constructor(startedAt: number) {
    this.startedAt = startedAt;
    this.requestStartedAt = startedAt;
  }

  requestStarted(now: number): void {
    if (this.firstTokenAt === null) this.requestStartedAt = now;
  }

  observe(event: StreamEvent, now: number): void {
    if ((event.type === 'text' || event.type === 'reasoning') && event.delta.length > 0) {
      this.firstTokenAt ??= now;
      this.lastTokenAt = now;
      this.outputCharacters += event.delta.length;
    }
  }

  finish(now: number, usage: Usage | null): ColumnTiming {
    const ttftMs = this.firstTokenAt === null ? null : this.firstTokenAt - this.requestStartedAt;
    const tokensEstimated = usage === null;
    const outputTokens = usage ? usage.outputTokens : estimateTokens(this.outputCharacters);
    const windowMs =
      this.firstTokenAt !== null && this.lastTokenAt !== null ? this.lastTokenAt - this.firstTokenAt : 0;
    // One burst (everything in a single chunk) has no window to measure a rate over.
    const tokensPerSecond = windowMs > 0 && outputTokens > 0 ? (outputTokens / windowMs) * 1000 : null;
    return { ttftMs, totalMs: now - this.startedAt, tokensPerSecond, tokensEstimated };
  }
}
