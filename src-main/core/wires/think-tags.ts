import type { StreamEvent } from '../../../src-shared/domain.ts';

const TAG_PAIRS: readonly (readonly [open: string, close: string])[] = [
  ['<think>', '</think>'],
  ['<thought>', '</thought>'],
];
const LONGEST_OPEN_TAG = Math.max(...TAG_PAIRS.map(([open]) => open.length));

const NON_WHITESPACE = /\S/;

/** Index of the first character that is not whitespace (as `\s` and `trim` define it), or -1. */
function firstNonWhitespace(text: string): number {
  return text.search(NON_WHITESPACE);
}

/** Index of the last character that is not whitespace, or -1: `trimEnd` reads only the trailing run. */
function lastNonWhitespace(text: string): number {
  return text.trimEnd().length - 1;
}

/**
 * Whitespace held back between chunks, kept in parts so it is never rescanned. A provider controls how
 * much arrives: past MAX_HELD characters it is let go (as text, or as reasoning) rather than held.
 */
class HeldWhitespace {
  private parts: string[] = [];
  length = 0;

  add(part: string): void {
    if (!part) return;
    this.parts.push(part);
    this.length += part.length;
  }

  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return text;
  }
}
const MAX_HELD = 64 * 1024;

/** Length of the longest suffix of `text` that is a proper prefix of `tag` (a tag possibly cut in two). */
function partialTagSuffix(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length--) {
    if (text.endsWith(tag.slice(0, length))) return length;
  }
  return 0;
}

/**
 * Splits `<think>…</think>` (MiniMax) and `<thought>…</thought>` (Gemini) out of streamed content,
 * whatever the chunk boundaries. A tag counts only at the very start of the content or right after a
 * closing tag (models may think in several blocks), so an answer that talks about "<think>" stays text.
 * Each block is trimmed at both ends, blocks are joined by a blank line, and the blank lines after a
 * closing tag are dropped; everything else is passed through exactly.
 *
 * Linear in the total input whatever the provider sends: each chunk is scanned once, and what is held
 * back between chunks (whitespace that may turn out to be trailing or leading, a tag cut in two) is kept
 * in parts and never rescanned. At most MAX_HELD characters of whitespace are held back.
 */
export class ThinkTagSplitter {
  private mode: 'start' | 'reasoning' | 'after' | 'text' = 'start';
  /** 'start': whitespace seen before a possible opening tag, passed on as text if no tag follows. */
  private readonly leadingWhitespace = new HeldWhitespace();
  /** 'start': the beginning of what may be an opening tag; 'reasoning': of the closing tag. */
  private partialTag = '';
  private closeTag = '';
  private reasoningStarted = false;
  private blockStart = false;
  /** Reasoning whitespace held back until more reasoning follows, so the closing trim is exact. */
  private readonly pendingWhitespace = new HeldWhitespace();
  /** An opening tag was found: the content carried reasoning (a follow-up must send it back raw). */
  sawTags = false;

  /** False once the content turned out to be plain text from its start: no tag can come any more. */
  get mayHoldTags(): boolean {
    return this.sawTags || this.mode !== 'text';
  }

  /** Characters held back for now (whitespace, a tag cut in two), to be emitted later or dropped. */
  get heldChars(): number {
    return this.leadingWhitespace.length + this.pendingWhitespace.length + this.partialTag.length;
  }

  push(chunk: string): StreamEvent[] {
    const events: StreamEvent[] = [];
    let rest = chunk;
    while (rest) {
      if (this.mode === 'start') rest = this.pushStart(rest, events);
      else if (this.mode === 'reasoning') rest = this.pushReasoning(rest, events);
      else if (this.mode === 'after') rest = this.pushAfter(rest);
      else {
        events.push({ type: 'text', delta: rest });
        rest = '';
      }
    }
    return events;
  }

  end(): StreamEvent[] {
    const events: StreamEvent[] = [];
    if (this.mode === 'reasoning') this.emitReasoning(this.partialTag, events);
    else if (this.mode === 'start') {
      const held = this.leadingWhitespace.take() + this.partialTag;
      if (held) events.push({ type: 'text', delta: held });
    }
    this.leadingWhitespace.take();
    this.partialTag = '';
    this.pendingWhitespace.take();
    return events;
  }

  /** Before a block: whitespace, then an opening tag (reasoning follows) or anything else (text follows). */
  private pushStart(chunk: string, events: StreamEvent[]): string {
    let rest = chunk;
    if (!this.partialTag) {
      const start = firstNonWhitespace(rest);
      if (start < 0) {
        this.leadingWhitespace.add(rest);
        if (this.leadingWhitespace.length > MAX_HELD) {
          this.mode = 'text';
          events.push({ type: 'text', delta: this.leadingWhitespace.take() });
        }
        return '';
      }
      this.leadingWhitespace.add(rest.slice(0, start));
      rest = rest.slice(start);
    }
    const head = this.partialTag + rest.slice(0, LONGEST_OPEN_TAG);
    const pair = TAG_PAIRS.find(([open]) => head.startsWith(open));
    if (pair) {
      const [open, close] = pair;
      rest = rest.slice(open.length - this.partialTag.length);
      this.leadingWhitespace.take();
      this.partialTag = '';
      this.mode = 'reasoning';
      this.sawTags = true;
      this.closeTag = close;
      this.blockStart = true;
      return rest;
    }
    if (head.length < LONGEST_OPEN_TAG && TAG_PAIRS.some(([open]) => open.startsWith(head))) {
      this.partialTag = head;
      return '';
    }
    const text = this.leadingWhitespace.take() + this.partialTag + rest;
    this.partialTag = '';
    this.mode = 'text';
    if (text) events.push({ type: 'text', delta: text });
    return '';
  }

  private pushReasoning(chunk: string, events: StreamEvent[]): string {
    const text = this.partialTag + chunk;
    const close = text.indexOf(this.closeTag);
    if (close < 0) {
      const held = partialTagSuffix(text, this.closeTag);
      this.emitReasoning(text.slice(0, text.length - held), events);
      this.partialTag = text.slice(text.length - held);
      return '';
    }
    this.emitReasoning(text.slice(0, close), events);
    this.partialTag = '';
    this.pendingWhitespace.take();
    this.mode = 'after';
    return text.slice(close + this.closeTag.length);
  }

  /** The line breaks right after a closing tag are dropped. */
  private pushAfter(chunk: string): string {
    let index = 0;
    while (index < chunk.length && (chunk[index] === '\n' || chunk[index] === '\r')) index++;
    if (index < chunk.length) this.mode = 'start';
    return chunk.slice(index);
  }

  private emitReasoning(piece: string, events: StreamEvent[]): void {
    let text = piece;
    let prefix = '';
    if (this.blockStart) {
      const start = firstNonWhitespace(text);
      if (start < 0) return;
      text = text.slice(start);
      this.blockStart = false;
      if (this.reasoningStarted) prefix = '\n\n';
    }
    const last = lastNonWhitespace(text);
    if (last < 0) {
      this.pendingWhitespace.add(text);
      if (this.pendingWhitespace.length > MAX_HELD)
        events.push({ type: 'reasoning', delta: this.pendingWhitespace.take() });
      return;
    }
    const delta = prefix + this.pendingWhitespace.take() + text.slice(0, last + 1);
    this.pendingWhitespace.add(text.slice(last + 1));
    this.reasoningStarted = true;
    events.push({ type: 'reasoning', delta });
  }
}
