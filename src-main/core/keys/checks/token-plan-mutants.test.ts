// The Token Plan "remains" reply read into quotas and windows, and the one line a check shows for it.
import { describe, expect, it } from 'vitest';
import type { PlanQuota } from '../../../../src-shared/keys.ts';
import { describeQuotas, parseTokenPlanRemains, parseTokenPlanWindows } from './token-plan.ts';

const quota = (model: string, remaining: number | null, total: number | null): PlanQuota => ({
  model,
  total,
  remaining,
  resetsAt: null,
});

describe('describeQuotas: the line a user reads after checking a Token Plan key', () => {
  it.each([
    ['Plus', [], 'Valid Token Plan Plus key.'],
    [null, [], 'Valid Token Plan key.'],
    [
      null,
      [quota('MiniMax-M2.7', 1420, 1500)],
      'Valid Token Plan key: MiniMax-M2.7 1420 of 1500 left in this window.',
    ],
    ['Max', [quota('M', null, null)], 'Valid Token Plan Max key: M ? of ? left in this window.'],
    [
      'Plus',
      ['A', 'B', 'C', 'D', 'E'].map((model) => quota(model, 1, 2)),
      'Valid Token Plan Plus key: A 1 of 2 left, B 1 of 2 left, C 1 of 2 left, D 1 of 2 left, E 1 of 2 left in this window.',
    ],
    [
      'Plus',
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((model) => quota(model, 1, 2)),
      'Valid Token Plan Plus key: A 1 of 2 left, B 1 of 2 left, C 1 of 2 left, D 1 of 2 left, E 1 of 2 left and 2 more models in this window.',
    ],
  ] as const)('%s, %j', (name, quotas, expected) => {
    expect(describeQuotas(name, quotas)).toBe(expected);
  });
});

describe('parseTokenPlanRemains', () => {
  it('reads no quota from a model_remains that is not a list', () => {
    expect(parseTokenPlanRemains({ model_remains: 'MiniMax-M2.7' }, [])).toEqual({ name: null, quotas: [] });
  });

  it('names an entry without a model name "unknown model"', () => {
    const { quotas } = parseTokenPlanRemains({ model_remains: [{ current_interval_total_count: 5 }] }, []);
    expect(quotas.map((entry) => entry.model)).toEqual(['unknown model']);
  });

  it('an explicit remains count wins over the misnamed usage count', () => {
    const entry = {
      model_name: 'MiniMax-M2.7',
      current_interval_total_count: 100,
      current_interval_remains_count: 7,
      current_interval_usage_count: 99,
    };
    expect(parseTokenPlanRemains({ model_remains: [entry] }, []).quotas[0]?.remaining).toBe(7);
  });
});

describe('parseTokenPlanWindows', () => {
  it('reads no family from a model_remains that is not a list', () => {
    expect(parseTokenPlanWindows({ model_remains: { 0: {} } }, [], 0)).toEqual({ name: null, families: [] });
  });

  it('names a family without a model name "unknown model", and takes a 100 % remaining', () => {
    const { families } = parseTokenPlanWindows(
      { model_remains: [{ current_interval_remaining_percent: 100, current_weekly_remaining_percent: 101 }] },
      [],
      0,
    );
    expect(families[0]?.model).toBe('unknown model');
    expect(families[0]?.fiveHour.remainingPercent).toBe(100);
    expect(families[0]?.weekly.remainingPercent).toBeNull();
  });

  it('keeps at most 50 model families from one reply', () => {
    const entries = Array.from({ length: 60 }, (_, index) => ({ model_name: `model-${index}` }));
    const { families } = parseTokenPlanWindows({ model_remains: entries }, [], 0);
    expect(families).toHaveLength(50);
    expect(families.at(-1)?.model).toBe('model-49');
  });
});
