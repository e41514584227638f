/** The most terms a search uses (the rest are ignored): each is one more index lookup. */
export const MAX_SEARCH_TERMS = 32;

const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * A Chinese, Japanese or Korean character: text unicode61 reads as one word per run (no spaces), so
 * terms holding one are looked up in the trigram table instead. The same ranges as migration 2's GLOB.
 */
export const CJK_CHARACTER =
  /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{3ffff}]/u;

/** Trigrams match substrings of 3 characters or more; shorter CJK terms are looked for directly. */
const TRIGRAM_LENGTH = 3;

/** One term as an FTS5 string: every `"` doubled, so nothing in it is query syntax. */
const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;

interface Term {
  text: string;
  prefix: boolean;
}

/**
 * Every word and every "quoted phrase" of the user's text, in order; a word ending in `*` is a
 * prefix. Terms with nothing searchable (no letter or digit) are dropped. One pass: linear.
 */
function termsOf(search: string): Term[] {
  const terms: Term[] = [];
  let index = 0;
  while (index < search.length && terms.length < MAX_SEARCH_TERMS) {
    const char = search[index]!;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    let text: string;
    let prefix = false;
    if (char === '"') {
      const close = search.indexOf('"', index + 1);
      const end = close === -1 ? search.length : close;
      text = search.slice(index + 1, end);
      index = end + 1;
    } else {
      let end = index;
      while (end < search.length && !/\s/.test(search[end]!) && search[end] !== '"') end++;
      text = search.slice(index, end);
      index = end;
      prefix = text.length > 1 && text.endsWith('*');
      if (prefix) text = text.slice(0, -1);
    }
    if (SEARCHABLE.test(text)) terms.push({ text, prefix });
  }
  return terms;
}

const ftsString = (terms: readonly Term[]) =>
  terms.map((term) => (term.prefix ? `${quoted(term.text)}*` : quoted(term.text))).join(' ');

/**
 * The user's words as a safe FTS5 MATCH expression: every word and every "quoted phrase" becomes one
 * quoted string (all must match); a word ending in `*` matches as a prefix. Operators typed by the
 * user (OR, NOT, NEAR(, -, ^, :, parentheses) are only words here. Null when nothing is searchable.
 */
export function toFtsQuery(search: string): string | null {
  const terms = termsOf(search);
  return terms.length === 0 ? null : ftsString(terms);
}

/** How a search is run: every part must match the same prompt or answer. */
export interface SearchPlan {
  /** MATCH over `search` (unicode61 words), or null. */
  words: string | null;
  /** MATCH over `search_cjk` (trigrams) for CJK terms of 3 characters or more, or null. */
  trigrams: string | null;
  /** CJK terms of 1–2 characters, looked for as substrings (see SHORT_TERM_ROWS). */
  short: string[];
}

/** The search split by how each term can be found; null when nothing in it is searchable. */
export function searchPlan(search: string): SearchPlan | null {
  const terms = termsOf(search);
  if (terms.length === 0) return null;
  const words: Term[] = [];
  const trigrams: Term[] = [];
  const short: string[] = [];
  for (const term of terms) {
    if (!CJK_CHARACTER.test(term.text)) words.push(term);
    else if ([...term.text].length >= TRIGRAM_LENGTH) trigrams.push({ text: term.text, prefix: false });
    else short.push(term.text);
  }
  return {
    words: words.length === 0 ? null : ftsString(words),
    trigrams: trigrams.length === 0 ? null : ftsString(trigrams),
    short,
  };
}
