import { describe, expect, it } from 'vitest';
import type { ColumnEvent, ColumnSummary } from '../../../../src-shared/compare.ts';
import {
  anyActive,
  applyUpdates,
  emptyRunSlice,
  type RunSlice,
  type RunUpdate,
  startedColumn,
} from './run-state.ts';

const usage = {
  inputTokens: 100,
  outputTokens: 40,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 10,
};

function summary(overrides: Partial<ColumnSummary> = {}): ColumnSummary {
  return {
    usage,
    finishReason: 'stop',
    error: null,
    timing: { ttftMs: 120, totalMs: 900, tokensPerSecond: 50, tokensEstimated: false },
    cost: {
      usd: 0.002,
      breakdown: { input: 0.001, cacheRead: 0, cacheWrite: 0, output: 0.001 },
      source: 'curated',
      asOf: '2026-09-01',
      estimated: false,
      tierAboveInputTokens: null,
      billed: null,
    },
    truncated: false,
    ...overrides,
  };
}

const batch = (columnId: string, events: ColumnEvent[], runId = 'run-1'): RunUpdate => ({
  kind: 'batch',
  item: { runId, columnId, events },
});
const done = (columnId: string, result: ColumnSummary, runId = 'run-1'): RunUpdate => ({
  kind: 'done',
  runId,
  columnId,
  summary: result,
});

function sliceWith(...columnIds: string[]): RunSlice {
  return {
    ...emptyRunSlice(),
    columns: new Map(columnIds.map((id) => [id, startedColumn('run-1', 'Why is the sky blue?', [])])),
  };
}

