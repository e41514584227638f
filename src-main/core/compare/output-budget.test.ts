// The output cap counts events as well as bytes: a tool call with nothing in it costs no bytes,
// and a flood of one-character deltas costs few, but each event costs main and the window memory.
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { DEFAULT_MAX_OUTPUT_EVENTS, OutputBudget } from './output-budget.ts';

function admitAll(budget: OutputBudget, events: Iterable<StreamEvent>): StreamEvent[] {
  const kept: StreamEvent[] = [];
  for (const event of events) {
    const admitted = budget.admit(event);
    if (admitted) kept.push(admitted);
    if (budget.exhausted) break;
  }
  return kept;
}

function* repeat(count: number, event: StreamEvent): Generator<StreamEvent> {
  for (let i = 0; i < count; i++) yield event;
}

describe('OutputBudget', () => {
  it('stops at the event limit, however little the events carry', () => {
    const emptyCall: StreamEvent = { type: 'tool-call', call: { id: '', name: '', arguments: '' } };
    const calls = new OutputBudget(1024 * 1024, 100);
    expect(admitAll(calls, repeat(1_000_000, emptyCall))).toHaveLength(100);
    expect(calls.note).toBe('\n\n[output truncated: the answer came in more than 100 pieces]');
    const deltas = new OutputBudget(1024 * 1024, 100);
    expect(admitAll(deltas, repeat(1_000_000, { type: 'text', delta: 'a' }))).toHaveLength(100);
  });

  it('does not count usage, finish or error events, and has a default event limit', () => {
    const budget = new OutputBudget(1024, 2);
    const others: StreamEvent[] = [
      {
        type: 'usage',
        usage: {
          inputTokens: 1,
          outputTokens: 1,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          reasoningTokens: 0,
        },
      },
      { type: 'finish', reason: 'stop' },
      { type: 'error', error: { kind: 'server', message: 'x' } },
    ];
    expect(admitAll(budget, [...others, ...others])).toHaveLength(6);
    expect(budget.exhausted).toBe(false);
    expect(new OutputBudget().maxEvents).toBe(DEFAULT_MAX_OUTPUT_EVENTS);
    expect(DEFAULT_MAX_OUTPUT_EVENTS).toBe(262_144);
  });

  it('a tool call whose id and name alone do not fit is dropped', () => {
    const budget = new OutputBudget(10);
    const call: StreamEvent = { type: 'tool-call', call: { id: 'call_123456', name: 'f', arguments: '{}' } };
    expect(budget.admit(call)).toBeNull();
    expect(budget.exhausted).toBe(true);
    expect(budget.note).toBe('\n\n[output truncated at 10 bytes]');
  });
});
