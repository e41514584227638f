import type { StreamEvent } from '../../../src-shared/domain.ts';

const OPEN_TAGS = { '<think>': '</think>', '<thought>': '</thought>' } as const;
type OpenTag = keyof typeof OPEN_TAGS;

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
 */
export class ThinkTagSplitter {
  private mode: 'start' | 'reasoning' | 'after' | 'text' = 'start';
  private buffer = '';
  private closeTag = '';
  private reasoningStarted = false;
  private blockStart = false;
  private pendingWhitespace = '';

  push(chunk: string): StreamEvent[] {
    this.buffer += chunk;
    const events: StreamEvent[] = [];
    for (;;) {
      if (this.mode === 'start') {
        const head = this.buffer.trimStart();
        const tag = (Object.keys(OPEN_TAGS) as OpenTag[]).find((open) => head.startsWith(open));
        if (tag) {
          this.mode = 'reasoning';
          this.closeTag = OPEN_TAGS[tag];
          this.buffer = head.slice(tag.length);
          this.blockStart = true;
          continue;
        }
        const couldBeTag = head.length === 0 || Object.keys(OPEN_TAGS).some((open) => open.startsWith(head));
        if (couldBeTag) return events;
        this.mode = 'text';
        continue;
      }
      if (this.mode === 'reasoning') {
        const close = this.buffer.indexOf(this.closeTag);
        const end = close >= 0 ? close : this.buffer.length - partialTagSuffix(this.buffer, this.closeTag);
        this.emitReasoning(this.buffer.slice(0, end), events);
        if (close < 0) {
          this.buffer = this.buffer.slice(end);
          return events;
        }
        this.buffer = this.buffer.slice(close + this.closeTag.length);
        this.pendingWhitespace = '';
        this.mode = 'after';
        continue;
      }
      if (this.mode === 'after') {
        this.buffer = this.buffer.replace(/^[\r\n]+/, '');
        if (!this.buffer) return events;
        this.mode = 'start';
        continue;
      }
      if (this.buffer) events.push({ type: 'text', delta: this.buffer });
      this.buffer = '';
      return events;
    }
  }

  end(): StreamEvent[] {
    const events: StreamEvent[] = [];
    if (this.mode === 'reasoning') this.emitReasoning(this.buffer, events);
    else if (this.mode !== 'after' && this.buffer) events.push({ type: 'text', delta: this.buffer });
    this.buffer = '';
    return events;
  }

  /** Holds trailing whitespace back until more reasoning follows, so the closing trim is exact. */
  private emitReasoning(piece: string, events: StreamEvent[]): void {
    let text = this.pendingWhitespace + piece;
    if (this.blockStart) {
      text = piece.trimStart();
      if (!text) return;
      this.blockStart = false;
      if (this.reasoningStarted) text = `\n\n${text}`;
    }
    const trailing = /\s*$/.exec(text)?.[0] ?? '';
    this.pendingWhitespace = trailing;
    text = text.slice(0, text.length - trailing.length);
    if (text) {
      this.reasoningStarted = true;
      events.push({ type: 'reasoning', delta: text });
    }
  }
}
