import { describe, expect, it } from 'vitest';
import {
  benchAnswer,
  benchColumns,
  benchFrames,
  columnIndexOf,
  heldBack,
  runningTotals,
  splitIntoDeltas,
  visibleLetters,
} from './bench-ui-stream.ts';

/** The text a frame carries, on either wire. */
function deltaOf(frame: string): string | undefined {
  const payload = frame.slice(frame.indexOf('data: ') + 6).trim();
  if (payload === '[DONE]') return undefined;
  const data = JSON.parse(payload) as {
    choices?: { delta: { content?: string } }[];
    delta?: { text?: string };
  };
  return data.choices?.[0]?.delta.content ?? data.delta?.text;
}

describe('splitIntoDeltas', () => {
  const text = 'Intro line with words.\n\n```rust\nfn main() {}\n```\n\n- item one\n';

  it('cuts text into pieces that join back to it, of at most 6 characters outside fence lines', () => {
    const deltas = splitIntoDeltas(text);
    expect(deltas.join('')).toBe(text);
    const prose = deltas.filter((delta) => !delta.startsWith('```'));
    expect(prose.every((delta) => delta.length >= 1 && delta.length <= 6)).toBe(true);
  });

  it('keeps each fence line whole, with its newline', () => {
    const deltas = splitIntoDeltas(text);
    expect(deltas).toContain('```rust\n');
    expect(deltas).toContain('```\n');
    expect(deltas.filter((delta) => delta.includes('`'))).toEqual(['```rust\n', '```\n']);
  });

  it('gives the same pieces for the same seed', () => {
    expect(splitIntoDeltas(text, 7)).toEqual(splitIntoDeltas(text, 7));
    expect(splitIntoDeltas(text, 7)).not.toEqual(splitIntoDeltas(text, 8));
  });
});

describe('benchAnswer', () => {
  it('is as many deltas as asked, about 4 characters each, of markdown with a table, lists and code', () => {
    const deltas = benchAnswer(2000);
    expect(deltas).toHaveLength(2000);
    const text = deltas.join('');
    expect(text.length / deltas.length).toBeGreaterThan(3.5);
    expect(text.length / deltas.length).toBeLessThan(4.5);
    expect(text).toContain('|---|---|---|---|');
    expect(text).toContain('```python\n');
    expect(text).toContain('\n- **Memory:**');
    expect(text).toContain('\n1. Measure first');
    expect(text).toContain('(part 2)');
  });
});

describe('visibleLetters and runningTotals', () => {
  it('count ASCII letters, none on a fence line', () => {
    expect(visibleLetters('ab1 C_é')).toBe(3);
    expect(visibleLetters('```python\n')).toBe(0);
    expect(visibleLetters('  ```\n')).toBe(0);
  });

  it('add up characters and visible letters delta by delta', () => {
    const totals = runningTotals(['ab', '```js\n', 'c d', '!']);
    expect([...totals.chars]).toEqual([2, 8, 11, 12]);
    expect([...totals.letters]).toEqual([2, 2, 4, 4]);
  });
});

describe('benchColumns and columnIndexOf', () => {
  it('repeats eight distinct columns, each with its own max output tokens', () => {
    const columns = benchColumns(16);
    const tags = new Set(columns.map((column) => column.tag));
    expect(tags.size).toBe(16);
    const names = columns.map(({ setup }) => `${setup.provider}/${setup.model}/${setup.wire ?? ''}`);
    expect(new Set(names.slice(0, 8)).size).toBe(8);
    expect(names.slice(8)).toEqual(names.slice(0, 8));
    expect(columns.map((column) => column.setup.params?.maxOutputTokens)).toEqual([...tags]);
  });

  it('finds the column from either max tokens field of a request body', () => {
    const [first, second] = benchColumns(2);
    expect(columnIndexOf({ max_completion_tokens: first!.tag })).toBe(0);
    expect(columnIndexOf({ max_tokens: second!.tag, stream: true })).toBe(1);
    expect(columnIndexOf({ max_tokens: '4001' })).toBe(-1);
    expect(columnIndexOf({})).toBe(-1);
    expect(columnIndexOf(null)).toBe(-1);
  });
});

describe('benchFrames', () => {
  const deltas = ['Hello', ' wor', 'ld', '\n\n| a |'];

  it.each(['openai', 'minimax', 'anthropic'] as const)(
    'puts delta k in frame firstDelta + k (%s)',
    (wire) => {
      const { frames, firstDelta } = benchFrames(wire, 'model-x', deltas);
      expect(deltas.map((_, k) => deltaOf(frames[firstDelta + k]!))).toEqual(deltas);
      // Nothing but the deltas carries text.
      const carried = frames.map(deltaOf).filter((text) => text !== undefined && text !== '');
      expect(carried).toEqual(deltas);
    },
  );
});

describe('heldBack', () => {
  it("marks the deltas whose end main holds back as a possible key's start, as its redactor does", () => {
    // A toy rule: an end of "s" or "sk" could begin a key.
    const tail = (text: string) => (text.endsWith('sk') ? 2 : text.endsWith('s') ? 1 : 0);
    // "cs" ends held ("s"); "s" + "k" still could be a key; "skx" cannot; "is" is held again.
    expect([...heldBack(['ab', 'cs', 'k', 'x', 'is'], tail)]).toEqual([0, 1, 1, 0, 1]);
  });
});
