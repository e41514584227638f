// What "Export report" sends: 'plan.exportReport' takes one workload, so a report of measured tokens
// is exact for one measured model; with several, it uses the typed tokens and says so. Pure.
import type { PlanModelRef, Workload } from '../../../../src-shared/plan.ts';
import { basedOnText } from './basis-text.ts';
import type { TokenBasis } from './plan-store.ts';
import { projectionGroups } from './projection-groups.ts';

export interface ExportChoice {
  workload: Workload;
  basedOn: string | undefined;
}

const MAX_BASED_ON = 500;

export function exportChoice(
  workload: Workload,
  models: readonly PlanModelRef[],
  basis: TokenBasis,
): ExportChoice {
  const basedOn = basedOnText(basis);
  if (basis.kind === 'hand') return { workload, basedOn };
  const groups = projectionGroups(workload, models, basis.measured);
  const measured = groups.filter((group) => !group.assumed);
  const typedModels = groups.find((group) => group.assumed)?.models ?? [];
  const only = measured[0];
  if (measured.length === 1 && only && typedModels.length === 0) return { workload: only.workload, basedOn };
  const note =
    'The report’s figures use the typed tokens per request; the page prices each model at its measured tokens. ';
  return { workload, basedOn: `${note}${basedOn ?? ''}`.slice(0, MAX_BASED_ON) };
}
