import type { PlanQuota } from '../../../../src-shared/keys.ts';
import { asJson } from '../../json-fields.ts';
import { countOf, isoFromEpoch, textOf } from './reply-fields.ts';

/** Models a check keeps from one reply; a plan has a handful, a reply with more is not believed past this. */
const MAX_QUOTAS = 50;
/** Models named in the check's one-line message; the table on the Keys page shows them all. */
const QUOTAS_IN_MESSAGE = 5;

/**
 * The Token Plan "remains" answer → quotas. Public clients of this endpoint read
 * current_interval_usage_count as the REMAINING count despite its name, so we do too, unless an
 * explicit remaining field is present. Every field is validated: an odd one reads as unknown. Names
 * lose the request's keys (`secrets`) before they are cut to fit.
 */
export function parseTokenPlanRemains(
  body: unknown,
  secrets: readonly string[],
): { name: string | null; quotas: PlanQuota[] } {
  const root = asJson(body);
  const entries = Array.isArray(root.model_remains) ? root.model_remains.slice(0, MAX_QUOTAS) : [];
  const quotas = entries.map((raw): PlanQuota => {
    const entry = asJson(raw);
    return {
      model: textOf(entry.model_name, secrets) ?? textOf(entry.model, secrets) ?? 'unknown model',
      total: countOf(entry.current_interval_total_count),
      remaining:
        countOf(entry.current_interval_remaining_count) ??
        countOf(entry.current_interval_remains_count) ??
        countOf(entry.current_interval_usage_count),
      resetsAt: isoFromEpoch(entry.end_time),
    };
  });
  const name =
    textOf(root.current_subscribe_title, secrets) ??
    textOf(root.plan_name, secrets) ??
    textOf(root.plan, secrets);
  return { name, quotas };
}

export function describeQuotas(name: string | null, quotas: readonly PlanQuota[]): string {
  const plan = name ? `Token Plan ${name}` : 'Token Plan';
  if (quotas.length === 0) return `Valid ${plan} key.`;
  const parts = quotas
    .slice(0, QUOTAS_IN_MESSAGE)
    .map((quota) => `${quota.model} ${quota.remaining ?? '?'} of ${quota.total ?? '?'} left`);
  const more = quotas.length - parts.length;
  return `Valid ${plan} key: ${parts.join(', ')}${more > 0 ? ` and ${more} more models` : ''} in this window.`;
}
