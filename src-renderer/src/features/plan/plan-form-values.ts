// The "Your plan" form's text fields to a plan the core accepts, and back. Pure.
import type { ProviderId } from '../../../../src-shared/domain.ts';
import type { Plan, PlanInput } from '../../../../src-shared/plan.ts';

export interface PlanFormValues {
  id?: string;
  name: string;
  provider: ProviderId;
  monthlyPrice: string;
  currency: 'USD' | 'CNY';
  /** Model ids separated by commas. */
  models: string;
  unit: 'requests' | 'usd';
  /** Blank: the size is not published (unknown until measured). */
  fiveHour: string;
  /** Blank: no weekly window. */
  weekly: string;
  /** "MiniMax-M2.7-highspeed=2, other=1.5" */
  requestsPerCall: string;
}

export const EMPTY_PLAN_FORM: PlanFormValues = {
  name: '',
  provider: 'minimax',
  monthlyPrice: '',
  currency: 'USD',
  models: '',
  unit: 'requests',
  fiveHour: '',
  weekly: '',
  requestsPerCall: '',
};

const listOf = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function amount(text: string, what: string): number | string {
  const value = Number(text.trim());
  return text.trim() === '' || !Number.isFinite(value) || value < 0
    ? `${what}: enter a number of 0 or more.`
    : value;
}

/** The plan to save (dated `today`, YYYY-MM-DD), or what to correct. */
export function planFromForm(values: PlanFormValues, today: string): PlanInput | string {
  const name = values.name.trim();
  if (!name) return 'Name: give the plan a name.';
  const price = amount(values.monthlyPrice, 'Monthly price');
  if (typeof price === 'string') return price;
  const models = listOf(values.models);
  if (models.length === 0) return 'Models: list at least one model id, separated by commas.';
  let fiveHour: number | null = null;
  if (values.fiveHour.trim()) {
    const parsed = amount(values.fiveHour, 'Per 5 hours');
    if (typeof parsed === 'string') return parsed;
    fiveHour = parsed;
  }
  let weekly: number | null = null;
  if (values.weekly.trim()) {
    const parsed = amount(values.weekly, 'Per week');
    if (typeof parsed === 'string') return parsed;
    weekly = parsed;
  }
  const requestsPerCall: PlanInput['requestsPerCall'] = [];
  for (const pair of listOf(values.requestsPerCall)) {
    const at = pair.lastIndexOf('=');
    const model = pair.slice(0, at).trim();
    const requests = Number(pair.slice(at + 1).trim());
    if (at <= 0 || !model || !Number.isFinite(requests) || requests <= 0)
      return `Requests per call: write model=number, e.g. MiniMax-M2.7-highspeed=2 ("${pair}" is not).`;
    requestsPerCall.push({ model, requests });
  }
  return {
    ...(values.id ? { id: values.id } : {}),
    name,
    provider: values.provider,
    region: values.currency === 'CNY' ? 'china' : 'global',
    monthlyPrice: price,
    currency: values.currency,
    models,
    quota: { unit: values.unit, fiveHour, weekly, hasWeekly: weekly !== null },
    requestsPerCall,
    source: 'entered by you',
    asOf: today,
    verified: false,
    note: null,
  };
}

export function formFromPlan(plan: Plan): PlanFormValues {
  return {
    id: plan.id,
    name: plan.name,
    provider: plan.provider,
    monthlyPrice: String(plan.monthlyPrice),
    currency: plan.currency,
    models: plan.models.join(', '),
    unit: plan.quota.unit,
    fiveHour: plan.quota.fiveHour === null ? '' : String(plan.quota.fiveHour),
    weekly: plan.quota.weekly === null ? '' : String(plan.quota.weekly),
    requestsPerCall: plan.requestsPerCall.map((entry) => `${entry.model}=${entry.requests}`).join(', '),
  };
}
