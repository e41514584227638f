import { closersFor } from './close-open-markers.ts';
import type { MarkdownBlock } from './incremental-lexer.ts';
import { type Links, lexMarkdown } from './lex-markdown.ts';

const COMPLETABLE = new Set(['paragraph', 'heading', 'list', 'blockquote']);

/**
 * The blocks with the last one's unterminated inline markers closed ("**bold te" shows bold), for an answer
 * still streaming. Only the last line of the last block is looked at, and only prose-like blocks.
 */
export function completeLastBlock(blocks: readonly MarkdownBlock[], links: Links): readonly MarkdownBlock[] {
  const last = blocks.at(-1);
  if (!last || !COMPLETABLE.has(last.token.type) || last.token.raw.endsWith('\n')) return blocks;
  const raw = last.token.raw;
  const closers = closersFor(raw.slice(raw.lastIndexOf('\n') + 1));
  if (!closers) return blocks;
  const { tokens } = lexMarkdown(raw + closers, links);
  // Closing a marker must not change what kind of block this is.
  if (tokens.length !== 1 || tokens[0]!.type !== last.token.type) return blocks;
  return [...blocks.slice(0, -1), { ...last, token: tokens[0]! }];
}
