import type { Dispatcher } from 'undici';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { sharedDispatcher } from './agent.ts';
import { LazyTimeout } from './lazy-timeout.ts';
import { cancelledError, type TransportPhase, transportError } from './transport-error.ts';

export const DEFAULT_HEADERS_TIMEOUT_MS = 60_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
/**
 * One streamed answer. SSE is verbose (a few hundred bytes per token), so this is far more than the
 * 8 MiB a column keeps: the longest answers models give today (128k tokens at ~300 bytes) take ~40 MiB.
 * Still bounded, so 16 columns cannot pull in gigabytes.
 */
export const DEFAULT_MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** For bodies read whole: error bodies, JSON answers, model lists. */
export const DEFAULT_MAX_TEXT_BYTES = 16 * 1024 * 1024;

export interface StreamRequestOptions {
  url: string | URL;
  /** Default POST when there is a body, else GET. */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** Sent as JSON, with `content-type: application/json` unless `headers` set one. */
  json?: unknown;
  /** A raw body, when `json` is not used. */
  body?: string | Uint8Array;
  /** Aborting it cancels the request (before or during the body) and closes its connection. */
  signal?: AbortSignal;
  /** Time allowed until the status line and headers arrive; 0 disables. Default 60 000. */
  headersTimeoutMs?: number;
  /** Time allowed between body chunks while the body is being read; 0 disables. Default 60 000. */
  idleTimeoutMs?: number;
  /** More body bytes than this fail the read with a `protocol` error. Default 64 MiB. */
  maxBodyBytes?: number;
  /** Default: the shared keep-alive Agent. */
  dispatcher?: Dispatcher;
}

export interface StreamResponse {
  status: number;
  /** Lowercased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The content-type header, or "" when absent. */
  contentType: string;
  /** scheme://host:port of the request (safe to show: no path or query). */
  origin: string;
  /**
   * The body, chunk by chunk; read it once. Failures are thrown as ArenaErrorException:
   * `timeout` (stalled), `network` (connection lost: the chunks already yielded stand), `cancelled`, `protocol` (too large).
   */
  body: AsyncIterable<Uint8Array>;
  /** Stops reading: closes the connection unless the body already ended. Safe to call more than once. */
  discard(): void;
}

/** "200 ms", "1.5 s", "60 s", "10 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** "16 MiB", "64 KiB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(origin: string, maxBytes: number): ArenaError {
  return {
    kind: 'protocol',
    message: `The response from ${origin} was larger than ${formatBytes(maxBytes)}; stopped reading it.`,
  };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function requestBody(options: StreamRequestOptions): { body?: string | Uint8Array; contentType?: string } {
  if (options.json !== undefined)
    return { body: JSON.stringify(options.json), contentType: 'application/json' };
  return options.body === undefined ? {} : { body: options.body };
}

/**
 * Sends the request and resolves once the status line and headers have arrived, whatever the status
 * (a 4xx/5xx body stays readable). Transport failures reject with an ArenaErrorException.
 */
