// Measured runs give each model its own tokens per request, but 'plan.project' takes one workload
// for all its models: one call per measured model, one for the rest, and their reports merged. Pure.
import type { PlanModelRef, PlanReport, Workload } from '../../../../src-shared/plan.ts';
import { type MeasuredModel, modelKey } from './measured-tokens.ts';

export interface ProjectionGroup {
  workload: Workload;
  models: PlanModelRef[];
  /** True for the models that use the hand-entered tokens. */
  assumed: boolean;
}

/** The workload with a model's measured tokens in place of the hand-entered ones. */
export function measuredWorkload(workload: Workload, measured: MeasuredModel): Workload {
  return {
    ...workload,
    inputTokens: measured.inputTokens,
    outputTokens: measured.outputTokens,
    cacheHitShare: measured.cacheHitShare,
    reasoningShare: measured.reasoningShare,
    // A measured answer already carries its conversation's input: its turns are counted once.
    turns: 1,
  };
}

export function projectionGroups(
  workload: Workload,
  models: readonly PlanModelRef[],
  measured: readonly MeasuredModel[],
): ProjectionGroup[] {
  const byKey = new Map(measured.map((entry) => [modelKey(entry), entry]));
  const groups: ProjectionGroup[] = [];
  const rest: PlanModelRef[] = [];
  for (const model of models) {
    const entry = byKey.get(modelKey(model));
    if (entry) groups.push({ workload: measuredWorkload(workload, entry), models: [model], assumed: false });
    else rest.push(model);
  }
  // Always asked: plans on models no run measured are judged on the hand-entered workload.
  groups.push({ workload, models: rest, assumed: true });
  return groups;
}

const sortKey = (value: number | null) => value ?? Number.POSITIVE_INFINITY;

/**
 * One report from each group's: projections cheapest first (unpriced last). A plan's verdict on a
 * measured model comes from that model's group; on any other model, from the hand-entered group.
 */
export function mergeReports(groups: readonly ProjectionGroup[], reports: readonly PlanReport[]): PlanReport {
  const measuredModels = new Set(
    groups.filter((group) => !group.assumed).flatMap((group) => group.models.map((model) => model.model)),
  );
  const first = reports[0];
  if (!first || groups.length === 1) {
    if (!first) throw new Error('No report to merge.');
    return first;
  }
  const projections = reports.flatMap((report) => report.projections);
  projections.sort((a, b) => sortKey(a.monthlyUsd) - sortKey(b.monthlyUsd));
  const verdicts = reports.flatMap((report, index) => {
    const group = groups[index];
    if (!group) return [];
    if (group.assumed) return report.verdicts.filter((verdict) => !measuredModels.has(verdict.model));
    const mine = new Set(group.models.map((model) => model.model));
    return report.verdicts.filter((verdict) => mine.has(verdict.model));
  });
  const notes = [...new Set(reports.flatMap((report) => report.notes))];
  const assumed = groups.find((group) => group.assumed);
  return { ...first, workload: assumed?.workload ?? first.workload, projections, verdicts, notes };
}
