// How a stored column ended, in words, for the Markdown report.
import type { ArenaError } from '../../../../src-shared/domain.ts';
import type { StoredColumn } from '../../../../src-shared/history.ts';

const KIND_WORDS: ReadonlyMap<string, string> = new Map([
  ['auth', 'key refused'],
  ['rate_limit', 'rate limit'],
  ['insufficient_balance', 'insufficient balance'],
  ['plan_excludes_model', 'plan does not cover the model'],
  ['quota_exhausted', 'quota used up'],
  ['invalid_request', 'invalid request'],
  ['model_not_found', 'model not found'],
  ['context_length', 'prompt too long for the model'],
  ['content_filtered', 'content filtered'],
  ['overloaded', 'provider overloaded'],
  ['server', 'server error'],
  ['timeout', 'timed out'],
  ['network', 'network error'],
  ['cancelled', 'cancelled'],
  ['protocol', 'unreadable response'],
  ['invalid_input', 'invalid input'],
  ['forbidden', 'refused'],
  ['internal', 'internal error'],
]);

export function errorWords(error: ArenaError): string {
  return KIND_WORDS.get(error.kind) ?? String(error.kind).replaceAll('_', ' ');
}

/** "done", "failed: rate limit", "cancelled", "interrupted": the metrics table's status cell. */
export function shortStatus(column: StoredColumn): string {
  if (column.state === 'failed' && column.error) return `failed: ${errorWords(column.error)}`;
  return column.state;
}

/** The sentence under a column's heading; the error's own message is appended by the caller. */
export function statusSentence(column: StoredColumn): string {
  const notes: string[] = [];
  if (column.finishReason === 'length') notes.push('cut off at the output limit');
  if (column.finishReason === 'content_filter') notes.push("stopped by the provider's content filter");
  if (column.truncated) notes.push('answer cut at the size limit');
  switch (column.state) {
    case 'failed': {
      if (!column.error) return ['failed', ...notes].join(', ');
      const status = column.error.httpStatus === undefined ? '' : ` (HTTP ${column.error.httpStatus})`;
      return `failed: ${errorWords(column.error)}${status}`;
    }
    case 'interrupted':
      return ['interrupted: the app stopped before the answer ended (what arrived is kept)', ...notes].join(
        ', ',
      );
    default:
      return [column.state, ...notes].join(', ');
  }
}
