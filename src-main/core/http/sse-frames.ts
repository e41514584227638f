import { createParser } from 'eventsource-parser';
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
 * Turns a byte stream into SSE frames, yielding the frames each body chunk completes as one array
 * (never an empty one), so a consumer pays its per-item cost once per network read, not per frame.
 * Tolerates LF, CRLF and CR line endings, comment lines, a UTF-8 character split between chunks,
 * a missing final blank line (the trailing event is flushed at end of body) and a missing `[DONE]`
 * (`[DONE]` is just a frame's data here). Errors from `body` propagate after every frame completed
 * before them has been yielded. A frame growing past `maxFrameChars` fails with a `protocol` error as
 * soon as it does, never buffered whole (eventsource-parser checks its buffer after every piece it is fed).
 */
export async function* sseFrames(
  body: AsyncIterable<Uint8Array>,
  options: SseFramesOptions = {},
): AsyncGenerator<SseFrame[], void, undefined> {
  const maxFrameChars = options.maxFrameChars ?? DEFAULT_MAX_FRAME_CHARS;
  const decoder = new TextDecoder('utf-8');
  let ready: SseFrame[] = [];
  let overflowed = false;
  const parser = createParser({
    // The parser's own message is the frame (its `id` rides along unread): no copy per frame.
    onEvent: (message) => ready.push(message),
    onComment: options.onComment,
    maxBufferSize: maxFrameChars,
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') overflowed = true;
    },
  });
  /** The frames completed so far, taken (yielded in line: a delegated generator costs more per read). */
  const take = () => {
    const frames = ready;
    ready = [];
    return frames;
  };
  const tooLarge = () => new ArenaErrorException(frameTooLarge(maxFrameChars));
  for await (const chunk of body) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    if (ready.length > 0) yield take();
    if (overflowed) throw tooLarge();
  }
  // eventsource-parser 4.1's reset({ consume: true }) parses a trailing unterminated line but then
  // discards the pending event without dispatching it, so terminate the last event ourselves.
  // Two newlines finish any pending line and then the event, whatever line ending came before.
  parser.feed(`${decoder.decode()}\n\n`);
  if (ready.length > 0) yield take();
  if (overflowed) throw tooLarge();
}
