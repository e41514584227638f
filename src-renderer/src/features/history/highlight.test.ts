import { describe, expect, it } from 'vitest';
import { snippetParts } from './highlight.ts';

const S = '\u0002';
const E = '\u0003';

describe('snippetParts', () => {
  it('splits a snippet into plain and marked parts in order', () => {
    expect(snippetParts(`use ${S}quicksort${E} or ${S}merge${E} sort`)).toEqual([
      { text: 'use ', marked: false },
      { text: 'quicksort', marked: true },
      { text: ' or ', marked: false },
      { text: 'merge', marked: true },
      { text: ' sort', marked: false },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    expect(snippetParts(`<img src=x onerror=alert(1)> ${S}hit${E}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  it('drops stray markers: an end without a start, a start never closed', () => {
    expect(snippetParts(`a${E}b ${S}c`)).toEqual([
      { text: 'a', marked: false },
      { text: 'b ', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(snippetParts(`${S}${E}`)).toEqual([]);
  });
});
