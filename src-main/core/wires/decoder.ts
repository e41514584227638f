import type { StreamEvent } from '../../../src-shared/domain.ts';
import { scrubSecrets } from '../errors/scrub-secrets.ts';

export interface SseFrameInput {
  event?: string;
  data: string;
}

/** Turns one wire's frames into normalized events; `end()` flushes tool calls, usage and the finish. */
export interface WireDecoder {
  push(frame: SseFrameInput): StreamEvent[];
  end(): StreamEvent[];
  /**
   * Characters taken in but not emitted yet (tool calls being assembled, text held back): when a
   * frame makes it grow, the answer progressed though no event came out.
   */
  pendingChars(): number;
  /** The stream broke off (timeout, cancel, lost connection): the output begun, as far as it got. */
  abandon(): StreamEvent[];
}

/** A whole JSON body answering the request (errors in HTTP 200, or a non-streamed completion). */
export type JsonBodyDecoder = (text: string) => StreamEvent[];

/**
 * The protocol error for a frame or body that is not the JSON the wire promises, quoting its start.
 * The request's keys (`secrets`) and key shapes are scrubbed from the whole text before it is cut:
 * a key cut in two would no longer be recognised, and its first characters would be shown.
 */
export function notJson(what: 'frame' | 'body', text: string, secrets?: readonly string[]): StreamEvent {
  const sample = scrubSecrets(text, secrets).slice(0, 120);
  return {
    type: 'error',
    error: {
      kind: 'protocol',
      message:
        what === 'frame'
          ? `The provider sent a stream frame that is not JSON: ${sample}`
          : `The provider answered with invalid JSON: ${sample}`,
    },
  };
}

/** What parseFrameData found in a frame's data besides JSON. */
export const BLANK_FRAME = Symbol('blank frame');
export const NOT_JSON_FRAME = Symbol('not JSON');

/**
 * A frame's data parsed as JSON; BLANK_FRAME when it holds only whitespace, NOT_JSON_FRAME when it is
 * not JSON. Parsed as it stands first (JSON.parse skips JSON's own whitespace, so no copy is made on
 * the hot path), trimmed only when that fails: `trim` also strips a no-break space or a BOM.
 */
export function parseFrameData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    const trimmed = data.trim();
    if (!trimmed) return BLANK_FRAME;
    if (trimmed === data) return NOT_JSON_FRAME;
    try {
      return JSON.parse(trimmed);
    } catch {
      return NOT_JSON_FRAME;
    }
  }
}
