import type { StreamEvent } from '../../../src-shared/domain.ts';
import { looksLikeJsonBody } from '../http/looks-like-json-body.ts';
import { peekBody } from '../http/peek-body.ts';
import { sseFrames } from '../http/sse-frames.ts';
import { collectBytes, DEFAULT_MAX_TEXT_BYTES, type StreamResponse } from '../http/stream-request.ts';
import type { AttemptContext } from '../http/with-retries.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { WireDecoder } from '../wires/decoder.ts';
import type { WireCodec } from './wire-codec.ts';

export const OUTPUT_TYPES: ReadonlySet<StreamEvent['type']> = new Set(['text', 'reasoning', 'tool-call']);

/** What a response reports besides its events. */
export interface ResponseWatch {
  /** A frame moved the answer on: it produced events, or added to what the decoder holds. */
  onProgress(): void;
  /** The stream broke off while tool calls were arriving: they were passed on as far as they got. */
  onToolCallsCut(count: number): void;
}

/** The events of a successful response: decoded whole when it is a JSON document, else as SSE. */
export async function responseEvents(
  response: StreamResponse,
  codec: WireCodec,
  ctx: AttemptContext,
  watch: ResponseWatch,
): Promise<AsyncIterable<StreamEvent> | Iterable<StreamEvent>> {
  const peeked = await peekBody(response.body);
  if (peeked.head.length > 0) ctx.markReceivedBytes();
  if (!looksLikeJsonBody(response.contentType, peeked.head))
    return decodeSse(peeked.body, codec.createDecoder(), watch);
  const bytes = await collectBytes(peeked.body, DEFAULT_MAX_TEXT_BYTES, response.origin);
  watch.onProgress();
  return codec.decodeJson(new TextDecoder().decode(bytes));
}

/**
 * Passes events on, holding everything until the first output: an error before it is thrown,
 * so the attempt can be retried.
 */
export async function* heldUntilOutput(
  events: AsyncIterable<StreamEvent> | Iterable<StreamEvent>,
): AsyncGenerator<StreamEvent, void, undefined> {
  const held: StreamEvent[] = [];
  let streaming = false;
  for await (const event of events) {
    if (!streaming && event.type === 'error') throw new ArenaErrorException(event.error);
    if (!streaming && !OUTPUT_TYPES.has(event.type)) {
      held.push(event);
      continue;
    }
    if (!streaming) {
      streaming = true;
      yield* held;
    }
    yield event;
  }
  if (!streaming) yield* held;
}

async function* decodeSse(
  body: AsyncIterable<Uint8Array>,
  decoder: WireDecoder,
  watch: ResponseWatch,
): AsyncGenerator<StreamEvent> {
  try {
    for await (const frame of sseFrames(body)) {
      const held = decoder.pendingChars();
      const events = decoder.push(frame);
      // A model id is no answer: a provider changing it on every frame must not keep the column alive.
      const answered = events.some((event) => event.type !== 'model');
      if (answered || decoder.pendingChars() > held) watch.onProgress();
      yield* events;
      // After an error the provider has said its last word, or (a frame that is not JSON) nothing
      // later can be trusted to line up: stop reading instead of splicing in more.
      if (events.some((event) => event.type === 'error')) break;
    }
  } catch (error) {
    // Timed out, cancelled or cut off: what was begun is part of the partial answer.
    const begun = decoder.abandon();
    const cut = begun.filter((event) => event.type === 'tool-call').length;
    if (cut > 0) watch.onToolCallsCut(cut);
    yield* begun;
    throw error;
  }
  yield* decoder.end();
}
