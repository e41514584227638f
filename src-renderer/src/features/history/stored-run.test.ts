import { describe, expect, it } from 'vitest';
import type { Conversation, StoredColumn, StoredTurn } from '../../../../src-shared/history.ts';
import { INTERRUPTED_NOTICE, resumedColumns, storedColumnRun, turnRuns } from './stored-run.ts';

const usage = {
  inputTokens: 10,
  outputTokens: 5,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
};
const timing = { ttftMs: 120, totalMs: 900, tokensPerSecond: 40, tokensEstimated: false };

function column(columnId: string, patch: Partial<StoredColumn> = {}): StoredColumn {
  return {
    columnId,
    provider: 'openai',
    model: 'gpt-5-mini',
    state: 'done',
    text: `answer of ${columnId}`,
    reasoning: '',
    toolCalls: [],
    usage,
    finishReason: 'stop',
    error: null,
    timing,
    cost: null,
    truncated: false,
    ...patch,
  };
}

function turn(turnIndex: number, prompt: string, columns: StoredColumn[]): StoredTurn {
  return {
    runId: `run-${turnIndex}`,
    conversationId: 'conv-1',
    turnIndex,
    startedAt: '2026-11-27T10:00:00Z',
    prompt,
    system: null,
    params: {},
    columns,
    blind: false,
    shownOrder: null,
    revealed: false,
    vote: null,
  };
}

describe('storedColumnRun', () => {
  it('shows a finished column as done, with its metrics as the summary', () => {
    const run = storedColumnRun(turn(0, 'Hi', []), column('a', { answeredModel: 'gpt-5-mini-2025-08-07' }));
    expect(run.phase).toBe('done');
    expect(run.text).toBe('answer of a');
    expect(run.summary?.timing).toEqual(timing);
    expect(run.summary?.answeredModel).toBe('gpt-5-mini-2025-08-07');
    expect(run.turns).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'answer of a' },
    ]);
  });

  it('shows a failed column as failed with its error, an interrupted one with a notice', () => {
    const error = { kind: 'auth' as const, message: 'The key was refused.' };
    const failed = storedColumnRun(turn(0, 'Hi', []), column('a', { state: 'failed', text: '', error }));
    expect(failed.phase).toBe('failed');
    expect(failed.error).toEqual(error);
    expect(failed.turns).toEqual([]);
    const interrupted = storedColumnRun(
      turn(0, 'Hi', []),
      column('b', { state: 'interrupted', timing: null }),
    );
    expect(interrupted.phase).toBe('cancelled');
    expect(interrupted.notice).toBe(INTERRUPTED_NOTICE);
    expect(interrupted.summary?.timing.ttftMs).toBeNull();
  });
});

describe('turnRuns', () => {
  it('keys each column of a turn by its id, with no history (the prompt shows above)', () => {
    const runs = turnRuns(turn(1, 'More?', [column('a'), column('b')]));
    expect([...runs.keys()]).toEqual(['a', 'b']);
    expect(runs.get('b')?.history).toEqual([]);
  });
});

describe('resumedColumns', () => {
  it("gives each of the last turn's columns its own earlier exchanges", () => {
    const replay = { content: '<think>x</think>answer of a' };
    const conversation: Conversation = {
      conversationId: 'conv-1',
      createdAt: '2026-11-27T10:00:00Z',
      updatedAt: '2026-11-27T10:05:00Z',
      total: { usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 0 },
      turns: [
        turn(0, 'First', [
          column('a', { replay, reasoning: 'x' }),
          column('b', { region: 'china', keyId: 'k1' }),
        ]),
        turn(1, 'Second', [
          column('a', { text: 'second a' }),
          column('b', { text: 'second b', region: 'china', keyId: 'k1' }),
          column('c', {
            provider: 'minimax',
            model: 'MiniMax-M2.7',
            text: 'only c',
            params: { temperature: 0.2 },
          }),
        ]),
      ],
    };
    const resumed = resumedColumns(conversation);
    expect(resumed.map((entry) => entry.setup)).toEqual([
      { provider: 'openai', model: 'gpt-5-mini' },
      { provider: 'openai', model: 'gpt-5-mini', region: 'china', keyId: 'k1' },
      { provider: 'minimax', model: 'MiniMax-M2.7', params: { temperature: 0.2 } },
    ]);
    const [a, , c] = resumed;
    expect(a?.run.prompt).toBe('Second');
    expect(a?.run.history).toEqual([
      { role: 'user', content: 'First' },
      { role: 'assistant', content: 'answer of a', reasoning: 'x', replay },
    ]);
    expect(a?.run.turns.at(-1)).toEqual({ role: 'assistant', content: 'second a' });
    expect(c?.run.history).toEqual([]);
    expect(c?.run.turns).toHaveLength(2);
  });

  it('resumes nothing from a conversation without turns', () => {
    expect(
      resumedColumns({
        conversationId: 'c',
        createdAt: '',
        updatedAt: '',
        total: { usd: 0, cny: 0, estimatedUsd: 0, unknownColumns: 0 },
        turns: [],
      }),
    ).toEqual([]);
  });
});
