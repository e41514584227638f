import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';

/** Where the request was when the transport failed: before the response headers, or while reading the body. */
export type TransportPhase = 'request' | 'body';

export interface TransportErrorContext {
  /** scheme://host:port only: never a path or query, which could carry a key. */
  origin: string;
  phase: TransportPhase;
}

const REFUSED = new Set(['ECONNREFUSED']);
const NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const TIMED_OUT = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const CLOSED = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
const TOO_LARGE = new Set(['UND_ERR_RES_EXCEEDED_MAX_SIZE', 'UND_ERR_HEADERS_OVERFLOW']);

/** Every `code` on the error, its `cause` chain and AggregateError members (Node's happy eyeballs). */
export function errorCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const codes: string[] = [];
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') codes.push(code);
  codes.push(...errorCodes((error as { cause?: unknown }).cause, depth + 1));
  const members = (error as { errors?: unknown }).errors;
  if (Array.isArray(members)) for (const member of members) codes.push(...errorCodes(member, depth + 1));
  return codes;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isTls = (code: string) =>
  code.startsWith('ERR_TLS') ||
  code.startsWith('ERR_SSL') ||
  code.includes('CERT') ||
  code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE';

/** Turns a failure of the HTTP transport (not an HTTP status) into an ArenaError that says what to do. */
export function transportError(error: unknown, context: TransportErrorContext): ArenaError {
  if (error instanceof ArenaErrorException) return error.error;
  const { origin, phase } = context;
  const codes = errorCodes(error);
  const has = (set: Set<string>) => codes.some((code) => set.has(code));
  if (has(REFUSED)) {
    return {
      kind: 'network',
      message: `Could not connect to ${origin}: the connection was refused. Check your connection and the base URL.`,
    };
  }
  if (has(NOT_FOUND)) {
    return {
      kind: 'network',
      message: `Could not find the host of ${origin}. Check your connection and the base URL.`,
    };
  }
  if (has(TIMED_OUT)) {
    return phase === 'request'
      ? {
          kind: 'timeout',
          message: `${origin} did not answer in time. Check your connection and the base URL, then try again.`,
        }
      : {
          kind: 'timeout',
          message: `${origin} stopped sending the response. Try again.`,
        };
  }
  if (codes.some(isTls)) {
    return {
      kind: 'network',
      message: `The secure connection to ${origin} failed (${codes.find(isTls)}). Check the base URL, or a proxy that intercepts TLS.`,
    };
  }
  if (has(TOO_LARGE)) {
    return { kind: 'protocol', message: `The response from ${origin} was too large.` };
  }
  if (codes.some((code) => code.startsWith('HPE_'))) {
    return { kind: 'protocol', message: `${origin} sent an invalid HTTP response. Check the base URL.` };
  }
  if (has(CLOSED)) {
    return {
      kind: 'network',
      message:
        phase === 'request'
          ? `The connection to ${origin} closed before a response arrived. Check your connection and the base URL, then try again.`
          : `The connection to ${origin} closed before the response finished. Check your connection and try again.`,
    };
  }
  return {
    kind: 'network',
    message: `The request to ${origin} failed (${detailOf(error)}). Check your connection and the base URL.`,
  };
}

export function cancelledError(): ArenaError {
  return { kind: 'cancelled', message: 'Cancelled.' };
}
