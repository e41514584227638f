import { describe, expect, it } from 'vitest';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { CONVERSATION } from './export-test-fixture.ts';
import { selectTurns } from './select-turns.ts';

describe('selectTurns', () => {
  it('keeps the whole conversation when no run is named, its total added up from the columns', () => {
    const all = selectTurns(CONVERSATION);
    expect(all.turns.map((turn) => turn.runId)).toEqual(['run-1', 'run-2']);
    expect(all.total.usd).toBeCloseTo(0.0017, 12);
    expect(all.total.cny).toBeCloseTo(0.71, 12);
    expect(all.total.estimatedUsd).toBeCloseTo(0.1017, 12);
    expect(all.total.unknownColumns).toBe(1);
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
