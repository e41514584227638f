import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { contentTypeFor } from './content-type-for.ts';
import { splitAt, splitEvery, splitRandom } from './split-bytes.ts';

/**
 * One scripted answer. The body comes from `json`, `file` (a recorded transcript) or `body`;
 * how it is cut into writes from `splitAt`, `chunkSize` or `randomPieces` (else one write);
 * `chunkDelayMs` waits between writes. `stallAfterBytes` / `dropAfterBytes` cut the body short.
 */
export interface FakeResponse {
  /** Default 200. */
  status?: number;
  /** Added to (and overriding) the defaults; names are case-insensitive. */
  headers?: Record<string, string>;
  /** Serialized as the body, with `content-type: application/json`. */
  json?: unknown;
  /** A transcript file replayed as the body; content type from its extension (see contentTypeFor). */
  file?: string;
  /** The body as bytes or text; served as `text/event-stream` unless `headers` say otherwise. */
  body?: string | Uint8Array;
  /** Write boundaries, as byte offsets into the whole body. */
  splitAt?: readonly number[];
  /** Write the body in pieces of this many bytes. */
  chunkSize?: number;
  /** Write the body in `count` pieces cut at seeded random offsets. */
  randomPieces?: { count: number; seed: number };
  /** Wait this long before every write after the first. */
  chunkDelayMs?: number;
  /** Wait this long before sending the status line and headers. */
  headersDelayMs?: number;
  /** Send `content-length` for the whole body (default: chunked transfer encoding). */
  contentLength?: boolean;
  /** Send the first K body bytes, then keep the connection open without ever ending the body. */
  stallAfterBytes?: number;
  /** Send the first K body bytes, then destroy the connection (a mid-stream disconnect). */
  dropAfterBytes?: number;
  /** Read the request, then never answer (no status line). */
  stallBeforeHeaders?: boolean;
  /** Read the request, then destroy the connection without answering. */
  dropBeforeHeaders?: boolean;
}

export interface WriteControl {
  /** Aborted when the response closed (finished, or the connection went away). */
  closed: AbortSignal;
  /** Called just before the server itself destroys the connection, so it is not counted as a client abort. */
  markServerDrop(): void;
}

const encoder = new TextEncoder();

function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function write(res: ServerResponse, piece: Uint8Array, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    res.write(piece, () => done());
  });
}

async function bodyOf(response: FakeResponse): Promise<{ bytes: Uint8Array; contentType: string }> {
  if (response.json !== undefined) {
    return { bytes: encoder.encode(JSON.stringify(response.json)), contentType: 'application/json' };
  }
  if (response.file !== undefined) {
    return {
      bytes: new Uint8Array(await readFile(response.file)),
      contentType: contentTypeFor(response.file),
    };
  }
  const body = response.body ?? '';
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return { bytes, contentType: 'text/event-stream; charset=utf-8' };
}

function piecesOf(bytes: Uint8Array, response: FakeResponse): Uint8Array[] {
  if (response.splitAt) return splitAt(bytes, response.splitAt);
  if (response.chunkSize) return splitEvery(bytes, response.chunkSize);
  if (response.randomPieces)
    return splitRandom(bytes, response.randomPieces.count, response.randomPieces.seed);
  return [bytes];
}

/** The pieces holding only the first `limit` bytes (the piece crossing the limit is cut). */
function truncate(pieces: Uint8Array[], limit: number): Uint8Array[] {
  const kept: Uint8Array[] = [];
  let remaining = limit;
  for (const piece of pieces) {
    if (remaining <= 0) break;
    kept.push(piece.subarray(0, remaining));
    remaining -= piece.length;
  }
  return kept;
}

function destroyConnection(res: ServerResponse, control: WriteControl): void {
  control.markServerDrop();
  res.socket?.destroy();
}

/** Plays one scripted response; resolves when it is done (or stalled, or the connection is gone). */
export async function writeFakeResponse(
  res: ServerResponse,
  response: FakeResponse,
  control: WriteControl,
): Promise<void> {
  const { closed } = control;
  if (response.dropBeforeHeaders) return destroyConnection(res, control);
  if (response.stallBeforeHeaders) return;
  await wait(response.headersDelayMs ?? 0, closed);
  if (closed.aborted) return;

  const { bytes, contentType } = await bodyOf(response);
  const headers: Record<string, string> = { 'content-type': contentType };
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value;
  if (response.contentLength) headers['content-length'] = String(bytes.length);

  const cut = Math.min(response.stallAfterBytes ?? Infinity, response.dropAfterBytes ?? Infinity);
  let pieces = piecesOf(bytes, response);
  if (cut < bytes.length) pieces = truncate(pieces, cut);

  res.writeHead(response.status ?? 200, headers);
  res.flushHeaders();
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) await wait(response.chunkDelayMs ?? 0, closed);
    if (closed.aborted) return;
    if (piece.length > 0) await write(res, piece, closed);
  }
  if (closed.aborted) return;
  if (response.dropAfterBytes !== undefined && response.dropAfterBytes <= cut) {
    return destroyConnection(res, control);
  }
  if (response.stallAfterBytes !== undefined) return;
  res.end();
}
