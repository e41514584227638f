// The plan routes (issue 13). Placeholder until the projection lands: each says it is not ready.

import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { RouteHandlers } from '../ipc/router.ts';

type PlanRouteName =
  | 'plan.project'
  | 'plan.plans'
  | 'plan.savePlan'
  | 'plan.deletePlan'
  | 'plan.exportReport';

const notReady = (): never => {
  throw new ArenaErrorException({
    kind: 'internal',
    message: 'The Plan page is not ready in this build yet: update BYOK Arena and try again.',
  });
};

export function planRoutes(): Pick<RouteHandlers, PlanRouteName> {
  return {
    'plan.project': notReady,
    'plan.plans': notReady,
    'plan.savePlan': notReady,
    'plan.deletePlan': notReady,
    'plan.exportReport': notReady,
  };
}
