import { describe, expect, it } from 'vitest';
import { columnOfPath, forEachMark } from './bench-paced-stream.ts';

describe('forEachMark', () => {
  it('finds every mark in merged deltas, in order', () => {
    const marks: number[] = [];
    forEachMark('[12] [13] [140] ', (mark) => marks.push(mark));
    expect(marks).toEqual([12, 13, 140]);
  });

  it('skips brackets that do not hold a number, and an unclosed one', () => {
    const marks: number[] = [];
    forEachMark('[] [x1] a[7]b [8', (mark) => marks.push(mark));
    expect(marks).toEqual([7]);
  });
});

describe('columnOfPath', () => {
  it('takes the first path segment', () => {
    expect(columnOfPath('/c3/v1/chat/completions')).toBe('c3');
    expect(columnOfPath('/')).toBe('');
  });
});
