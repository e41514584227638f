import type { MarkdownBlock } from './incremental-lexer.ts';

/** Blocks rendered together: an update re-renders the group holding the open end, and no other. */
export const BLOCKS_PER_GROUP = 16;

/**
 * The blocks in groups of BLOCKS_PER_GROUP. A group whose blocks are all the same objects as in
 * `previous` is `previous`'s group itself, so a memoized group component skips it without looking at
 * its blocks: a frame of a streaming answer then costs the groups' count plus one group, not the
 * whole answer.
 */
export function groupBlocks(
  blocks: readonly MarkdownBlock[],
  previous: readonly (readonly MarkdownBlock[])[],
): (readonly MarkdownBlock[])[] {
  const groups: (readonly MarkdownBlock[])[] = [];
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_GROUP) {
    const group = blocks.slice(start, start + BLOCKS_PER_GROUP);
    const before = previous[groups.length];
    const unchanged =
      before !== undefined &&
      before.length === group.length &&
      group.every((block, i) => block === before[i]);
    groups.push(unchanged ? before : group);
  }
  return groups;
}

/** Groups an answer's blocks update after update, keeping unchanged groups (see groupBlocks). */
export function createBlockGrouper(): {
  update(blocks: readonly MarkdownBlock[]): (readonly MarkdownBlock[])[];
} {
  let groups: (readonly MarkdownBlock[])[] = [];
  return {
    update(blocks) {
      groups = groupBlocks(blocks, groups);
      return groups;
    },
  };
}
