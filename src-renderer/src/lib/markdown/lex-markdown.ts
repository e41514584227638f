import { getDefaults, Lexer, type Links, type MarkedToken, type Token } from 'marked';

export type { Links, Token };

/**
 * A token as one of marked's own kinds. No extensions are configured, so marked's open-ended "generic"
 * token never occurs; this narrows its Token type to what the lexer can actually produce.
 */
export function known(token: Token): MarkedToken {
  return token as MarkedToken;
}

export interface LexResult {
  readonly tokens: readonly Token[];
  /** Every reference definition known after lexing: the ones passed in, then those found in the source. */
  readonly links: Links;
}

/** The lexing step, injectable so tests can watch what gets re-lexed. */
export type LexFn = (source: string, knownLinks: Links) => LexResult;

export function emptyLinks(): Links {
  // Labels come from provider text: a null-prototype table, so "[constructor]: /x" is just a label.
  return Object.create(null) as Links;
}

/**
 * Lexes GitHub-flavoured markdown into block tokens (with their inline tokens). Reference links resolve
 * against `knownLinks` (definitions from blocks lexed earlier) plus the definitions inside `source`.
 */
export function lexMarkdown(source: string, knownLinks: Links): LexResult {
  // A fresh options object each time: the lexer writes its tokenizer into the options it is given.
  const lexer = new Lexer({ ...getDefaults(), gfm: true, breaks: false, pedantic: false });
  const links = emptyLinks();
  for (const label of Object.keys(knownLinks)) links[label] = knownLinks[label]!;
  lexer.tokens.links = links;
  const tokens = lexer.lex(source);
  return { tokens, links: tokens.links };
}

export function sameLinks(a: Links, b: Links): boolean {
  const labels = Object.keys(a);
  if (labels.length !== Object.keys(b).length) return false;
  return labels.every((label) => {
    const other = Object.hasOwn(b, label) ? b[label] : undefined;
    return other !== undefined && other.href === a[label]!.href && other.title === a[label]!.title;
  });
}
