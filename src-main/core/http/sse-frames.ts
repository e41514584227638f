import { createParser } from 'eventsource-parser';

/** One server-sent event: `event` is absent when the stream did not name one. */
export interface SseFrame {
  event?: string;
  data: string;
}

export interface SseFramesOptions {
  /** Comment lines (`: OPENROUTER PROCESSING`), without the leading colon and space. */
  onComment?: (comment: string) => void;
}

/**
 * Turns a byte stream into SSE frames. Tolerates LF, CRLF and CR line endings, comment lines,
 * a UTF-8 character split between chunks, a missing final blank line (the trailing event is
 * flushed at end of body) and a missing `[DONE]` (`[DONE]` is just a frame's data here).
 * Errors from `body` propagate after every frame completed before them has been yielded.
 */
export async function* sseFrames(
  body: AsyncIterable<Uint8Array>,
  options: SseFramesOptions = {},
): AsyncGenerator<SseFrame, void, undefined> {
  const decoder = new TextDecoder('utf-8');
  const ready: SseFrame[] = [];
  const parser = createParser({
    onEvent: (message) =>
      ready.push(
        message.event === undefined ? { data: message.data } : { event: message.event, data: message.data },
      ),
    onComment: options.onComment,
  });
  for await (const chunk of body) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    while (ready.length > 0) yield ready.shift()!;
  }
  parser.feed(decoder.decode());
  // eventsource-parser 4.1's reset({ consume: true }) parses a trailing unterminated line but then
  // discards the pending event without dispatching it, so terminate the last event ourselves.
  // Two newlines finish any pending line and then the event, whatever line ending came before.
  parser.feed('\n\n');
  while (ready.length > 0) yield ready.shift()!;
}
