import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { firstSignificantByte } from './looks-like-json-body.ts';
import { peekBody } from './peek-body.ts';
import { openStream, type StreamRequestOptions, type StreamResponse } from './stream-request.ts';

const MAX_SHOWN_URL = 200;
const MAX_SHOWN_ENCODING = 40;
const LESS_THAN = 0x3c;

/**
 * Where a redirect pointed, safe to show: scheme, host and path only (a query or userinfo can hold a
 * token). A path too long to show is left out whole rather than cut: the key scrub at the boundary
 * removes whole keys only, so a cut could leave part of one.
 */
function redirectTarget(location: string | undefined, requestUrl: URL): string | null {
  if (!location) return null;
  let target: URL;
  try {
    target = new URL(location, requestUrl);
  } catch {
    return null;
  }
  if (target.origin === 'null') return target.protocol;
  const shown = `${target.origin}${target.pathname}`;
  if (shown.length <= MAX_SHOWN_URL) return shown;
  return target.origin.length <= MAX_SHOWN_URL ? `${target.origin}/… (a long path)` : target.protocol;
}

function redirectError(response: StreamResponse, requestUrl: URL): ArenaError {
  const { origin, status } = response;
  const target = redirectTarget(response.headers.location, requestUrl);
  const message = target
    ? `${origin} answered with a redirect (HTTP ${status}) to ${target}. Redirects are not followed, so a key only goes where you sent it: check the base URL, and if the new address is the provider's own, use it as the base URL.`
    : `${origin} answered HTTP ${status} (a redirect with no usable address) instead of an API response. Check the base URL.`;
  return { kind: 'protocol', httpStatus: status, message };
}

/**
 * The content-encoding when it is one we did not ask for (we never send accept-encoding), else null;
 * "" for one too long to quote.
 */
function unaskedEncoding(response: StreamResponse): string | null {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return null;
  // Shown whole or not at all (see redirectTarget).
  return encoding.length <= MAX_SHOWN_ENCODING ? encoding : '';
}

function compressedError(response: StreamResponse, encoding: string): ArenaError {
  return {
    kind: 'protocol',
    httpStatus: response.status,
    message: `${response.origin} answered with ${encoding ? `a ${encoding}-compressed` : 'an encoded'} body it was not asked for, so it cannot be read. A proxy or gateway between you and the provider is probably rewriting responses: check your proxy settings and the base URL.`,
  };
}

function htmlError(response: StreamResponse): ArenaError {
  return {
    kind: 'protocol',
    httpStatus: response.status,
    message: `The server at ${response.origin} answered with an HTML page, not an API response. Usually that is a captive portal (hotel or airport Wi-Fi: open any web page in your browser to sign in), a proxy that blocks the request, or a wrong base URL (a website rather than the API address).`,
  };
}

const isHtmlType = (contentType: string) => contentType.toLowerCase().trimStart().startsWith('text/html');

export interface ApiResponseOptions extends StreamRequestOptions {
  /** For a conditional GET (If-None-Match): return a 304 Not Modified instead of refusing it as a redirect. */
  allowNotModified?: boolean;
}

/**
 * Opens a request whose answer must come from an API (a stream or a JSON document). Fails with a
 * `protocol` ArenaErrorException, and closes the connection, when it plainly did not: a redirect
 * (never followed: a key goes only where it was sent), a compressed body we did not ask for, or,
 * for a success status, an HTML page (by its content type or its first byte). An error status
 * (4xx/5xx) is returned for the caller to classify, its body readable as with openStream; so is a
 * 304 when `allowNotModified` is set.
 */
export async function openApiResponse(options: ApiResponseOptions): Promise<StreamResponse> {
  const { allowNotModified = false, ...request } = options;
  const response = await openStream(request);
  const refuse = (error: ArenaError): never => {
    response.discard();
    throw new ArenaErrorException(error);
  };
  if (allowNotModified && response.status === 304) return response;
  if (response.status >= 300 && response.status < 400) refuse(redirectError(response, new URL(options.url)));
  const encoding = unaskedEncoding(response);
  if (encoding !== null) refuse(compressedError(response, encoding));
  if (response.status >= 400) return response;
  if (isHtmlType(response.contentType)) refuse(htmlError(response));
  // Neither JSON nor SSE starts with "<": a markup page, whatever its content type claims.
  const peeked = await peekBody(response.body);
  if (firstSignificantByte(peeked.head) === LESS_THAN) refuse(htmlError(response));
  return { ...response, body: peeked.body };
}
