// The latency bench's provider: each stream sends one numbered mark every INTERVAL_MS and records, per
// column, when it wrote each mark (epochNow, same process as the client).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { playPaced } from '../e2e/fake-providers/paced-stream.ts';

export const INTERVAL_MS = 20;

/** A gpt-4o-mini style chunk whose text is the mark, then a stop, usage and [DONE] to close. */
function markFrame(mark: number): string {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-bench',
    object: 'chat.completion.chunk',
    created: 1782955818,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta: { content: `[${mark}] ` }, logprobs: null, finish_reason: null }],
    usage: null,
  })}\n\n`;
}

const CLOSING = [
  { choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }], usage: null },
  { choices: [], usage: { prompt_tokens: 10, completion_tokens: 100, total_tokens: 110 } },
]
  .map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`)
  .concat('data: [DONE]\n\n')
  .join('');

/** When each column's marks were written (epochNow clock, NaN for a mark not written): writes.get(columnId)[mark]. */
export type WriteTimes = Map<string, Float64Array>;

/** The column a request is for: the first path segment (/c3/v1/chat/completions is column c3). */
export function columnOfPath(path: string): string {
  return path.split('/')[1] ?? '';
}

/** Serves `chunks` marks INTERVAL_MS apart (playPaced), recording each write's time under the request's column. */
export function pacedHandler(chunks: number, writes: WriteTimes) {
  const frames = [...Array.from({ length: chunks }, (_, mark) => markFrame(mark)), CLOSING];
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const playback = playPaced(response, { frames, intervalMs: INTERVAL_MS });
    writes.set(columnOfPath(request.url ?? ''), playback.writtenAt);
    await playback.finished;
  };
}

/**
 * Calls `found` with each mark number in the text. A plain scan: "[12] [13] " gives 12 and 13; text
 * outside brackets is skipped.
 */
export function forEachMark(text: string, found: (mark: number) => void): void {
  let open = text.indexOf('[');
  while (open >= 0) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) return;
    const digits = text.slice(open + 1, close);
    if (digits !== '' && /^\d+$/.test(digits)) found(Number(digits));
    open = text.indexOf('[', close + 1);
  }
}