describe('applyUpdates', () => {
  it('joins the deltas of a frame in order and leaves untouched columns as they were', () => {
    const before = sliceWith('a', 'b');
    const after = applyUpdates(
      before,
      [
        batch('a', [
          { type: 'reasoning', delta: 'Think ' },
          { type: 'text', delta: 'Rayleigh' },
        ]),
        batch('a', [
          { type: 'reasoning', delta: 'hard.' },
          { type: 'text', delta: ' scattering.' },
        ]),
      ],
      0,
    );
    expect(after.columns.get('a')).toMatchObject({
      text: 'Rayleigh scattering.',
      reasoning: 'Think hard.',
      phase: 'streaming',
    });
    expect(after.columns.get('b')).toBe(before.columns.get('b'));
    expect(before.columns.get('a')?.text).toBe('');
  });

  it('returns the same slice when nothing applies, so no component re-renders', () => {
    const before = sliceWith('a');
    expect(applyUpdates(before, [batch('zzz', [{ type: 'text', delta: 'x' }])], 0)).toBe(before);
    expect(applyUpdates(before, [batch('a', [{ type: 'text', delta: 'x' }], 'old-run')], 0)).toBe(before);
  });

  it('notes when the request went out and when the first token arrived, for live metrics', () => {
    const slice = applyUpdates(
      sliceWith('a'),
      [batch('a', [{ type: 'status', status: { state: 'requesting', attempt: 1 } }])],
      500,
    );
    const streaming = applyUpdates(slice, [batch('a', [{ type: 'reasoning', delta: 'Hm' }])], 900);
    const later = applyUpdates(streaming, [batch('a', [{ type: 'text', delta: 'Yes' }])], 1400);
    expect(later.columns.get('a')).toMatchObject({ requestedAt: 500, firstTokenAt: 900 });
  });

  it('follows the statuses main reports, with the time a retry goes out', () => {
    const slice = applyUpdates(
      sliceWith('a'),
      [
        batch('a', [
          { type: 'status', status: { state: 'requesting', attempt: 1 } },
          { type: 'status', status: { state: 'retrying', attempt: 2, delayMs: 3000, reason: 'overloaded' } },
        ]),
      ],
      1000,
    );
    expect(slice.columns.get('a')).toMatchObject({
      phase: 'retrying',
      attempt: 2,
      retryAt: 4000,
      retryReason: 'overloaded',
    });
    const limited = applyUpdates(
      slice,
      [batch('a', [{ type: 'status', status: { state: 'rate-limited' } }])],
      0,
    );
    expect(limited.columns.get('a')).toMatchObject({ phase: 'rate-limited', retryAt: null });
  });

  it('keeps tool calls, the latest usage and the answering model', () => {
    const slice = applyUpdates(
      sliceWith('a'),
      [
        batch('a', [
          { type: 'model', model: 'MiniMax-M2.5' },
          { type: 'tool-call', call: { id: 't1', name: 'search', arguments: '{"q":"sky"}' } },
          { type: 'usage', usage: { ...usage, outputTokens: 5 } },
          { type: 'usage', usage },
        ]),
      ],
      0,
    );
    expect(slice.columns.get('a')).toMatchObject({
      answeredModel: 'MiniMax-M2.5',
      toolCalls: [{ id: 't1', name: 'search', arguments: '{"q":"sky"}' }],
      usage: { outputTokens: 40 },
    });
  });

  it('finishes a column with its summary and makes the exchange part of its conversation', () => {
    const replay = { content: '<think>Think hard.</think>Rayleigh scattering.' };
    const slice = applyUpdates(
      sliceWith('a'),
      [
        batch('a', [
          { type: 'reasoning', delta: 'Think hard.' },
          { type: 'text', delta: 'Rayleigh scattering.' },
        ]),
        done('a', summary({ replay, answeredModel: 'MiniMax-M2.7' })),
      ],
      0,
    );
    const run = slice.columns.get('a');
    expect(run?.phase).toBe('done');
    expect(run?.answeredModel).toBe('MiniMax-M2.7');
    expect(run?.turns).toEqual([
      { role: 'user', content: 'Why is the sky blue?' },
      { role: 'assistant', content: 'Rayleigh scattering.', reasoning: 'Think hard.', replay },
    ]);
    expect(slice.conversationCost).toEqual({ usd: 0.002, cny: 0, estimatedUsd: 0.002, unknownColumns: 0 });
    expect(anyActive(slice.columns)).toBe(false);
  });

  it('a follow-up keeps the earlier turns before the new exchange', () => {
    const earlier = [
      { role: 'user' as const, content: 'Hi' },
      { role: 'assistant' as const, content: 'Hello!' },
    ];
    const slice: RunSlice = {
      ...emptyRunSlice(),
      columns: new Map([['a', startedColumn('run-2', 'And the sunset?', earlier)]]),
    };
    const after = applyUpdates(
      slice,
      [batch('a', [{ type: 'text', delta: 'Longer path.' }], 'run-2'), done('a', summary(), 'run-2')],
      0,
    );
    expect(after.columns.get('a')?.turns).toEqual([
      ...earlier,
      { role: 'user', content: 'And the sunset?' },
      { role: 'assistant', content: 'Longer path.' },
    ]);
  });

  it('a failed or cancelled column keeps its partial text; only an answer with text joins the conversation', () => {
    const failure = { kind: 'server' as const, message: 'MiniMax failed (1000): try again.' };
    const slice = applyUpdates(
      sliceWith('a', 'b', 'c'),
      [
        batch('a', [{ type: 'text', delta: 'Half an ans' }]),
        done('a', summary({ error: { kind: 'cancelled', message: 'Cancelled.' }, cost: null, usage: null })),
        batch('b', [{ type: 'error', error: failure }]),
        done('b', summary({ error: failure, usage: null, cost: null })),
        done('c', summary({ cost: null })),
      ],
      0,
    );
    expect(slice.columns.get('a')).toMatchObject({ phase: 'cancelled', text: 'Half an ans' });
    expect(slice.columns.get('a')?.turns).toHaveLength(2);
    expect(slice.columns.get('b')).toMatchObject({ phase: 'failed', error: failure, turns: [] });
    // c used tokens but no price is known: the conversation total says so instead of counting $0.
    expect(slice.columns.get('c')).toMatchObject({ phase: 'done', turns: [] });
    expect(slice.conversationCost).toEqual({ usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 1 });
  });

  it('adds up the conversation across turns, a CNY bill kept in CNY beside the estimated USD', () => {
    const first = applyUpdates(sliceWith('a', 'b'), [done('a', summary())], 0);
    const cny = {
      ...summary().cost!,
      usd: 0.001,
      estimated: true,
      billed: { currency: 'CNY' as const, amount: 0.0071 },
    };
    const afterFirst = applyUpdates(first, [done('b', summary({ cost: cny }))], 0);
    const followUp: RunSlice = {
      ...afterFirst,
      columns: new Map([['a', startedColumn('run-2', 'And the sunset?', [])]]),
    };
    const after = applyUpdates(followUp, [done('a', summary(), 'run-2')], 0);
    expect(after.conversationCost.usd).toBeCloseTo(0.004, 12);
    expect(after.conversationCost.cny).toBeCloseTo(0.0071, 12);
    expect(after.conversationCost.estimatedUsd).toBeCloseTo(0.005, 12);
    expect(after.conversationCost.unknownColumns).toBe(0);
  });

  it('ignores anything that arrives for a column after its end', () => {
    const finished = applyUpdates(sliceWith('a'), [done('a', summary())], 0);
    const after = applyUpdates(
      finished,
      [batch('a', [{ type: 'text', delta: 'late' }]), done('a', summary())],
      0,
    );
    expect(after).toBe(finished);
    expect(after.conversationCost.estimatedUsd).toBe(0.002);
  });
});
