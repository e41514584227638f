import { createParser, type EventSourceParser } from 'eventsource-parser';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { DEFAULT_MAX_TEXT_BYTES, formatBytes } from './stream-request.ts';

/** One server-sent event: `event` is absent when the stream did not name one. */
export interface SseFrame {
  event?: string;
  data: string;
}

/** As large as a whole JSON answer may be: no streamed event needs more. */
export const DEFAULT_MAX_FRAME_CHARS = DEFAULT_MAX_TEXT_BYTES;

export interface SseFramesOptions {
  /** Comment lines (`: OPENROUTER PROCESSING`), without the leading colon and space. */
  onComment?: (comment: string) => void;
  /** The most characters one frame (its data, or a line still arriving) may hold. Default 16 Mi. */
  maxFrameChars?: number;
}

function frameTooLarge(maxChars: number): ArenaError {
  // A character is at least one byte of UTF-8, so the frame had at least this many bytes.
  return {
    kind: 'protocol',
    message: `The provider sent a stream frame larger than ${formatBytes(maxChars)}; no answer needs one that large, so the stream was stopped. Try again, and check the base URL if it happens again.`,
  };
}

/**
 * Turns the chunks of a byte stream into SSE frames as they arrive: `push` returns the frames a chunk
 * completes, `end` those the end of the body completes. Synchronous, so a reading loop that decodes
 * the frames itself needs no generator of its own in between (each one costs every network read).
 * After handing on the frames of a chunk, call `throwIfOverflowed`.
 * Tolerates LF, CRLF and CR line endings, comment lines, a UTF-8 character split between chunks,
 * a missing final blank line (the trailing event is flushed at end of body) and a missing `[DONE]`
 * (`[DONE]` is just a frame's data here). A frame growing past `maxFrameChars` fails with a `protocol`
 * error as soon as it does, never buffered whole (eventsource-parser checks its buffer after every
 * piece it is fed).
 */
export class SseFrameReader {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parser: EventSourceParser;
  private readonly maxFrameChars: number;
  private ready: SseFrame[] = [];
  private overflowed = false;

  constructor(options: SseFramesOptions = {}) {
    this.maxFrameChars = options.maxFrameChars ?? DEFAULT_MAX_FRAME_CHARS;
    this.parser = createParser({
      onEvent: (message) => this.ready.push(message),
      onComment: options.onComment,
      maxBufferSize: this.maxFrameChars,
      onError: (error) => {
        if (error.type === 'max-buffer-size-exceeded') this.overflowed = true;
      },
    });
  }

  /** The frames `chunk` completes (often none). */
  push(chunk: Uint8Array): SseFrame[] {
    this.parser.feed(this.decoder.decode(chunk, STREAMING));
    return this.take();
  }

  /** The frames the end of the body completes (a trailing event without its blank line). */
  end(): SseFrame[] {
    this.parser.feed(`${this.decoder.decode()}\n\n`);
    return this.take();
  }

  /** Fails with a `protocol` error once a frame has grown past the limit. */
  throwIfOverflowed(): void {
    if (this.overflowed) throw new ArenaErrorException(frameTooLarge(this.maxFrameChars));
  }

  private take(): SseFrame[] {
    if (this.ready.length === 0) return NO_FRAMES;
    const frames = this.ready;
    this.ready = [];
    return frames;
  }
}

const STREAMING = { stream: true } as const;
const NO_FRAMES: SseFrame[] = [];
