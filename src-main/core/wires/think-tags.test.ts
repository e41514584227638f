import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { expectLinearTime } from '../linear-time-test-support.ts';
import { ThinkTagSplitter } from './think-tags.ts';

function run(pieces: string[]): { text: string; reasoning: string } {
  const splitter = new ThinkTagSplitter();
  const events: StreamEvent[] = [];
  for (const piece of pieces) events.push(...splitter.push(piece));
  events.push(...splitter.end());
  const join = (type: 'text' | 'reasoning') =>
    events.map((event) => (event.type === type ? event.delta : '')).join('');
  return { text: join('text'), reasoning: join('reasoning') };
}

const INPUTS: [string, { text: string; reasoning: string }][] = [
  [
    '<think>\nplan the answer\n</think>\n\nThe answer.',
    { text: 'The answer.', reasoning: 'plan the answer' },
  ],
  ['<thought>weigh it</thought>Yes.', { text: 'Yes.', reasoning: 'weigh it' }],
  ['No tags here, <think> stays text.', { text: 'No tags here, <think> stays text.', reasoning: '' }],
  ['<think>cut off by the length limit', { text: '', reasoning: 'cut off by the length limit' }],
  [
    '  <think>a < b and </thin is not a tag</think>x',
    { text: 'x', reasoning: 'a < b and </thin is not a tag' },
  ],
  ['<think>\n\n</think>\n\nEmpty thought.', { text: 'Empty thought.', reasoning: '' }],
  ['<th', { text: '<th', reasoning: '' }],
  [
    '<thought>first look</thought>\n<thought> second look </thought>\n\nDone.',
    { text: 'Done.', reasoning: 'first look\n\nsecond look' },
  ],
  [
    '<think>plan</think>Answer, then <think> in prose.',
    { text: 'Answer, then <think> in prose.', reasoning: 'plan' },
  ],
  ['', { text: '', reasoning: '' }],
  ['   ', { text: '   ', reasoning: '' }],
  ['<think> \t\n', { text: '', reasoning: '' }],
  ['\t \n<think> x \n</think>\r\n\r\n  y', { text: '  y', reasoning: 'x' }],
  ['\u00a0<think>a\u2003b\u00a0</think>c', { text: 'c', reasoning: 'a\u2003b' }],
  ['<think>a</think>\n\n  \n<think>b</think>', { text: '', reasoning: 'a\n\nb' }],
];

describe('think-tag splitter', () => {
  it.each(INPUTS)('splits %j', (input, expected) => {
    expect(run([input])).toEqual(expected);
  });

  it.each(INPUTS)(
    'gives the same result for %j cut at every offset and at every pair of offsets',
    (input, expected) => {
      for (let i = 0; i <= input.length; i++) {
        expect(run([input.slice(0, i), input.slice(i)]), `cut at ${i}`).toEqual(expected);
        for (let j = i; j <= input.length; j += 3) {
          expect(run([input.slice(0, i), input.slice(i, j), input.slice(j)]), `cuts at ${i},${j}`).toEqual(
            expected,
          );
        }
      }
    },
  );

  it('gives the same result one character at a time', () => {
    for (const [input, expected] of INPUTS) expect(run([...input])).toEqual(expected);
  });

  it('streams reasoning before the closing tag arrives', () => {
    const splitter = new ThinkTagSplitter();
    expect(splitter.push('<think>first part')).toEqual([{ type: 'reasoning', delta: 'first part' }]);
    expect(splitter.push(' more</th')).toEqual([{ type: 'reasoning', delta: ' more' }]);
    expect(splitter.push('ink>\n\nAnswer')).toEqual([{ type: 'text', delta: 'Answer' }]);
  });
});

/** `size` characters of `unit` (a divisor of size), in deltas of `unit`'s length. */
function deltas(unit: string, size: number): string[] {
  return new Array<string>(size / unit.length).fill(unit);
}

describe('think-tag splitter on hostile input', () => {
  const splitAll = (pieces: readonly string[]) => run([...pieces]);

  it('keeps a long whitespace run inside reasoning, in linear time', () => {
    expect(run([`<think>a${' '.repeat(50_000)}b</think>c`])).toEqual({
      text: 'c',
      reasoning: `a${' '.repeat(50_000)}b`,
    });
    expectLinearTime((size) => [`<think>a${' '.repeat(size / 2)}b${' '.repeat(size / 2)}`], splitAll);
  });

  it('takes linear time on whitespace streamed in small deltas inside reasoning', () => {
    expect(run(['<think>a', ...deltas(' \t\n     ', 8_000), 'b</think>c'])).toEqual({
      text: 'c',
      reasoning: `a${' \t\n     '.repeat(1_000)}b`,
    });
    expectLinearTime((size) => ['<think>a', ...deltas('        ', size), 'b</think>'], splitAll);
  });

  it('takes linear time on whitespace streamed in small deltas before any tag', () => {
    expect(run([...deltas('  \n     ', 8_000), '<think>a</think>b'])).toEqual({ text: 'b', reasoning: 'a' });
    expect(run([...deltas('  \n     ', 8_000), 'b'])).toEqual({
      text: `${'  \n     '.repeat(1_000)}b`,
      reasoning: '',
    });
    expectLinearTime((size) => [...deltas('        ', size), '<think>a</think>b'], splitAll);
  });

  it('takes linear time on line breaks streamed after a closing tag', () => {
    expect(run(['<think>a</think>', ...deltas('\r\n\r\n', 8_000), 'b'])).toEqual({
      text: 'b',
      reasoning: 'a',
    });
    expectLinearTime((size) => ['<think>a</think>', ...deltas('\n\n\n\n\n\n\n\n', size), 'b'], splitAll);
  });

  it('holds back at most 64 KiB of whitespace, before a tag or inside reasoning', () => {
    const beforeTag = new ThinkTagSplitter();
    const spaces = ' '.repeat(1024);
    const early = Array.from({ length: 100 }, () => beforeTag.push(spaces));
    expect(early.slice(0, 64).flat()).toEqual([]);
    expect(early[64]).toEqual([{ type: 'text', delta: ' '.repeat(65 * 1024) }]);
    expect(early.slice(65).flat()).toEqual(new Array(35).fill({ type: 'text', delta: spaces }));
    expect(beforeTag.push('<think>x</think>')).toEqual([{ type: 'text', delta: '<think>x</think>' }]);

    const inside = new ThinkTagSplitter();
    expect(inside.push('<think>a')).toEqual([{ type: 'reasoning', delta: 'a' }]);
    const held: StreamEvent[] = [];
    for (let i = 0; i < 100; i++) held.push(...inside.push(spaces));
    expect(held).toEqual([{ type: 'reasoning', delta: ' '.repeat(65 * 1024) }]);
    expect([...inside.push('b</think>'), ...inside.end()]).toEqual([
      { type: 'reasoning', delta: `${' '.repeat(35 * 1024)}b` },
    ]);
  });

  it('takes linear time on reasoning full of near-closing tags, in small deltas', () => {
    expect(run(['<think>', ...deltas('</thin', 6_000), '</think>x'])).toEqual({
      text: 'x',
      reasoning: '</thin'.repeat(1_000),
    });
    expectLinearTime((size) => ['<think>', ...deltas('</thin  ', size), '</think>x'], splitAll);
  });
});
