import type { PlanQuota } from '../../../../src-shared/keys.ts';
import { asJson } from '../../json-fields.ts';

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function isoFromEpoch(value: unknown): string | null {
  const number = count(value);
  if (number === null || number <= 0) return null;
  // MiniMax sends milliseconds; accept seconds too.
  return new Date(number < 1e12 ? number * 1000 : number).toISOString();
}

/**
 * The Token Plan "remains" answer → quotas. Public clients of this endpoint read
 * current_interval_usage_count as the REMAINING count despite its name, so we do too, unless an
 * explicit remaining field is present.
 */
export function parseTokenPlanRemains(body: unknown): { name: string | null; quotas: PlanQuota[] } {
  const root = asJson(body);
  const quotas = (Array.isArray(root.model_remains) ? root.model_remains : []).map((raw) => {
    const entry = asJson(raw);
    return {
      model: String(entry.model_name ?? entry.model ?? 'unknown model'),
      total: count(entry.current_interval_total_count),
      remaining:
        count(entry.current_interval_remaining_count) ??
        count(entry.current_interval_remains_count) ??
        count(entry.current_interval_usage_count),
      resetsAt: isoFromEpoch(entry.end_time),
    };
  });
  const name = root.current_subscribe_title ?? root.plan_name ?? root.plan;
  return { name: typeof name === 'string' && name ? name : null, quotas };
}

export function describeQuotas(name: string | null, quotas: readonly PlanQuota[]): string {
  const plan = name ? `Token Plan ${name}` : 'Token Plan';
  if (quotas.length === 0) return `Valid ${plan} key.`;
  const parts = quotas.map(
    (quota) => `${quota.model} ${quota.remaining ?? '?'} of ${quota.total ?? '?'} left`,
  );
  return `Valid ${plan} key: ${parts.join(', ')} in this window.`;
}
