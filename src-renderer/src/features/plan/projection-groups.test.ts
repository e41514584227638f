import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKLOAD,
  type ModelProjection,
  type PlanReport,
  type PlanVerdict,
} from '../../../../src-shared/plan.ts';
import { mergeReports, projectionGroups } from './projection-groups.ts';

const m27 = { provider: 'minimax' as const, model: 'MiniMax-M2.7' };
const chat = { provider: 'deepseek' as const, model: 'deepseek-chat' };
const measuredM27 = {
  ...m27,
  inputTokens: 3_000,
  outputTokens: 900,
  cacheHitShare: 0.25,
  reasoningShare: 0.6,
  answers: 2,
};

const projection = (model: string, monthlyUsd: number | null) =>
  ({ model, monthlyUsd }) as unknown as ModelProjection;
const verdict = (planId: string, model: string) => ({ planId, model }) as unknown as PlanVerdict;
const report = (projections: ModelProjection[], verdicts: PlanVerdict[], notes: string[]): PlanReport => ({
  workload: DEFAULT_WORKLOAD,
  projections,
  verdicts,
  notes,
  generatedAt: '2026-11-27T00:00:00.000Z',
});

describe('projectionGroups', () => {
  it('gives a measured model its own tokens (turns counted once) and the rest the hand-entered workload', () => {
    const groups = projectionGroups(
      { ...DEFAULT_WORKLOAD, turns: 4, requestsPerDay: 50 },
      [m27, chat],
      [measuredM27],
    );
    expect(groups).toEqual([
      {
        workload: {
          ...DEFAULT_WORKLOAD,
          requestsPerDay: 50,
          inputTokens: 3_000,
          outputTokens: 900,
          cacheHitShare: 0.25,
          reasoningShare: 0.6,
          turns: 1,
        },
        models: [m27],
        assumed: false,
      },
      { workload: { ...DEFAULT_WORKLOAD, turns: 4, requestsPerDay: 50 }, models: [chat], assumed: true },
    ]);
  });

  it('asks once with every model when nothing is measured', () => {
    expect(projectionGroups(DEFAULT_WORKLOAD, [m27, chat], [])).toEqual([
      { workload: DEFAULT_WORKLOAD, models: [m27, chat], assumed: true },
    ]);
  });
});

describe('mergeReports', () => {
  it('ranks every projection cheapest first, unpriced last, and keeps each verdict from the group that measured its model', () => {
    const groups = projectionGroups(DEFAULT_WORKLOAD, [m27, chat], [measuredM27]);
    const merged = mergeReports(groups, [
      report(
        [projection('MiniMax-M2.7', 40)],
        [verdict('starter', 'MiniMax-M2.7'), verdict('starter', 'MiniMax-M2.5')],
        ['a'],
      ),
      report(
        [projection('deepseek-chat', null), projection('gpt-5', 12)],
        [verdict('starter', 'MiniMax-M2.7'), verdict('starter', 'MiniMax-M2.5')],
        ['a', 'b'],
      ),
    ]);
    expect(merged.projections.map((entry) => entry.model)).toEqual([
      'gpt-5',
      'MiniMax-M2.7',
      'deepseek-chat',
    ]);
    expect(merged.verdicts).toEqual([verdict('starter', 'MiniMax-M2.7'), verdict('starter', 'MiniMax-M2.5')]);
    expect(merged.notes).toEqual(['a', 'b']);
  });
});
