// Counting a prompt's tokens without freezing the window: the text is cut into pieces the tokenizer
// handles in linear time, counted a slice at a time with pauses for input, and pieces unchanged since
// the last count are not counted again (typing at the end of a long prompt counts only its end).

/** Counts one piece's tokens. */
export type PieceCounter = (piece: string) => number;

/**
 * Pieces end before a single space between two words (" word" is one token to the tokenizer, and runs
 * of blank space or line breaks are tokens of their own), so it sees the words it would see whole.
 */
const PIECE_TARGET = 8 * 1024;
/** How far past the target a piece may run looking for such a space. */
const PIECE_SLACK = 1024;
/**
 * Byte-pair encoding is quadratic in the length of one word, and a pasted blob ("aaaa…", a minified
 * line) can be one 2 MB word. No real word is this long; cutting one changes the count by a token at most.
 */
const MAX_WORD = 256;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** The positions where the text is cut, in one pass: never more than PIECE_TARGET + PIECE_SLACK apart. */
export function splitForCounting(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let wordStart = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      wordStart = index + 1;
      const length = index - start;
      const betweenWords =
        code === 32 &&
        index > 0 &&
        index + 1 < text.length &&
        !isSpace(text.charCodeAt(index - 1)) &&
        !isSpace(text.charCodeAt(index + 1));
      if (length >= PIECE_TARGET && (betweenWords || length >= PIECE_TARGET + PIECE_SLACK)) {
        pieces.push(text.slice(start, index));
        start = index;
      }
    } else if (index - wordStart >= MAX_WORD) {
      pieces.push(text.slice(start, index));
      start = index;
      wordStart = index;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

export interface CountOptions {
  signal?: AbortSignal;
  /** Gives the window a turn; the count resumes after it. */
  pause?: () => Promise<void>;
  /** Milliseconds of counting between pauses. */
  sliceMs?: number;
  /** Counts from the previous call, reused for identical pieces; replaced by this call's. */
  memo?: Map<string, number>;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The token count of the whole text, or null when the signal aborted it (the text changed). */
export async function countTokensInSlices(
  text: string,
  count: PieceCounter,
  options: CountOptions = {},
): Promise<number | null> {
  const { signal, pause = nextTurn, sliceMs = 8, memo } = options;
  const counted = new Map<string, number>();
  let total = 0;
  let sliceStart = performance.now();
  for (const piece of splitForCounting(text)) {
    if (signal?.aborted) return null;
    const known = counted.get(piece) ?? memo?.get(piece);
    const tokens = known ?? count(piece);
    counted.set(piece, tokens);
    total += tokens;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  if (signal?.aborted) return null;
  if (memo) {
    memo.clear();
    for (const [piece, tokens] of counted) memo.set(piece, tokens);
  }
  return total;
}

let tokenizer: Promise<PieceCounter> | null = null;

/**
 * OpenAI's o200k_base encoding (GPT-4o, GPT-5), loaded on first use so the first paint does not wait
 * for its 2 MB table. Special-token text such as "<|endoftext|>" in a prompt counts as plain text.
 */
export function loadTokenizer(): Promise<PieceCounter> {
  tokenizer ??= import('gpt-tokenizer/encoding/o200k_base').then(
    ({ countTokens }) =>
      (piece: string) =>
        countTokens(piece, { disallowedSpecial: new Set() }),
  );
  return tokenizer;
}
