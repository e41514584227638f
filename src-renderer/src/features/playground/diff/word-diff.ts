// A word-level diff of two answers (jsdiff; spacing differences ignored), bounded so it cannot freeze
// the window: each side is cut to MAX_DIFF_CHARS; lines are diffed first (few tokens, fast), then the
// words of each changed stretch of lines. A stretch too large or too different to diff word by word
// within its edit and time budget is shown whole (removed, then added), and the result says so.
import { type ChangeObject, diffLines, diffWords } from 'diff';

/** Past this many characters of either answer, the rest is left out of the diff (and it says so). */
export const MAX_DIFF_CHARS = 200_000;
/** Line-level budget: edits and milliseconds before the answers count as unrelated. */
const LINE_EDITS = 4_000;
const LINE_TIMEOUT_MS = 250;
/** Word-level budget per changed stretch, and the most time all stretches may take together. */
const STRETCH_CHARS = 20_000;
const WORD_EDITS = 2_000;
const WORDS_TIMEOUT_MS = 400;

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface AnswerDiff {
  /** In reading order: the reference is every part but 'added', the compared answer every part but 'removed'. */
  parts: DiffPart[];
  /** Words the compared answer adds, and words of the reference it leaves out. */
  added: number;
  removed: number;
  /** Either answer was longer than MAX_DIFF_CHARS: only their beginnings were compared. */
  capped: boolean;
  /** Some changed stretch was too large or different to diff word by word: it is shown whole. */
  coarse: boolean;
}

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const char of text) {
    const space = char.trim() === '';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const kindOf = (change: ChangeObject<string>): DiffPart['kind'] =>
  change.added ? 'added' : change.removed ? 'removed' : 'same';

/** `compared` against `reference`: what it adds and what it leaves out, word by word. */
export function diffAnswers(reference: string, compared: string): AnswerDiff {
  const capped = reference.length > MAX_DIFF_CHARS || compared.length > MAX_DIFF_CHARS;
  const oldText = reference.slice(0, MAX_DIFF_CHARS);
  const newText = compared.slice(0, MAX_DIFF_CHARS);
  const lines = diffLines(oldText, newText, { maxEditLength: LINE_EDITS, timeout: LINE_TIMEOUT_MS });
  let coarse = lines === undefined;
  const stretches: DiffPart[] = (
    lines ?? [
      { value: oldText, removed: true, added: false, count: 1 },
      { value: newText, added: true, removed: false, count: 1 },
    ]
  ).map((change) => ({ kind: kindOf(change), text: change.value }));

  const deadline = performance.now() + WORDS_TIMEOUT_MS;
  const parts: DiffPart[] = [];
  for (let index = 0; index < stretches.length; index++) {
    const part = stretches[index] as DiffPart;
    const next = stretches[index + 1];
    const isPair = part.kind === 'removed' && next?.kind === 'added';
    if (!isPair) {
      if (part.text) parts.push(part);
      continue;
    }
    index++;
    const words = wordsOf(part.text, next.text, deadline);
    if (words) parts.push(...words);
    else {
      coarse = true;
      parts.push(part, next);
    }
  }
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'added') added += wordCount(part.text);
    if (part.kind === 'removed') removed += wordCount(part.text);
  }
  return { parts, added, removed, capped, coarse };
}

/** The words of one changed stretch, or null when it is over its size, edit or time budget. */
function wordsOf(oldText: string, newText: string, deadline: number): DiffPart[] | null {
  const timeout = Math.floor(deadline - performance.now());
  if (oldText.length > STRETCH_CHARS || newText.length > STRETCH_CHARS || timeout <= 0) return null;
  const changes = diffWords(oldText, newText, { maxEditLength: WORD_EDITS, timeout });
  return changes ? changes.map((change) => ({ kind: kindOf(change), text: change.value })) : null;
}
