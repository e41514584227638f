/**
 * While an answer streams, its last line often holds an opener whose closer has not arrived yet
 * ("Use **bold te", "run `npm te"). Shown as typed, the markers flash as raw asterisks and backticks until
 * the closer comes. These are the closers that would complete the line, so it can be shown as it will end.
 *
 * Deliberately narrow: only `**`, `~~`, single `*` at the start of a word, and inline code, on the last line;
 * never `_` (snake_case words) nor a `*` inside a word or between spaces ("5*3", "2 * 3").
 */

type Marker = '**' | '~~' | '*';

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\t' || char === '\n';
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Where the line's text starts after quote markers and a list bullet ("> - ", "12. "). */
function contentStart(line: string): number {
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '>') {
      i++;
      continue;
    }
    break;
  }
  const bullet = line[i];
  if ((bullet === '-' || bullet === '*' || bullet === '+') && isSpace(line[i + 1])) return i + 2;
  let digits = i;
  while (digits < line.length && digits - i < 9 && line[digits]! >= '0' && line[digits]! <= '9') digits++;
  if (digits > i && (line[digits] === '.' || line[digits] === ')') && isSpace(line[digits + 1]))
    return digits + 2;
  return i;
}

function runLength(line: string, start: number, char: string): number {
  let end = start;
  while (line[end] === char) end++;
  return end - start;
}

/** The closers that complete the unterminated inline markers of `line`, innermost first; "" when none. */
export function closersFor(line: string): string {
  const open: Marker[] = [];
  let i = contentStart(line);
  while (i < line.length) {
    const char = line[i]!;
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      const ticks = runLength(line, i, '`');
      const close = line.indexOf('`'.repeat(ticks), i + ticks);
      // An unclosed code span runs to the end of the line: nothing after it is markup.
      if (close === -1) return '`'.repeat(ticks) + closeAll(open);
      i = close + ticks;
      continue;
    }
    if (char === '*' || char === '~') {
      const run = runLength(line, i, char);
      const marker: Marker | null =
        char === '~' ? (run === 2 ? '~~' : null) : run === 2 ? '**' : run === 1 ? '*' : null;
      if (marker) toggle(open, marker, line[i - 1], line[i + run]);
      i += run;
      continue;
    }
    i++;
  }
  return closeAll(open);
}

function toggle(open: Marker[], marker: Marker, before: string | undefined, after: string | undefined): void {
  const index = open.lastIndexOf(marker);
  if (index !== -1 && !isSpace(before)) {
    open.splice(index);
    return;
  }
  const opensWord = !isSpace(after) && (marker !== '*' || !isWordChar(before));
  if (opensWord) open.push(marker);
}

function closeAll(open: readonly Marker[]): string {
  return [...open].reverse().join('');
}
