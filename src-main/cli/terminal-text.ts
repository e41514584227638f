// Provider text is hostile: an answer may carry escape sequences that retitle, clear or rewrite
// the user's terminal, or bidi overrides that reorder what is shown. Nothing of that is printed.

// One character class, no quantifier: linear on any input. C0 controls except tab and newline,
// DEL and C1 controls, bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this regex's job.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const REPLACEMENT = '\ufffd';

/** Text safe to print: line breaks normalized to \n, every control character replaced with �. */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, REPLACEMENT);
}

/** One line: printable, with every run of whitespace (line breaks included) as one space. */
export function oneLine(text: string): string {
  return printable(text).split(/\s/).filter(Boolean).join(' ');
}

/** At most `width` characters; a cut is marked with an ellipsis. Counts code points, not UTF-16 units. */
export function clip(text: string, width: number): string {
  const characters = Array.from(text);
  return characters.length <= width ? text : `${characters.slice(0, Math.max(width - 1, 0)).join('')}…`;
}

export function displayWidth(text: string): number {
  return Array.from(text).length;
}
