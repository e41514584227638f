import { findBoundary } from './block-boundary.ts';
import { emptyLinks, type LexFn, type Links, lexMarkdown, sameLinks, type Token } from './lex-markdown.ts';

export interface MarkdownBlock {
  /** Stable per position: block n keeps key "b<n>" while the answer grows. */
  readonly key: string;
  readonly token: Token;
  /** Bumped when reference definitions change, so blocks with the same source render again. */
  readonly linksVersion: number;
}

export interface IncrementalLexer {
  /**
   * Blocks of `text`. Finished blocks come back as the same objects as before; only the tail after the
   * last finished block is lexed again. Text that does not extend the previous text starts over.
   */
  update(text: string): readonly MarkdownBlock[];
  /** The reference definitions the current blocks were lexed with. */
  links(): Links;
}

function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Blank lines separate blocks but show nothing: no block for them. */
function shown(token: Token): boolean {
  return token.type !== 'space';
}

function addDefinitions(links: Links, tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type === 'def' && !Object.hasOwn(links, token.tag)) {
      links[token.tag] = { href: token.href, title: token.title };
    }
  }
}

export function createIncrementalLexer(lex: LexFn = lexMarkdown): IncrementalLexer {
  let text = '';
  let blocks: readonly MarkdownBlock[] = [];
  let finished: MarkdownBlock[] = [];
  let finishedEnd = 0;
  /** Definitions inside finished blocks: the tail is lexed with them. */
  let finishedLinks = emptyLinks();
  /** Definitions the finished blocks were lexed with; all blocks must agree on them. */
  let blockLinks = emptyLinks();
  let linksVersion = 0;

  function startOver(): void {
    finished = [];
    finishedEnd = 0;
    finishedLinks = emptyLinks();
  }

  function toBlock(token: Token, position: number): MarkdownBlock {
    return { key: `b${position}`, token, linksVersion };
  }

  return {
    update(next) {
      const source = normalizeNewlines(next);
      if (source === text) return blocks;
      if (!source.startsWith(text)) startOver();
      text = source;

      let tail = source.slice(finishedEnd);
      let lexed = lex(tail, finishedLinks);
      if (!sameLinks(lexed.links, blockLinks)) {
        // A definition appeared or changed: earlier blocks may use it, so lex everything once with it.
        startOver();
        linksVersion++;
        tail = source;
        lexed = lex(tail, finishedLinks);
        blockLinks = lexed.links;
      }

      const boundary = findBoundary(lexed.tokens, tail);
      const newlyFinished = lexed.tokens.slice(0, boundary.index);
      for (const token of newlyFinished) if (shown(token)) finished.push(toBlock(token, finished.length));
      addDefinitions(finishedLinks, newlyFinished);
      finishedEnd += boundary.offset;

      const open = lexed.tokens.slice(boundary.index).filter(shown);
      blocks = [...finished, ...open.map((token, i) => toBlock(token, finished.length + i))];
      return blocks;
    },
    links: () => blockLinks,
  };
}
