// The Plan page's state: the workload, the models, what the tokens are based on, the core's
// projection (asked again shortly after the user stops sliding) and the plans.
import { create } from 'zustand';
import {
  DEFAULT_WORKLOAD,
  type Plan,
  type PlanInput,
  type PlanModelRef,
  type PlanReport,
  type Workload,
} from '../../../../src-shared/plan.ts';
import { getArena } from '../../lib/arena.ts';
import type { MeasuredModel } from './measured-tokens.ts';
import { mergeReports, projectionGroups } from './projection-groups.ts';

/** Where each model's tokens per request come from. */
export type TokenBasis =
  | { kind: 'hand' }
  | { kind: 'playground'; measured: MeasuredModel[]; prompt: string }
  | { kind: 'history'; measured: MeasuredModel[]; runs: number };

interface PlanState {
  workload: Workload;
  /** null until the page first shows (then the Playground's columns). */
  models: PlanModelRef[] | null;
  basis: TokenBasis;
  report: PlanReport | null;
  projectError: string | null;
  plans: Plan[];
  plansError: string | null;
  setWorkload(workload: Workload): void;
  setModels(models: PlanModelRef[]): void;
  setBasis(basis: TokenBasis, models?: PlanModelRef[]): void;
  /** Asks the core now (the page calls it on open; edits call it after a short pause). */
  project(): Promise<void>;
  loadPlans(): Promise<void>;
  /** Null when saved, else what is wrong. */
  savePlan(plan: PlanInput): Promise<string | null>;
  deletePlan(id: string): Promise<string | null>;
}

/** Long enough to let a slider's drag settle, short enough to feel live. */
const PROJECT_PAUSE_MS = 150;
let timer: ReturnType<typeof setTimeout> | undefined;
let asked = 0;

export const sameModel = (a: PlanModelRef, b: PlanModelRef): boolean =>
  a.provider === b.provider && a.model === b.model && (a.region ?? 'global') === (b.region ?? 'global');

export const usePlan = create<PlanState>((set, get) => {
  const projectSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().project(), PROJECT_PAUSE_MS);
  };
  return {
    workload: DEFAULT_WORKLOAD,
    models: null,
    basis: { kind: 'hand' },
    report: null,
    projectError: null,
    plans: [],
    plansError: null,
    setWorkload(workload) {
      set({ workload });
      projectSoon();
    },
    setModels(models) {
      set({ models });
      projectSoon();
    },
    setBasis(basis, models) {
      set(models ? { basis, models } : { basis });
      projectSoon();
    },
    async project() {
      clearTimeout(timer);
      const arena = getArena();
      if (!arena) return;
      const { workload, models, basis } = get();
      const measured = basis.kind === 'hand' ? [] : basis.measured;
      const groups = projectionGroups(workload, models ?? [], measured);
      const mine = ++asked;
      const results = await Promise.all(
        groups.map((group) => arena.plan.project({ workload: group.workload, models: group.models })),
      );
      // An answer to an older question is dropped: the sliders have moved since.
      if (mine !== asked) return;
      const failed = results.find((result) => !result.ok);
      if (failed && !failed.ok) {
        set({ projectError: failed.error.message });
        return;
      }
      const reports = results.flatMap((result) => (result.ok ? [result.value] : []));
      set({ report: mergeReports(groups, reports), projectError: null });
    },
    async loadPlans() {
      const arena = getArena();
      if (!arena) return;
      const result = await arena.plan.plans();
      set(result.ok ? { plans: result.value, plansError: null } : { plansError: result.error.message });
    },
    async savePlan(plan) {
      const arena = getArena();
      if (!arena) return 'This page is running outside BYOK Arena.';
      const result = await arena.plan.savePlan(plan);
      if (!result.ok) return result.error.message;
      set({ plans: result.value });
      void get().project();
      return null;
    },
    async deletePlan(id) {
      const arena = getArena();
      if (!arena) return 'This page is running outside BYOK Arena.';
      const result = await arena.plan.deletePlan({ id });
      if (!result.ok) return result.error.message;
      set({ plans: result.value });
      void get().project();
      return null;
    },
  };
});
