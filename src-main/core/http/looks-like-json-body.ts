const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];

/** The first byte after a UTF-8 BOM and blank space, if any. */
export function firstSignificantByte(bytes: Uint8Array): number | undefined {
  let index = 0;
  if (BOM.every((byte, i) => bytes[i] === byte)) index = 3;
  while (index < bytes.length && WHITESPACE.has(bytes[index]!)) index++;
  return bytes[index];
}

/**
 * Whether a response to a streaming request is a JSON document rather than an event stream
 * (MiniMax answers errors as JSON with HTTP 200 and `application/json`). The body's first
 * non-blank byte decides when there is one (`{` or `[` is JSON, anything else is SSE);
 * otherwise the content type does.
 */
export function looksLikeJsonBody(contentType: string, firstBytes: Uint8Array): boolean {
  const first = firstSignificantByte(firstBytes);
  if (first !== undefined) return first === 0x7b || first === 0x5b;
  const type = contentType.toLowerCase();
  return type.includes('/json') || type.includes('+json');
}
