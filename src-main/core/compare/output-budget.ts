import type { StreamEvent } from '../../../src-shared/domain.ts';
import { formatBytes } from '../http/stream-request.ts';
import { DEFAULT_MAX_OUTPUT_BYTES } from '../wires/output-limits.ts';

export { DEFAULT_MAX_OUTPUT_BYTES } from '../wires/output-limits.ts';

/**
 * The most output events (text and reasoning deltas, tool calls) one column keeps, however little
 * each carries: an event costs main and the window tens of bytes beyond its text, so their number is
 * bounded like the bytes are. Twice the longest answers models give today, in tokens.
 */
export const DEFAULT_MAX_OUTPUT_EVENTS = 262_144;

const encoder = new TextEncoder();
const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
function utf8Prefix(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  const { read } = encoder.encodeInto(text, new Uint8Array(maxBytes));
  return text.slice(0, read);
}

/** The UTF-8 bytes an output event carries; null for the other events (usage, finish, error). */
function bytesOf(event: StreamEvent): number | null {
  if (event.type === 'text' || event.type === 'reasoning') return utf8Length(event.delta);
  if (event.type !== 'tool-call') return null;
  const { id, name, arguments: args } = event.call;
  return utf8Length(id) + utf8Length(name) + utf8Length(args);
}

/**
 * Keeps one column's output under a budget of bytes and of events, so a provider that never stops
 * (or sends a flood of tiny pieces) cannot fill main's memory, or the window's. The event that
 * crosses the byte budget is cut to what fits (a tool call keeps its id and name, and its arguments
 * as far as they fit) and `exhausted` turns true: the column should stop there and end with `note`.
 */
export class OutputBudget {
  private usedBytes = 0;
  private events = 0;
  private cutBy: 'bytes' | 'events' | 'tool-call' | null = null;
  readonly maxBytes: number;
  readonly maxEvents: number;

  constructor(maxBytes = DEFAULT_MAX_OUTPUT_BYTES, maxEvents = DEFAULT_MAX_OUTPUT_EVENTS) {
    this.maxBytes = maxBytes;
    this.maxEvents = maxEvents;
  }

  get exhausted(): boolean {
    return this.cutBy !== null;
  }

  /** The marker that ends a truncated column's text. */
  get note(): string {
    if (this.cutBy === 'events')
      return `\n\n[output truncated: the answer came in more than ${this.maxEvents.toLocaleString('en')} pieces]`;
    const cut = this.cutBy === 'tool-call' ? '; the last tool call is cut short' : '';
    return `\n\n[output truncated at ${formatBytes(this.maxBytes)}${cut}]`;
  }

  /** The event as far as it fits: whole, cut, or null (nothing of it fits). */
  admit(event: StreamEvent): StreamEvent | null {
    if (this.exhausted) return null;
    const bytes = bytesOf(event);
    if (bytes === null) return event;
    if (this.events >= this.maxEvents) {
      this.cutBy = 'events';
      return null;
    }
    this.events++;
    const remaining = this.maxBytes - this.usedBytes;
    if (bytes <= remaining) {
      this.usedBytes += bytes;
      return event;
    }
    this.usedBytes = this.maxBytes;
    this.cutBy = 'bytes';
    if (event.type === 'text' || event.type === 'reasoning') {
      const kept = utf8Prefix(event.delta, remaining);
      return kept ? { type: event.type, delta: kept } : null;
    }
    if (event.type !== 'tool-call') return null;
    const { id, name, arguments: args } = event.call;
    const room = remaining - utf8Length(id) - utf8Length(name);
    if (room < 0) return null;
    this.cutBy = 'tool-call';
    return { type: 'tool-call', call: { id, name, arguments: utf8Prefix(args, room) } };
  }
}
