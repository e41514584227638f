import type { ColumnResult } from '../../../src-shared/compare.ts';
import type { ArenaError, FinishReason } from '../../../src-shared/domain.ts';
import { KeyPrefixTail } from '../ipc/key-prefix-tail.ts';

/** The finishes of an output its provider ended itself (null: the stream ended without a reason). */
const COMPLETE_FINISHES: ReadonlySet<FinishReason | null> = new Set<FinishReason | null>([
  'stop',
  'tool_calls',
  null,
]);

/**
 * Was the output cut off (by the output cap, a length or content limit, an error, a cancel) rather
 * than ended by its provider? Text that ends at a cut may end in the first characters of a key the
 * provider was echoing, which no whole-key scrubber recognises: those are dropped, never shown.
 */
export function isCutOff(end: {
  finishReason: FinishReason | null;
  error?: ArenaError | null;
  truncated?: boolean;
}): boolean {
  return end.truncated === true || Boolean(end.error) || !COMPLETE_FINISHES.has(end.finishReason);
}

/**
 * A cut-off column's result without the end of its text and reasoning that could be the start of
 * one of `keys` (the keys its requests carried, the only ones its provider can echo). The output
 * cap's `note` ('' when the cap was not reached) stays at the end of the text.
 */
export function withoutCutKeyStart(
  result: ColumnResult,
  keys: readonly string[],
  note: string,
): ColumnResult {
  if (keys.length === 0 || !isCutOff(result)) return result;
  const tail = new KeyPrefixTail(() => keys);
  const cut = (text: string) => text.slice(0, text.length - tail.length(text));
  const kept = note !== '' && result.text.endsWith(note) ? note : '';
  const text = cut(result.text.slice(0, result.text.length - kept.length)) + kept;
  return { ...result, text, reasoning: cut(result.reasoning) };
}
