import type { StreamEvent } from '../../../src-shared/domain.ts';

/** The most output one column keeps: text, reasoning and tool calls, in UTF-8 bytes. */
export const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

const encoder = new TextEncoder();
const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
function utf8Prefix(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  const { read } = encoder.encodeInto(text, new Uint8Array(maxBytes));
  return text.slice(0, read);
}

/**
 * Keeps one column's output under a byte budget, so a provider that never stops cannot fill
 * main's memory (or the window's). The event that crosses the budget is cut to what fits and
 * `exhausted` turns true: the column should stop there.
 */
export class OutputBudget {
  private used = 0;
  exhausted = false;
  readonly maxBytes: number;

  constructor(maxBytes = DEFAULT_MAX_OUTPUT_BYTES) {
    this.maxBytes = maxBytes;
  }

  /** The event as far as it fits: whole, cut (a delta), or null (nothing of it fits). */
  admit(event: StreamEvent): StreamEvent | null {
    if (this.exhausted) return null;
    const remaining = this.maxBytes - this.used;
    if (event.type === 'text' || event.type === 'reasoning') {
      const bytes = utf8Length(event.delta);
      if (bytes <= remaining) {
        this.used += bytes;
        return event;
      }
      this.exhausted = true;
      const kept = utf8Prefix(event.delta, remaining);
      this.used += utf8Length(kept);
      return kept ? { type: event.type, delta: kept } : null;
    }
    if (event.type === 'tool-call') {
      const { id, name, arguments: args } = event.call;
      const bytes = utf8Length(id) + utf8Length(name) + utf8Length(args);
      if (bytes <= remaining) {
        this.used += bytes;
        return event;
      }
      // Half a tool call is no use to anyone: it is dropped whole.
      this.exhausted = true;
      return null;
    }
    return event;
  }
}
