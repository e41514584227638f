import { describe, expect, it } from 'vitest';
import { measuredOnPlan, shortPlanName } from './measured-plan.ts';

const plan = (name: string) => ({ name });

describe('measuredOnPlan', () => {
  it('matches the short name as whole words, in any case, and nothing when the key named no plan', () => {
    expect(shortPlanName(plan('MiniMax Token Plan Plus (gen 2)'))).toBe('Plus');
    expect(measuredOnPlan('Plus', plan('MiniMax Token Plan Plus (gen 2)'))).toBe(true);
    expect(measuredOnPlan('token plan PLUS', plan('MiniMax Token Plan Plus (gen 2)'))).toBe(true);
    expect(measuredOnPlan('Plus', plan('MiniMax Token Plan Max (gen 2)'))).toBe(false);
    expect(measuredOnPlan('Plus', plan('MiniMax Token Plan Plus-Highspeed (gen 1)'))).toBe(false);
    expect(measuredOnPlan(null, plan('MiniMax Token Plan Plus (gen 2)'))).toBe(false);
    expect(measuredOnPlan('Max (gen 1)', plan('MiniMax Token Plan Max (gen 2)'))).toBe(false);
    expect(measuredOnPlan('Team quota', plan('Team quota'))).toBe(true);
  });
});
