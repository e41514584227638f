const BLANK = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Finds the first significant byte of a body fed in pieces: blank space (space, tab, CR, LF) and
 * UTF-8 byte-order marks are skipped wherever they come in the leading run, also when a BOM is
 * split between pieces. The one definition behind peekBody, looksLikeJsonBody and the HTML check.
 */
export class SignificantByteScanner {
  /** How many bytes of a possible BOM have been matched at the end of what was fed. */
  private bomMatched = 0;

  /** The first significant byte, or undefined when everything so far was blank. */
  feed(bytes: Uint8Array): number | undefined {
    for (const byte of bytes) {
      if (this.bomMatched > 0) {
        if (byte === BOM[this.bomMatched]) {
          this.bomMatched = (this.bomMatched + 1) % BOM.length;
          continue;
        }
        // Not a BOM after all: its first byte is where the content starts.
        return BOM[0];
      }
      if (byte === BOM[0]) this.bomMatched = 1;
      else if (!BLANK.has(byte)) return byte;
    }
    return undefined;
  }

  /** At the end of the body: a BOM left unfinished is content. */
  end(): number | undefined {
    return this.bomMatched > 0 ? BOM[0] : undefined;
  }
}

/** The first byte after blank space and byte-order marks, if any. */
export function firstSignificantByte(bytes: Uint8Array): number | undefined {
  const scanner = new SignificantByteScanner();
  return scanner.feed(bytes) ?? scanner.end();
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
