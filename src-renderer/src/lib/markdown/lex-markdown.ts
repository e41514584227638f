import { getDefaults, Lexer, type Links, type MarkedToken, type Token, Tokenizer } from 'marked';

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
 * How deep quotes and lists may nest, and bold, italic, strikethrough and links inside each other. Deeper
 * structure shows as the text it is ("> > deep", "**a"). Without a bound, marked lexes each level's content
 * again at every level (2,000 nested quotes overflow the stack; 1,500 nested list levels take ~20 s), and
 * rendering recurses once per level.
 */
export const MAX_NESTING = 32;

/**
 * Quotes and lists lex their content inside the tokenizer call that makes them, so a counter around those
 * calls is the current depth. At the bound the tokenizer declines and marked reads the line as a paragraph.
 */
class NestingBoundTokenizer extends Tokenizer {
  private depth = 0;

  override blockquote(src: string) {
    return this.nested(() => super.blockquote(src));
  }

  override list(src: string) {
    return this.nested(() => super.list(src));
  }

  private nested<T>(tokenize: () => T): T | undefined {
    if (this.depth >= MAX_NESTING) return undefined;
    this.depth++;
    try {
      return tokenize();
    } finally {
      this.depth--;
    }
  }
}

/**
 * Emphasis, strikethrough and links lex their content through inlineTokens, called once per paragraph
 * and once more per level: past the bound the content stays plain text. (Overriding the inline tokenizer
 * methods instead would make marked mask every text run for delimiters, ~20% slower on ordinary answers.)
 */
class NestingBoundLexer extends Lexer {
  private inlineDepth = 0;

  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (this.inlineDepth >= MAX_NESTING) {
      tokens.push({ type: 'text', raw: src, text: src });
      return tokens;
    }
    this.inlineDepth++;
    try {
      return super.inlineTokens(src, tokens);
    } finally {
      this.inlineDepth--;
    }
  }
}

/**
 * Lexes GitHub-flavoured markdown into block tokens (with their inline tokens). Reference links resolve
 * against `knownLinks` (definitions from blocks lexed earlier) plus the definitions inside `source`.
 */
export function lexMarkdown(source: string, knownLinks: Links): LexResult {
  // A fresh options object each time: the lexer writes its tokenizer into the options it is given.
  const lexer = new NestingBoundLexer({
    ...getDefaults(),
    gfm: true,
    breaks: false,
    pedantic: false,
    tokenizer: new NestingBoundTokenizer(),
  });
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
