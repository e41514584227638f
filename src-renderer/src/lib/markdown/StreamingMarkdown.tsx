import { memo, useMemo, useState } from 'react';
import { completeLastBlock } from './complete-last-block.ts';
import { createIncrementalLexer, type MarkdownBlock } from './incremental-lexer.ts';
import { renderBlock } from './render-block.tsx';
import './markdown.css';

/** Whether two blocks render the same: finished blocks are the same object; a re-lexed one may match by source. */
export function sameBlock(a: MarkdownBlock, b: MarkdownBlock): boolean {
  return (
    a === b ||
    (a.token.type === b.token.type && a.token.raw === b.token.raw && a.linksVersion === b.linksVersion)
  );
}

const Block = memo(
  function Block({ block }: { block: MarkdownBlock }) {
    return renderBlock(block.token);
  },
  (previous, next) => sameBlock(previous.block, next.block),
);

/** Renders already-lexed blocks; each one re-renders only when its own source changes. */
export function MarkdownBlocks({ blocks }: { blocks: readonly MarkdownBlock[] }) {
  return (
    <div className="markdown">
      {blocks.map((block) => (
        <Block key={block.key} block={block} />
      ))}
    </div>
  );
}

/**
 * A model's answer as markdown, growing as it streams. Safe by construction: everything becomes React
 * elements (raw HTML shows as text, links never navigate, images never load). Each update lexes only the
 * open tail after the last finished block, and only blocks whose source changed render again.
 *
 * `streaming`: the answer is still arriving, so an unterminated "**bold" or "`code" on its last line is shown
 * as it will end rather than as raw markers. Leave it off for a finished answer: "5*3" must stay as written.
 */
export function StreamingMarkdown({ text, streaming = false }: { text: string; streaming?: boolean }) {
  // One lexer per mounted answer: it keeps the finished blocks between renders.
  const [incremental] = useState(createIncrementalLexer);
  // update() returns the same blocks for the same text, so a repeated render (StrictMode) is harmless.
  const blocks = useMemo(() => incremental.update(text), [incremental, text]);
  const shown = useMemo(
    () => (streaming ? completeLastBlock(blocks, incremental.links()) : blocks),
    [incremental, blocks, streaming],
  );
  return <MarkdownBlocks blocks={shown} />;
}
