import { describe, expect, it } from 'vitest';
import { BLOCKS_PER_GROUP, groupBlocks } from './block-groups.ts';
import type { MarkdownBlock } from './incremental-lexer.ts';

const block = (n: number): MarkdownBlock => ({
  key: `b${n}`,
  token: { type: 'paragraph', raw: `p${n}`, text: `p${n}`, tokens: [] },
  linksVersion: 0,
});
const blocks = (count: number) => Array.from({ length: count }, (_, n) => block(n));

describe('groupBlocks', () => {
  it('cuts the blocks, in order, into groups of BLOCKS_PER_GROUP (the last may be shorter)', () => {
    const all = blocks(BLOCKS_PER_GROUP * 2 + 3);
    const groups = groupBlocks(all, []);
    expect(groups.map((group) => group.length)).toEqual([BLOCKS_PER_GROUP, BLOCKS_PER_GROUP, 3]);
    expect(groups.flat()).toEqual(all);
  });

  it('hands back the same group while all of its blocks are the same, so a memoized group skips rendering', () => {
    const all = blocks(BLOCKS_PER_GROUP * 2 + 3);
    const before = groupBlocks(all, []);
    // The answer grew: the last (open) block was re-lexed and another one began.
    const grown = [...all.slice(0, -1), { ...all.at(-1)! }, block(all.length)];
    const after = groupBlocks(grown, before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after.flat()).toEqual(grown);
  });

  it('gives a group whose blocks changed (a re-lex from the start) a new identity', () => {
    const all = blocks(BLOCKS_PER_GROUP + 1);
    const before = groupBlocks(all, []);
    const relexed = all.map((each) => ({ ...each }));
    const after = groupBlocks(relexed, before);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]).toEqual(before[0]);
  });
});
