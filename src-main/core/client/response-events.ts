import type { StreamEvent } from '../../../src-shared/domain.ts';
import { looksLikeJsonBody } from '../http/looks-like-json-body.ts';
import { peekBody } from '../http/peek-body.ts';
import { type SseFrame, SseFrameReader } from '../http/sse-frames.ts';
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

/** How a successful response's events are read: whole (a JSON document) or as SSE, read by read. */
export type ResponseDecoding =
  | { kind: 'whole'; events: StreamEvent[] | null }
  | { kind: 'sse'; body: AsyncIterable<Uint8Array>; sse: SseDecoding };

/**
 * Starts reading a successful response: a body that is a JSON document is decoded whole here; an SSE
 * body is left to the caller's reading loop with its SseDecoding (see there). Every event is held
 * until the first output: an error before it is thrown, so the attempt can be retried (see OutputGate).
 */
export async function decodeResponse(
  response: StreamResponse,
  codec: WireCodec,
  ctx: AttemptContext,
  watch: ResponseWatch,
): Promise<ResponseDecoding> {
  const peeked = await peekBody(response.body);
  if (peeked.head.length > 0) ctx.markReceivedBytes();
  if (!looksLikeJsonBody(response.contentType, peeked.head))
    return { kind: 'sse', body: peeked.body, sse: new SseDecoding(codec.createDecoder(), watch) };
  const bytes = await collectBytes(peeked.body, DEFAULT_MAX_TEXT_BYTES, response.origin);
  watch.onProgress();
  const gate = new OutputGate();
  return {
    kind: 'whole',
    events: gate.pass(codec.decodeJson(new TextDecoder().decode(bytes))) ?? gate.rest(),
  };
}

const isOutput = (event: StreamEvent) => OUTPUT_TYPES.has(event.type);

/**
 * Holds every event until the first output: an error before it is thrown, so the attempt can be
 * retried. The batch with the first output goes out with the events held before it. Checked in the
 * decoding loop itself rather than by a generator wrapped around it: each generator layer costs every
 * network read.
 */
class OutputGate {
  /** An error before any output was thrown: nothing was begun, so nothing is to be abandoned. */
  refused = false;
  private held: StreamEvent[] = [];
  private streaming = false;

  /** The batch to pass on now, or null while still holding. Throws an error that came before output. */
  pass(batch: StreamEvent[]): StreamEvent[] | null {
    if (this.streaming) return batch;
    const first = batch.findIndex(isOutput);
    const before = first < 0 ? batch : batch.slice(0, first);
    const error = before.find((event) => event.type === 'error');
    if (error?.type === 'error') {
      this.refused = true;
      throw new ArenaErrorException(error.error);
    }
    if (first < 0) {
      for (const event of batch) this.held.push(event);
      return null;
    }
    this.streaming = true;
    const out = this.held.length > 0 ? this.held.concat(batch) : batch;
    this.held = [];
    return out;
  }

  /** What is still held when the response ends without output (model, usage, finish), or null. */
  rest(): StreamEvent[] | null {
    return this.streaming || this.held.length === 0 ? null : this.held;
  }
}

/**
 * One SSE response's decoding, for a reading loop that reads the body itself: no generator of its
 * own, since each generator layer between the socket and the window costs every network read. Per
 * chunk: `read`, pass the batch on, then `throwIfOverflowed`; stop once `failed`. At the end of the
 * body, `end` (unless failed) then `ending`. When reading throws: rethrow if `refused`, else pass on
 * `abandoned` and rethrow.
 */
export class SseDecoding {
  private readonly reader = new SseFrameReader();
  private readonly frames: FrameDecoding;

  constructor(decoder: WireDecoder, watch: ResponseWatch) {
    this.frames = new FrameDecoding(decoder, watch);
  }

  /** A frame decoded to an error: read no further (see FrameDecoding.failed). */
  get failed(): boolean {
    return this.frames.failed;
  }

  /** An error came before any output and was thrown: nothing was begun, so nothing is abandoned. */
  get refused(): boolean {
    return this.frames.gate.refused;
  }

  /** The batch a chunk of the body completes, or null. Throws an error that came before output. */
  read(chunk: Uint8Array): StreamEvent[] | null {
    const frames = this.reader.push(chunk);
    return frames.length > 0 ? this.frames.batchOf(frames) : null;
  }

  /** Fails with a `protocol` error once a frame has grown past the limit (see SseFrameReader). */
  throwIfOverflowed(): void {
    this.reader.throwIfOverflowed();
  }

  /** The batch the end of the body completes (a trailing frame without its blank line), or null. */
  end(): StreamEvent[] | null {
    return this.frames.batchOf(this.reader.end());
  }

  /** What was begun when the stream broke off (timed out, cancelled, cut off), as partial answer. */
  abandoned(): StreamEvent[] | null {
    return this.frames.abandoned();
  }

  /** The events the end of the stream completes, with any still held. */
  ending(): StreamEvent[] | null {
    return this.frames.ending();
  }
}

/** One SSE response's decoding, batch by batch, with its events held until the first output. */
class FrameDecoding {
  readonly gate = new OutputGate();
  /**
   * A frame decoded to an error: the provider has said its last word, or (a frame that is not JSON)
   * nothing later can be trusted to line up. Stop reading instead of splicing in more.
   */
  failed = false;
  private readonly decoder: WireDecoder;
  private readonly watch: ResponseWatch;

  constructor(decoder: WireDecoder, watch: ResponseWatch) {
    this.decoder = decoder;
    this.watch = watch;
  }

  /**
   * Decodes one batch of frames, stopping at the first error (nothing after it can be trusted), and
   * returns what to pass on now (null for nothing). Adjacent deltas of one kind are merged: the window
   * gets them merged anyway (see EventBatcher), and everything between here and there then handles one
   * event per read where a provider sent dozens.
   */
  batchOf(frames: readonly SseFrame[]): StreamEvent[] | null {
    const decoder = this.decoder;
    const held = decoder.pendingChars();
    const events: StreamEvent[] = [];
    let answered = false;
    for (const frame of frames) {
      for (const event of decoder.push(frame)) {
        events.push(event);
        // A model id is no answer: a provider changing it on every frame must not keep the column alive.
        if (event.type !== 'model') answered = true;
        if (event.type === 'error') this.failed = true;
      }
      if (this.failed) break;
    }
    if (answered || decoder.pendingChars() > held) this.watch.onProgress();
    return events.length > 0 ? this.gate.pass(mergeDeltas(events)) : null;
  }

  /** What was begun when the stream broke off (timed out, cancelled, cut off), as partial answer. */
  abandoned(): StreamEvent[] | null {
    const begun = this.decoder.abandon();
    const cut = begun.filter((event) => event.type === 'tool-call').length;
    if (cut > 0) this.watch.onToolCallsCut(cut);
    return begun.length > 0 ? this.gate.pass(begun) : null;
  }

  /** The events the end of the stream completes, with any still held. */
  ending(): StreamEvent[] | null {
    const ending = this.decoder.end();
    return (ending.length > 0 ? this.gate.pass(ending) : null) ?? this.gate.rest();
  }
}
