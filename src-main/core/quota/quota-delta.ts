import type { MeasuredQuotaUse } from '../../../src-shared/plan.ts';
import type {
  QuotaFamily,
  QuotaMeasurement,
  QuotaWindowDelta,
  QuotaWindowRead,
} from '../../../src-shared/plan-quota.ts';

/**
 * The remains entry a model's calls count against: the one naming it, else the longest name it
 * starts with (M2.7-highspeed counts against "MiniMax-M2.7"), else "general" (the usage-bar plans'
 * one shared bar), else the only entry; null when none fits.
 */
export function familyFor(families: readonly QuotaFamily[], model: string): QuotaFamily | null {
  const wanted = model.toLowerCase();
  const exact = families.find((family) => family.model.toLowerCase() === wanted);
  if (exact) return exact;
  let longest: QuotaFamily | null = null;
  for (const family of families) {
    const name = family.model.toLowerCase();
    if (wanted.startsWith(name) && name.length > (longest?.model.length ?? 0)) longest = family;
  }
  if (longest) return longest;
  const general = families.find((family) => family.model.toLowerCase() === 'general');
  if (general) return general;
  return families.length === 1 ? (families[0] ?? null) : null;
}

/** Percent differences without float noise (60.1 − 59.9 is 0.2, not 0.20000000000000284). */
const roundPercent = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * What a run consumed of one window, from the reads before and after it: in requests when both
 * reads count requests, else in percent of the window. A missing read, an unlimited window, or more
 * left after than before (the rolling window released older requests, or it reset) is unknown.
 */
export function windowDelta(before: QuotaWindowRead | null, after: QuotaWindowRead | null): QuotaWindowDelta {
  const status = after?.status ?? 'unknown';
  const base = {
    total: after?.total ?? before?.total ?? null,
    status,
    resetsAt: after?.resetsAt ?? before?.resetsAt ?? null,
  };
  const unknown: QuotaWindowDelta = { ...base, before: null, after: null, consumed: null, unit: null };
  if (!before || !after || status === 'unlimited') return unknown;
  if (before.remaining !== null && after.remaining !== null) {
    const consumed = before.remaining - after.remaining;
    return {
      ...base,
      before: before.remaining,
      after: after.remaining,
      consumed: consumed >= 0 ? consumed : null,
      unit: 'requests',
    };
  }
  if (before.remainingPercent !== null && after.remainingPercent !== null) {
    const consumed = roundPercent(before.remainingPercent - after.remainingPercent);
    return {
      ...base,
      before: before.remainingPercent,
      after: after.remainingPercent,
      consumed: consumed >= 0 ? consumed : null,
      unit: 'percent',
    };
  }
  return unknown;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return roundPercent(value);
}

/**
 * Per model, the median consumed per call over the measurements whose calls were all that model
 * (a run that mixed models on one key cannot tell them apart), with no other run on the key
 * meanwhile. Unknown windows add no sample.
 */
export function estimatesOf(measurements: readonly QuotaMeasurement[]): MeasuredQuotaUse[] {
  const byModel = new Map<
    string,
    { requests: number[]; fiveHour: number[]; weekly: number[]; runs: number; newest: string }
  >();
  for (const measurement of measurements) {
    const [model] = measurement.models;
    if (model === undefined || measurement.calls === 0 || measurement.overlapped) continue;
    if (measurement.models.some((other) => other !== model)) continue;
    const perCall = (delta: QuotaWindowDelta) =>
      delta.consumed === null ? null : delta.consumed / measurement.calls;
    const samples = byModel.get(model) ?? {
      requests: [],
      fiveHour: [],
      weekly: [],
      runs: 0,
      newest: measurement.at,
    };
    const fiveHour = perCall(measurement.fiveHour);
    const weekly = perCall(measurement.weekly);
    if (fiveHour === null && weekly === null) continue;
    samples.runs++;
    if (measurement.at > samples.newest) samples.newest = measurement.at;
    if (fiveHour !== null && measurement.fiveHour.unit === 'requests') samples.requests.push(fiveHour);
    if (fiveHour !== null && measurement.fiveHour.unit === 'percent') samples.fiveHour.push(fiveHour);
    if (weekly !== null && measurement.weekly.unit === 'percent') samples.weekly.push(weekly);
    byModel.set(model, samples);
  }
  return [...byModel].map(([model, samples]) => ({
    provider: 'minimax',
    model,
    requestsPerCall: median(samples.requests),
    fiveHourPercentPerCall: median(samples.fiveHour),
    weeklyPercentPerCall: median(samples.weekly),
    runs: samples.runs,
    measuredAt: samples.newest,
  }));
}