export async function openStream(options: StreamRequestOptions): Promise<StreamResponse> {
  const url = new URL(options.url);
  const { origin } = url;
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_STREAM_BYTES;
  const caller = options.signal;
  if (caller?.aborted) throw new ArenaErrorException(cancelledError());

  // One controller aborts the undici request, which destroys its socket; `stop` remembers why.
  const controller = new AbortController();
  let stop: ArenaError | undefined;
  const abortWith = (error: ArenaError) => {
    stop ??= error;
    controller.abort(new ArenaErrorException(error));
  };
  const onCallerAbort = () => abortWith(cancelledError());
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  const release = () => caller?.removeEventListener('abort', onCallerAbort);
  const failure = (error: unknown, phase: TransportPhase) =>
    new ArenaErrorException(
      stop ?? (caller?.aborted ? cancelledError() : transportError(error, { origin, phase })),
    );

  const { body, contentType } = requestBody(options);
  const headers: Record<string, string> = {};
  if (contentType) headers['content-type'] = contentType;
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;

  const headersTimer =
    headersTimeoutMs > 0
      ? setTimeout(
          () =>
            abortWith({
              kind: 'timeout',
              message: `${origin} sent no response within ${formatDuration(headersTimeoutMs)}. The provider may be overloaded; try again later.`,
            }),
          headersTimeoutMs,
        )
      : undefined;
  let response: Dispatcher.ResponseData;
  try {
    response = await (options.dispatcher ?? sharedDispatcher()).request({
      origin,
      path: `${url.pathname}${url.search}`,
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body: body ?? null,
      signal: controller.signal,
      // Enforced here with exact timers (undici's own have ~1 s resolution).
      headersTimeout: 0,
      bodyTimeout: 0,
    });
  } catch (error) {
    release();
    throw failure(error, 'request');
  } finally {
    clearTimeout(headersTimer);
  }
  const raw = response.body;
  if (stop) {
    release();
    raw.destroy();
    throw new ArenaErrorException(stop);
  }

  const inner = raw[Symbol.asyncIterator]();
  let finished = false;
  let received = 0;
  const stalled: ArenaError = {
    kind: 'timeout',
    message: `${origin} stopped sending: no data for ${formatDuration(idleTimeoutMs)}. The provider stalled mid-response; try again.`,
  };
  // Runs only while a read is pending: a consumer slow to ask for the next chunk is not a stall.
  const idle = new LazyTimeout(idleTimeoutMs, () => abortWith(stalled));
  const finish = () => {
    idle.stop();
    if (finished) return;
    finished = true;
    release();
  };
  const discard = () => {
    finish();
    // Destroying an unread body emits an AbortError; nobody is reading it any more, so it is expected.
    raw.on('error', () => {});
    raw.destroy();
  };

  const onRead = (result: IteratorResult<unknown>): IteratorResult<Uint8Array> => {
    idle.pause();
    if (result.done) {
      finish();
      return { done: true, value: undefined };
    }
    const chunk = result.value as Uint8Array;
    received += chunk.length;
    if (received > maxBodyBytes) abortWith(tooLarge(origin, maxBodyBytes));
    if (stop) {
      discard();
      throw new ArenaErrorException(stop);
    }
    return { done: false, value: chunk };
  };
  const onReadError = (error: unknown): never => {
    idle.pause();
    discard();
    throw failure(error, 'body');
  };

  const iterator: AsyncIterableIterator<Uint8Array> = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    // Not async: the source's promise with one `then`, not an async function's own promise around
    // an await (which costs every network read a few more turns of the microtask queue).
    next(): Promise<IteratorResult<Uint8Array>> {
      if (finished) return Promise.resolve({ done: true, value: undefined });
      idle.restart();
      return inner.next().then(onRead, onReadError);
    },
    async return(): Promise<IteratorResult<Uint8Array>> {
      discard();
      return { done: true, value: undefined };
    },
  };

  const responseHeaders = flattenHeaders(response.headers);
  return {
    status: response.statusCode,
    headers: responseHeaders,
    contentType: responseHeaders['content-type'] ?? '',
    origin,
    body: iterator,
    discard,
  };
}

/**
 * Reads a body to its end; more than `maxBytes` fails with a `protocol` error naming `origin`,
 * and stops reading (leaving the loop closes a response body's connection).
 */
export async function collectBytes(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  origin: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw new ArenaErrorException(tooLarge(origin, maxBytes));
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Reads the whole body; more than `maxBytes` fails with a `protocol` error (and closes the connection). */
export async function readBodyBytes(
  response: StreamResponse,
  maxBytes = DEFAULT_MAX_TEXT_BYTES,
): Promise<Uint8Array> {
  return collectBytes(response.body, maxBytes, response.origin);
}

/** Reads the whole body as UTF-8 text (malformed bytes become U+FFFD), capped like readBodyBytes. */
export async function readBodyText(
  response: StreamResponse,
  maxBytes = DEFAULT_MAX_TEXT_BYTES,
): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(response, maxBytes));
}
