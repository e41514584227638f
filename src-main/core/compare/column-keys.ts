import type { ColumnResult } from '../../../src-shared/compare.ts';
import type { ArenaError, FinishReason } from '../../../src-shared/domain.ts';
import { scrubKnown, scrubSecrets } from '../errors/scrub-secrets.ts';
import { KeyPrefixTail } from '../ipc/key-prefix-tail.ts';
import { redactDeep } from '../ipc/redact-deep.ts';

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
 * A column's result without `keys` (the keys its requests carried, the only ones its provider can
 * echo), for whoever prints it and cuts it to fit (the CLI): every whole key is replaced, and when
 * the output was cut off, the end of its text and reasoning that could be the start of one of them
 * is dropped. The output cap's `note` ('' when the cap was not reached) stays at the end of the text.
 */
export function withoutColumnKeys(result: ColumnResult, keys: readonly string[], note: string): ColumnResult {
  if (keys.length === 0) return result;
  const longestFirst = [...keys].sort((a, b) => b.length - a.length);
  const scrubbed = redactDeep(result, {
    text: (text) => scrubKnown(text, longestFirst),
    message: (text) => scrubSecrets(text, longestFirst),
  });
  if (!isCutOff(scrubbed)) return scrubbed;
  const tail = new KeyPrefixTail(() => longestFirst);
  const cut = (text: string) => text.slice(0, text.length - tail.length(text));
  const kept = note !== '' && scrubbed.text.endsWith(note) ? note : '';
  const text = cut(scrubbed.text.slice(0, scrubbed.text.length - kept.length)) + kept;
  return { ...scrubbed, text, reasoning: cut(scrubbed.reasoning) };
}
