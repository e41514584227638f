import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../src-shared/plan.ts';
import { EMPTY_PLAN_FORM, formFromPlan, planFromForm } from './plan-form-values.ts';

const TODAY = '2026-11-27';

const typed = {
  ...EMPTY_PLAN_FORM,
  name: 'Team plan',
  monthlyPrice: '15',
  models: 'MiniMax-M2.7, MiniMax-M2.7-highspeed',
  fiveHour: '2000',
  weekly: '',
  requestsPerCall: 'MiniMax-M2.7-highspeed=2',
};

describe('planFromForm', () => {
  it('reads a request-quota plan with no weekly window and a model that counts double', () => {
    expect(planFromForm(typed, TODAY)).toEqual({
      name: 'Team plan',
      provider: 'minimax',
      region: 'global',
      monthlyPrice: 15,
      currency: 'USD',
      models: ['MiniMax-M2.7', 'MiniMax-M2.7-highspeed'],
      quota: { unit: 'requests', fiveHour: 2000, weekly: null, hasWeekly: false },
      requestsPerCall: [{ model: 'MiniMax-M2.7-highspeed', requests: 2 }],
      source: 'entered by you',
      asOf: TODAY,
      verified: false,
      note: null,
    });
  });

  it('says which field to correct', () => {
    expect(planFromForm({ ...typed, name: ' ' }, TODAY)).toMatch(/^Name:/);
    expect(planFromForm({ ...typed, monthlyPrice: 'ten' }, TODAY)).toMatch(/^Monthly price:/);
    expect(planFromForm({ ...typed, models: ' , ' }, TODAY)).toMatch(/^Models:/);
    expect(planFromForm({ ...typed, weekly: '-1' }, TODAY)).toMatch(/^Per week:/);
    expect(planFromForm({ ...typed, requestsPerCall: 'highspeed' }, TODAY)).toMatch(/"highspeed" is not/);
  });

  it('round-trips a saved plan through the form', () => {
    const input = planFromForm({ ...typed, weekly: '9000', unit: 'usd' }, TODAY);
    if (typeof input === 'string') throw new Error(input);
    const saved: Plan = { ...input, id: 'user-1', origin: 'user' };
    expect(planFromForm(formFromPlan(saved), TODAY)).toEqual({ ...input, id: 'user-1' });
  });
});
