import { memo, useMemo, useState } from 'react';
import { createBlockGrouper } from './block-groups.ts';
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

/** A run of blocks; skipped whole while none of them changed (see groupBlocks), and off screen (markdown.css). */
const BlockGroup = memo(function BlockGroup({ blocks }: { blocks: readonly MarkdownBlock[] }) {
  return (
    <div className="md-group">
      {blocks.map((block) => (
        <Block key={block.key} block={block} />
      ))}
    </div>
  );
});

/**
 * Renders already-lexed blocks; each one re-renders only when its own source changes, and an update
 * looks only at the group of blocks it changed, so a long answer's frames cost no more than a short one's.
 */
export function MarkdownBlocks({ blocks }: { blocks: readonly MarkdownBlock[] }) {
  const [grouper] = useState(createBlockGrouper);
  // update() hands back the same groups for the same blocks, so a repeated render (StrictMode) is harmless.
  const groups = useMemo(() => grouper.update(blocks), [grouper, blocks]);
  return (
    <div className="markdown">
      {groups.map((group, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: group n always holds the same positions (n × BLOCKS_PER_GROUP onward).
        <BlockGroup key={index} blocks={group} />
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
