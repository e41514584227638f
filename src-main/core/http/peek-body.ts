import { SignificantByteScanner } from './looks-like-json-body.ts';

/** Blank space a body may lead with before the peek gives up (so a provider cannot make us hold more). */
const MAX_BLANK_BYTES = 64 * 1024;

export interface PeekedBody {
  /**
   * The bytes read so far: up to and including the first chunk with a significant byte (see
   * SignificantByteScanner); all of them when there is none, or more than 64 KiB of leading blank.
   */
  head: Uint8Array;
  /** The whole body again, from its first byte; reading it continues the original stream. */
  body: AsyncIterable<Uint8Array>;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Reads just enough of a body to see its first significant byte (for looksLikeJsonBody), without losing any. */
export async function peekBody(body: AsyncIterable<Uint8Array>): Promise<PeekedBody> {
  const source = body[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  const scanner = new SignificantByteScanner();
  let ended = false;
  let read = 0;
  while (read <= MAX_BLANK_BYTES) {
    const result = await source.next();
    if (result.done) {
      ended = true;
      break;
    }
    buffered.push(result.value);
    read += result.value.length;
    if (scanner.feed(result.value) !== undefined) break;
  }
  const head = concat(buffered);
  const replay: AsyncIterableIterator<Uint8Array> = {
    [Symbol.asyncIterator]() {
      return replay;
    },
    // Not async: once the peeked chunks are out, each read is the source's own promise, not one
    // wrapped around it (a wrapped promise costs a few more turns of the microtask queue per read).
    next(): Promise<IteratorResult<Uint8Array>> {
      const chunk = buffered.shift();
      if (chunk) return Promise.resolve({ done: false, value: chunk });
      if (ended) return Promise.resolve({ done: true, value: undefined });
      return source.next();
    },
    async return() {
      buffered.length = 0;
      ended = true;
      await source.return?.();
      return { done: true, value: undefined };
    },
  };
  return { head, body: replay };
}
