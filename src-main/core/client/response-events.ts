import type { StreamEvent } from '../../../src-shared/domain.ts';
import { looksLikeJsonBody } from '../http/looks-like-json-body.ts';
import { peekBody } from '../http/peek-body.ts';
import { type SseFrame, sseFrames } from '../http/sse-frames.ts';
import { collectBytes, DEFAULT_MAX_TEXT_BYTES, type StreamResponse } from '../http/stream-request.ts';
import type { AttemptContext } from '../http/with-retries.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { WireDecoder } from '../wires/decoder.ts';
import { mergeDeltas } from '../wires/merge-deltas.ts';
import type { WireCodec } from './wire-codec.ts';

export const OUTPUT_TYPES: ReadonlySet<StreamEvent['type']> = new Set(['text', 'reasoning', 'tool-call']);

/** What a response reports besides its events. */
export interface ResponseWatch {
  /** A frame moved the answer on: it produced events, or added to what the decoder holds. */
  onProgress(): void;
  /** The stream broke off while tool calls were arriving: they were passed on as far as they got. */
  onToolCallsCut(count: number): void;
}

/**
 * The events of a successful response, in batches: one per network read when it streams as SSE (see
 * sseFrames), or one for a body decoded whole as a JSON document. No batch is empty.
 */
export async function responseEvents(
  response: StreamResponse,
  codec: WireCodec,
  ctx: AttemptContext,
  watch: ResponseWatch,
): Promise<AsyncIterable<StreamEvent[]> | Iterable<StreamEvent[]>> {
  const peeked = await peekBody(response.body);
  if (peeked.head.length > 0) ctx.markReceivedBytes();
  if (!looksLikeJsonBody(response.contentType, peeked.head))
    return decodeSse(peeked.body, codec.createDecoder(), watch);
  const bytes = await collectBytes(peeked.body, DEFAULT_MAX_TEXT_BYTES, response.origin);
  watch.onProgress();
  const events = codec.decodeJson(new TextDecoder().decode(bytes));
  return events.length > 0 ? [events] : [];
}

const isOutput = (event: StreamEvent) => OUTPUT_TYPES.has(event.type);

/**
 * Passes batches on, holding every event until the first output: an error before it is thrown, so the
 * attempt can be retried. The batch with the first output goes out with the events held before it.
 */
export async function* heldUntilOutput(
  batches: AsyncIterable<StreamEvent[]> | Iterable<StreamEvent[]>,
): AsyncGenerator<StreamEvent[], void, undefined> {
  let held: StreamEvent[] = [];
  let streaming = false;
  for await (const batch of batches) {
    if (streaming) {
      yield batch;
      continue;
    }
    const first = batch.findIndex(isOutput);
    const before = first < 0 ? batch : batch.slice(0, first);
    const error = before.find((event) => event.type === 'error');
    if (error?.type === 'error') throw new ArenaErrorException(error.error);
    if (first < 0) {
      for (const event of batch) held.push(event);
      continue;
    }
    streaming = true;
    yield held.length > 0 ? held.concat(batch) : batch;
    held = [];
  }
  if (!streaming && held.length > 0) yield held;
}

/**
 * Decodes one batch of frames, stopping at the first error (nothing after it can be trusted). Adjacent
 * deltas of one kind are merged: the window gets them merged anyway (see EventBatcher), and everything
 * between here and there then handles one event per read where a provider sent dozens.
 */
function decodeFrames(decoder: WireDecoder, frames: readonly SseFrame[], watch: ResponseWatch) {
  const held = decoder.pendingChars();
  const events: StreamEvent[] = [];
  let answered = false;
  let failed = false;
  for (const frame of frames) {
    for (const event of decoder.push(frame)) {
      events.push(event);
      // A model id is no answer: a provider changing it on every frame must not keep the column alive.
      if (event.type !== 'model') answered = true;
      if (event.type === 'error') failed = true;
    }
    if (failed) break;
  }
  if (answered || decoder.pendingChars() > held) watch.onProgress();
  return { events: mergeDeltas(events), failed };
}

async function* decodeSse(
  body: AsyncIterable<Uint8Array>,
  decoder: WireDecoder,
  watch: ResponseWatch,
): AsyncGenerator<StreamEvent[]> {
  try {
    for await (const frames of sseFrames(body)) {
      const { events, failed } = decodeFrames(decoder, frames, watch);
      if (events.length > 0) yield events;
      // After an error the provider has said its last word, or (a frame that is not JSON) nothing
      // later can be trusted to line up: stop reading instead of splicing in more.
      if (failed) break;
    }
  } catch (error) {
    // Timed out, cancelled or cut off: what was begun is part of the partial answer.
    const begun = decoder.abandon();
    const cut = begun.filter((event) => event.type === 'tool-call').length;
    if (cut > 0) watch.onToolCallsCut(cut);
    if (begun.length > 0) yield begun;
    throw error;
  }
  const ending = decoder.end();
  if (ending.length > 0) yield ending;
}
