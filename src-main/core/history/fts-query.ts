/** The most terms a search uses (the rest are ignored): each is one more index lookup. */
export const MAX_SEARCH_TERMS = 32;

const SEARCHABLE = /[\p{L}\p{N}]/u;

/** One term as an FTS5 string: every `"` doubled, so nothing in it is query syntax. */
const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * The user's words as a safe FTS5 MATCH expression: every word and every "quoted phrase" becomes one
 * quoted string (all must match); a word ending in `*` matches as a prefix. Operators typed by the
 * user (OR, NOT, NEAR(, -, ^, :, parentheses) are only words here. Null when nothing is searchable.
 * One pass over the text: linear whatever it holds.
 */
export function toFtsQuery(search: string): string | null {
  const terms: string[] = [];
  let index = 0;
  while (index < search.length && terms.length < MAX_SEARCH_TERMS) {
    const char = search[index]!;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    let term: string;
    let prefix = false;
    if (char === '"') {
      const close = search.indexOf('"', index + 1);
      const end = close === -1 ? search.length : close;
      term = search.slice(index + 1, end);
      index = end + 1;
    } else {
      let end = index;
      while (end < search.length && !/\s/.test(search[end]!) && search[end] !== '"') end++;
      term = search.slice(index, end);
      index = end;
      prefix = term.length > 1 && term.endsWith('*');
      if (prefix) term = term.slice(0, -1);
    }
    if (SEARCHABLE.test(term)) terms.push(prefix ? `${quoted(term)}*` : quoted(term));
  }
  return terms.length === 0 ? null : terms.join(' ');
}
