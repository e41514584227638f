import type { PlanQuota } from '../../../../src-shared/keys.ts';
import type { QuotaFamily, QuotaWindowRead, QuotaWindowStatus } from '../../../../src-shared/plan-quota.ts';
import { asJson, type Json } from '../../json-fields.ts';
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
      remaining: remainingOf(entry, 'current_interval'),
      resetsAt: isoFromEpoch(entry.end_time),
    };
  });
  return { name: planNameOf(root, secrets), quotas };
}

function planNameOf(root: Json, secrets: readonly string[]): string | null {
  return (
    textOf(root.current_subscribe_title, secrets) ??
    textOf(root.plan_name, secrets) ??
    textOf(root.plan, secrets)
  );
}

/** The remaining count of a window: an explicit remaining field, else the misnamed usage count. */
function remainingOf(entry: Json, prefix: 'current_interval' | 'current_weekly'): number | null {
  return (
    countOf(entry[`${prefix}_remaining_count`]) ??
    countOf(entry[`${prefix}_remains_count`]) ??
    countOf(entry[`${prefix}_usage_count`])
  );
}

/** 1 normal, 2 exhausted, 3 unlimited; anything else (or nothing) is unknown, never unlimited. */
function statusOf(value: unknown): QuotaWindowStatus {
  if (value === 1) return 'normal';
  if (value === 2) return 'exhausted';
  if (value === 3) return 'unlimited';
  return 'unknown';
}

function percentOf(value: unknown): number | null {
  const percent = countOf(value);
  return percent !== null && percent <= 100 ? percent : null;
}

/** The reset time: the window's end, else the read time plus the time the key says is left. */
function resetOf(end: unknown, remainsMs: unknown, readAtMs: number): string | null {
  const left = countOf(remainsMs);
  return isoFromEpoch(end) ?? (left === null ? null : isoFromEpoch(readAtMs + left));
}

function windowOf(entry: Json, kind: 'fiveHour' | 'weekly', readAtMs: number): QuotaWindowRead {
  if (kind === 'fiveHour') {
    return {
      total: countOf(entry.current_interval_total_count),
      remaining: remainingOf(entry, 'current_interval'),
      remainingPercent: percentOf(entry.current_interval_remaining_percent),
      status: statusOf(entry.current_interval_status),
      startsAt: isoFromEpoch(entry.start_time),
      resetsAt: resetOf(entry.end_time, entry.remains_time, readAtMs),
    };
  }
  return {
    total: countOf(entry.current_weekly_total_count),
    remaining: remainingOf(entry, 'current_weekly'),
    remainingPercent: percentOf(entry.current_weekly_remaining_percent),
    status: statusOf(entry.current_weekly_status),
    startsAt: isoFromEpoch(entry.weekly_start_time),
    resetsAt: resetOf(entry.weekly_end_time, entry.weekly_remains_time, readAtMs),
  };
}

/**
 * The remains answer → each model family's 5-hour and weekly windows (counts, percent, status,
 * reset times), for the measured quota. Validated like parseTokenPlanRemains; `readAtMs` turns a
 * "time left" into a reset time.
 */
export function parseTokenPlanWindows(
  body: unknown,
  secrets: readonly string[],
  readAtMs: number,
): { name: string | null; families: QuotaFamily[] } {
  const root = asJson(body);
  const entries = Array.isArray(root.model_remains) ? root.model_remains.slice(0, MAX_QUOTAS) : [];
  const families = entries.map((raw): QuotaFamily => {
    const entry = asJson(raw);
    return {
      model: textOf(entry.model_name, secrets) ?? textOf(entry.model, secrets) ?? 'unknown model',
      fiveHour: windowOf(entry, 'fiveHour', readAtMs),
      weekly: windowOf(entry, 'weekly', readAtMs),
    };
  });
  return { name: planNameOf(root, secrets), families };
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
