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
 * reads count requests against a known, non-zero total (or no percent was reported), else in percent
 * of the window. A missing read, an unlimited window, or more left after than before (the rolling
 * window released older requests, or it reset) is unknown.
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
  const hasPercents = before.remainingPercent !== null && after.remainingPercent !== null;
  const countsAreReal = (base.total ?? 0) > 0 || !hasPercents;
  if (before.remaining !== null && after.remaining !== null && countsAreReal) {
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

/** Consumed and calls summed over runs: a run too small to move a coarse bar still counts its calls. */
interface Pool {
  consumed: number;
  calls: number;
}

const emptyPool = (): Pool => ({ consumed: 0, calls: 0 });
const addTo = (pool: Pool, consumed: number, calls: number) => {
  pool.consumed += consumed;
  pool.calls += calls;
};
/** Σconsumed ÷ Σcalls; 0 means the window did not move over all the calls (below the read's resolution). */
const perCallOf = (pool: Pool) => (pool.calls === 0 ? null : roundPercent(pool.consumed / pool.calls));

interface ModelSamples {
  model: string;
  plan: string | null;
  requests: Pool;
  fiveHour: Pool;
  weekly: Pool;
  runs: number;
  newest: string;
}

/**
 * Per model and subscribed plan, the consumption per call pooled over the measurements (Σconsumed ÷
 * Σcalls) whose calls were all that model (a run that mixed models on one key cannot tell them
 * apart), with no other run on the key meanwhile. Unknown windows add no sample.
 */
export function estimatesOf(measurements: readonly QuotaMeasurement[]): MeasuredQuotaUse[] {
  const byModel = new Map<string, ModelSamples>();
  for (const measurement of measurements) {
    const [model] = measurement.models;
    const { calls, fiveHour, weekly } = measurement;
    if (model === undefined || calls === 0 || measurement.overlapped) continue;
    if (measurement.models.some((other) => other !== model)) continue;
    if (fiveHour.consumed === null && weekly.consumed === null) continue;
    const plan = measurement.plan;
    const key = JSON.stringify([model, plan?.toLowerCase() ?? null]);
    const samples = byModel.get(key) ?? {
      model,
      plan,
      requests: emptyPool(),
      fiveHour: emptyPool(),
      weekly: emptyPool(),
      runs: 0,
      newest: measurement.at,
    };
    samples.runs++;
    if (measurement.at > samples.newest) samples.newest = measurement.at;
    if (fiveHour.consumed !== null && fiveHour.unit === 'requests')
      addTo(samples.requests, fiveHour.consumed, calls);
    if (fiveHour.consumed !== null && fiveHour.unit === 'percent')
      addTo(samples.fiveHour, fiveHour.consumed, calls);
    if (weekly.consumed !== null && weekly.unit === 'percent') addTo(samples.weekly, weekly.consumed, calls);
    byModel.set(key, samples);
  }
  return [...byModel.values()].map((samples) => ({
    provider: 'minimax',
    model: samples.model,
    plan: samples.plan,
    requestsPerCall: perCallOf(samples.requests),
    fiveHourPercentPerCall: perCallOf(samples.fiveHour),
    weeklyPercentPerCall: perCallOf(samples.weekly),
    runs: samples.runs,
    measuredAt: samples.newest,
  }));
}
