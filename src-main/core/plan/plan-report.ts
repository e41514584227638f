// One workload against the chosen models and plans: the ranked pay-as-you-go table and each plan's
// verdict. The page, `arena plan` and the exported report all come from this.
import type { ProviderId, Region } from '../../../src-shared/domain.ts';
import type {
  MeasuredQuotaUse,
  ModelProjection,
  Plan,
  PlanModelRef,
  PlanReport,
  PlanVerdict,
  Workload,
} from '../../../src-shared/plan.ts';
import { CNY_PER_USD, type PriceEntry, type PriceRow } from '../../../src-shared/pricing.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { measuredOnPlan } from './measured-plan.ts';
import { judgePlan } from './plan-verdict.ts';
import { projectModel } from './project-model.ts';

export interface PlanReportDeps {
  lookup(provider: ProviderId, model: string, region: Region): PriceEntry | null;
  /** The Models & Prices rows (quality and tier); USD rows only. */
  rows(): PriceRow[];
  plans(): Plan[];
  /** What measured runs consumed of a Token Plan's windows (empty when nothing was measured). */
  measured(): MeasuredQuotaUse[];
  now?: () => Date;
}

export interface PlanReportRequest {
  workload: Workload;
  models: PlanModelRef[];
  /** The plans to judge; every plan when absent. */
  planIds?: string[] | undefined;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function rowFor(rows: PriceRow[], provider: ProviderId, model: string): PriceRow | undefined {
  return rows.find(
    (row) =>
      row.provider === provider &&
      (same(row.model, model) || (row.aliases ?? []).some((alias) => same(alias, model))),
  );
}

/** Cheapest first; models without a price last, in the order asked. */
function byMonthlyCost(a: ModelProjection, b: ModelProjection): number {
  if (a.monthlyUsd === null) return b.monthlyUsd === null ? 0 : 1;
  if (b.monthlyUsd === null) return -1;
  return a.monthlyUsd - b.monthlyUsd;
}

/** The plans asked for by id or by name (case-insensitive); an unknown one is an error naming the known. */
export function choosePlans(all: Plan[], wanted: string[] | undefined): Plan[] {
  if (wanted === undefined) return all;
  return wanted.map((name) => {
    const plan =
      all.find((candidate) => candidate.id === name) ?? all.find((candidate) => same(candidate.name, name));
    if (!plan) {
      throw new ArenaErrorException({
        kind: 'invalid_input',
        field: 'planIds',
        message: `There is no plan "${name}". Plans: ${all.map((candidate) => candidate.id).join(', ')}.`,
      });
    }
    return plan;
  });
}

export function buildPlanReport(request: PlanReportRequest, deps: PlanReportDeps): PlanReport {
  const { workload } = request;
  const rows = deps.rows();
  const project = (ref: PlanModelRef) =>
    projectModel(
      workload,
      deps.lookup(ref.provider, ref.model, ref.region ?? 'global'),
      ref,
      rowFor(rows, ref.provider, ref.model),
    );
  const projections = request.models.map(project).sort(byMonthlyCost);
  const measured = deps.measured();
  const verdicts = choosePlans(deps.plans(), request.planIds).flatMap((plan) =>
    modelsJudgedOn(plan, request.models).map((model): PlanVerdict => {
      const payg = project({ provider: plan.provider, model, region: plan.region });
      const ofModel = measured.filter(
        (entry) => entry.provider === plan.provider && same(entry.model, model),
      );
      // The measurement taken on this plan's key, else any (its requests per call still apply).
      const measurement = ofModel.find((entry) => measuredOnPlan(entry.plan, plan)) ?? ofModel[0] ?? null;
      return judgePlan(workload, plan, model, payg, measurement);
    }),
  );
  return {
    workload,
    projections,
    verdicts,
    notes: notesFor(workload, projections, verdicts),
    generatedAt: (deps.now ?? (() => new Date()))().toISOString(),
  };
}

/** The chosen models the plan covers; when it covers none of them, its first model, so it still shows. */
function modelsJudgedOn(plan: Plan, chosen: PlanModelRef[]): string[] {
  const covered = plan.models.filter((model) =>
    chosen.some((ref) => ref.provider === plan.provider && same(ref.model, model)),
  );
  const [first] = plan.models;
  return covered.length > 0 ? covered : first === undefined ? [] : [first];
}

function notesFor(workload: Workload, projections: ModelProjection[], verdicts: PlanVerdict[]): string[] {
  const notes = [
    `${workload.requestsPerDay.toLocaleString('en-US')} requests a day on ${workload.activeDaysPerMonth} active days a month, spread evenly over ${workload.hoursPerDay} hours a day (the busiest 5 hours carry ${Math.round((Math.min(5, workload.hoursPerDay) / workload.hoursPerDay) * 100)} % of a day).`,
  ];
  if (workload.turns > 1) {
    notes.push(
      `Each conversation has ${workload.turns} turns, each resending the history: turn k sends the first turn's input plus (k − 1) × (input + output) tokens.`,
    );
  }
  if ([...projections, ...verdicts].some((item) => item.currency === 'CNY')) {
    notes.push(
      `Yuan converted at ${CNY_PER_USD.rate} CNY per USD (${CNY_PER_USD.asOf}): the USD figures are estimates.`,
    );
  }
  for (const projection of projections) {
    if (projection.overContext)
      notes.push(
        `${projection.provider}/${projection.model}: ${projection.overContext}: a real conversation fails or is cut there. Use fewer turns or a model with a larger context.`,
      );
  }
  const offPeak = projections.find((projection) => projection.offPeak !== null)?.offPeak;
  if (offPeak) notes.push(`${Math.round(offPeak.share * 100)} % off-peak: ${offPeak.source}.`);
  if (verdicts.some((verdict) => verdict.basis === 'measured')) {
    notes.push(
      "Plans marked measured use what your runs consumed of the key's windows; the others assume one request per call (two for MiniMax-M2.7-highspeed).",
    );
  } else if (verdicts.length > 0) {
    notes.push(
      'Plan fits are assumed from published quotas (one request per call, two for MiniMax-M2.7-highspeed): measure with your Token Plan key in the Playground to replace them.',
    );
  }
  return notes;
}
