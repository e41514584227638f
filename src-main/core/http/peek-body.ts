const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]);

export interface PeekedBody {
  /** The bytes read so far: up to and including the first chunk with a non-blank byte (or all, if none). */
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
  let ended = false;
  for (;;) {
    const result = await source.next();
    if (result.done) {
      ended = true;
      break;
    }
    buffered.push(result.value);
    if (result.value.some((byte) => !WHITESPACE.has(byte))) break;
  }
  const head = concat(buffered);
  const replay: AsyncIterableIterator<Uint8Array> = {
    [Symbol.asyncIterator]() {
      return replay;
    },
    async next() {
      const chunk = buffered.shift();
      if (chunk) return { done: false, value: chunk };
      if (ended) return { done: true, value: undefined };
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
