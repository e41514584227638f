import { describe, expect, it } from 'vitest';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { doneColumn, openTestStore, seedRun, usdCost } from '../history-test-support.ts';
import type { ColumnOutcome } from '../stored-column-fields.ts';
import { CONVERSATION } from './export-test-fixture.ts';
import { selectTurns } from './select-turns.ts';

describe('selectTurns', () => {
  it('keeps the whole conversation when no run is named, its total added up from the columns', () => {
    const all = selectTurns(CONVERSATION);
    expect(all.turns.map((turn) => turn.runId)).toEqual(['run-1', 'run-2']);
    expect(all.total.usd).toBeCloseTo(0.0017, 12);
    expect(all.total.cny).toBeCloseTo(0.71, 12);
    expect(all.total.estimatedUsd).toBeCloseTo(0.1017, 12);
    // The failed column returned nothing: it cost nothing and is not an unknown cost.
    expect(all.total.unknownColumns).toBe(0);
  });

  it('keeps one run with that run’s own total', () => {
    const one = selectTurns(CONVERSATION, 'run-2');
    expect(one.turns.map((turn) => turn.runId)).toEqual(['run-2']);
    expect(one.total).toEqual({ usd: 0.0005, cny: 0, estimatedUsd: 0.0005, unknownColumns: 0 });
  });

  it('refuses a run the conversation does not have, saying what to do', () => {
    expect(() => selectTurns(CONVERSATION, 'run-9')).toThrow(ArenaErrorException);
    expect(() => selectTurns(CONVERSATION, 'run-9')).toThrow(/run-9.*Open the conversation again/);
  });
});

describe('the total an export states', () => {
  it('counts a column without a price only when something came back, as the store does', () => {
    const store = openTestStore();
    const failed: ColumnOutcome = {
      ...doneColumn(''),
      usage: null,
      finishReason: 'error',
      error: { kind: 'rate_limit', message: 'Too many requests.' },
      cost: null,
    };
    seedRun(store, {
      runId: 'r',
      conversationId: 'c',
      startedAt: new Date('2026-11-27T10:00:00Z'),
      prompt: 'Which costs what?',
      columns: [
        { provider: 'openai', model: 'gpt-4o', outcome: doneColumn('priced', usdCost(0.002)) },
        { provider: 'openai', model: 'unpriced', outcome: doneColumn('answered, no price', null) },
        { provider: 'anthropic', model: 'claude-sonnet-4-5', outcome: failed },
      ],
    });
    const conversation = store.get('c');
    store.close();
    // One answer came back without a price; the failed column returned nothing and cost nothing.
    expect(conversation.total.unknownColumns).toBe(1);
    expect(selectTurns(conversation).total).toEqual({
      usd: 0.002,
      cny: 0,
      estimatedUsd: 0.002,
      unknownColumns: 1,
    });
  });
});
