import type { Token } from './lex-markdown.ts';

export interface Boundary {
  /** Tokens before this index are finished: no text appended later can change them. */
  readonly index: number;
  /** Where token `index` starts in the lexed source. */
  readonly offset: number;
}

const NONE: Boundary = { index: 0, offset: 0 };

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** The opening run of a fenced code block (``` or ~~~ after at most 3 spaces), or null. */
function fenceRun(raw: string, lineStart: number, lineEnd: number): { char: string; length: number } | null {
  let i = lineStart;
  while (i < lineEnd && i - lineStart < 3 && raw[i] === ' ') i++;
  const char = raw[i];
  if (char !== '`' && char !== '~') return null;
  const runStart = i;
  while (i < lineEnd && raw[i] === char) i++;
  return i - runStart >= 3 ? { char, length: i - runStart } : null;
}

/** Whether a fenced code block's raw source ends with its closing fence (an open one runs to the end). */
export function fenceIsClosed(raw: string): boolean {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === '\n' || isBlank(raw[end - 1]))) end--;
  const firstLineEnd = raw.indexOf('\n');
  if (firstLineEnd === -1 || firstLineEnd >= end) return false;
  const opening = fenceRun(raw, 0, firstLineEnd);
  const lastLineStart = raw.lastIndexOf('\n', end - 1) + 1;
  const closing = fenceRun(raw, lastLineStart, end);
  if (!opening || !closing || closing.char !== opening.char || closing.length < opening.length) return false;
  // Nothing but the fence on the closing line (trailing blanks were cut above).
  let i = lastLineStart;
  while (raw[i] === ' ') i++;
  return i + closing.length === end;
}

function isFencedCode(token: Token): boolean {
  return token.type === 'code' && token.codeBlockStyle !== 'indented';
}

/** Blocks that end at their own last line whatever follows: nothing later can extend them. */
function endsByItself(token: Token): boolean {
  if (token.type === 'heading' || token.type === 'hr') return true;
  return isFencedCode(token) && fenceIsClosed(token.raw);
}

/** Whether the line just before `offset` (which starts a line) holds only spaces and tabs. */
function followsBlankLine(source: string, offset: number): boolean {
  if (offset < 2 || source[offset - 1] !== '\n') return false;
  let i = offset - 2;
  while (i >= 0 && isBlank(source[i])) i--;
  return i < 0 || source[i] === '\n';
}

/**
 * Where `source`'s tokens can be cut into finished blocks and an open tail.
 *
 * A token starts a safe tail when it begins at column 0 on a complete line (so its kind is settled) right
 * after a blank line, a heading, a rule or a closed code fence. Lists, quotes, tables and paragraphs cannot
 * reach across that, so appending text never changes the blocks before it, and lexing from it gives the
 * same tokens as lexing from the start (the lexer only looks back at a preceding paragraph or text).
 */
export function findBoundary(tokens: readonly Token[], source: string): Boundary {
  let boundary = NONE;
  let offset = 0;
  let previousContent: Token | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // The lexer may add a newline to a paragraph it merges; past such a token offsets are unreliable.
    // (The last token needs no check: no boundary follows it, and it may be a long open block.)
    if (index < tokens.length - 1 && !source.startsWith(token.raw, offset)) break;
    if (
      token.type !== 'space' &&
      previousContent !== undefined &&
      !isBlank(source[offset]) &&
      source.indexOf('\n', offset) !== -1 &&
      (followsBlankLine(source, offset) || (endsByItself(previousContent) && source[offset - 1] === '\n'))
    ) {
      boundary = { index, offset };
    }
    if (token.type !== 'space') previousContent = token;
    offset += token.raw.length;
  }
  return boundary;
}
