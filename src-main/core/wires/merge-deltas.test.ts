import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { mergeDeltas } from './merge-deltas.ts';

describe('mergeDeltas', () => {
  it('merges each run of adjacent deltas of one kind, keeping everything else where it was', () => {
    const events: StreamEvent[] = [
      { type: 'model', model: 'm' },
      { type: 'text', delta: 'a' },
      { type: 'text', delta: 'b' },
      { type: 'reasoning', delta: 'r' },
      { type: 'text', delta: 'c' },
      { type: 'finish', reason: 'stop' },
      { type: 'text', delta: 'd' },
      { type: 'text', delta: '' },
      { type: 'text', delta: 'e' },
    ];
    expect(mergeDeltas(events)).toEqual([
      { type: 'model', model: 'm' },
      { type: 'text', delta: 'ab' },
      { type: 'reasoning', delta: 'r' },
      { type: 'text', delta: 'c' },
      { type: 'finish', reason: 'stop' },
      { type: 'text', delta: 'de' },
    ]);
  });

  it('passes a lone delta on as it is, and nothing as nothing', () => {
    const lone: StreamEvent = { type: 'reasoning', delta: 'x' };
    expect(mergeDeltas([lone])[0]).toBe(lone);
    expect(mergeDeltas([])).toEqual([]);
  });

  // One event per network read is the common case: the array itself goes on, no copy is made.
  it('hands back the very array it was given when it holds fewer than two events', () => {
    const one: StreamEvent[] = [{ type: 'text', delta: 'x' }];
    const none: StreamEvent[] = [];
    expect(mergeDeltas(one)).toBe(one);
    expect(mergeDeltas(none)).toBe(none);
  });
});
