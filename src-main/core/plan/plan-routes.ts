// The plan routes (issue 13): projection and verdicts, the plans, and the exported report.
import type { MeasuredQuotaUse } from '../../../src-shared/plan.ts';
import type { ChooseSavePath } from '../history/export/choose-save-path.ts';
import { redactDeep, type Scrubber } from '../ipc/redact-deep.ts';
import type { RouteHandlers } from '../ipc/router.ts';
import type { JsonFileStore } from '../store/json-file-store.ts';
import { exportPlanReport } from './export-plan-report.ts';
import { buildPlanReport, type PlanReportDeps } from './plan-report.ts';
import { UserPlans } from './user-plans.ts';

type PlanRouteName =
  | 'plan.project'
  | 'plan.plans'
  | 'plan.savePlan'
  | 'plan.deletePlan'
  | 'plan.exportReport';

export interface PlanRouteDeps {
  lookup: PlanReportDeps['lookup'];
  rows: PlanReportDeps['rows'];
  /** plans.json: the user's plans. */
  store: JsonFileStore;
  /** What measured runs consumed of a Token Plan's windows; none until a run was measured. */
  measured?: () => MeasuredQuotaUse[];
  chooseSavePath: ChooseSavePath | undefined;
  scrubber: Scrubber;
  now?: () => Date;
}

export function planRoutes(deps: PlanRouteDeps): Pick<RouteHandlers, PlanRouteName> {
  const plans = new UserPlans(deps.store, undefined, (plan) => redactDeep(plan, deps.scrubber));
  const reportDeps: PlanReportDeps = {
    lookup: deps.lookup,
    rows: deps.rows,
    plans: () => plans.all(),
    measured: deps.measured ?? (() => []),
    ...(deps.now ? { now: deps.now } : {}),
  };
  return {
    'plan.project': (request) => buildPlanReport(request, reportDeps),
    'plan.plans': () => plans.all(),
    'plan.savePlan': (input) => plans.save(input),
    'plan.deletePlan': ({ id }) => plans.delete(id),
    'plan.exportReport': ({ chartPng, basedOn, ...request }) =>
      exportPlanReport(
        buildPlanReport(request, reportDeps),
        { chartPng, basedOn },
        {
          chooseSavePath: deps.chooseSavePath,
          scrub: (text) => deps.scrubber.text(text),
        },
      ),
  };
}
