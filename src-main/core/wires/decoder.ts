import type { StreamEvent } from '../../../src-shared/domain.ts';

export interface SseFrameInput {
  event?: string;
  data: string;
}

/** Turns one wire's frames into normalized events; `end()` flushes tool calls, usage and the finish. */
export interface WireDecoder {
  push(frame: SseFrameInput): StreamEvent[];
  end(): StreamEvent[];
}

/** A whole JSON body answering the request (errors in HTTP 200, or a non-streamed completion). */
export type JsonBodyDecoder = (text: string) => StreamEvent[];

/** The protocol error for a frame or body that is not the JSON the wire promises. */
export function notJson(what: 'frame' | 'body', text: string): StreamEvent {
  const sample = text.slice(0, 120);
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
