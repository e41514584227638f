// A search snippet's matches, between HIGHLIGHT_START and HIGHLIGHT_END, as parts the page renders as
// <mark> elements. Scanned character by character: the snippet is provider text and is never parsed
// as HTML nor matched with a pattern.
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../src-shared/history.ts';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** "a \u0002b\u0003 c" → a · b (marked) · c. Stray or unbalanced markers are dropped, never shown. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let start = 0;
  const flush = (end: number) => {
    if (end > start) parts.push({ text: snippet.slice(start, end), marked });
  };
  for (let index = 0; index < snippet.length; index += 1) {
    const char = snippet[index];
    if (char !== HIGHLIGHT_START && char !== HIGHLIGHT_END) continue;
    flush(index);
    marked = char === HIGHLIGHT_START;
    start = index + 1;
  }
  flush(snippet.length);
  return parts;
}
