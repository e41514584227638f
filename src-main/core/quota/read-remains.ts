import type { QuotaFamily } from '../../../src-shared/plan-quota.ts';
import { probe } from '../keys/checks/probe.ts';
import { parseTokenPlanWindows } from '../keys/checks/token-plan.ts';

/** The longest a read of the remains endpoint may take: it sits before a run, so it is short. */
export const REMAINS_TIMEOUT_MS = 2000;

const CODING_PLAN_PATH = '/v1/api/openplatform/coding_plan/remains';

export type RemainsRead =
  | { ok: true; readAtMs: number; plan: string | null; families: QuotaFamily[] }
  /** auth: the host refused the key (it may belong to the other region's host). */
  | { ok: false; readAtMs: number; problem: string; auth: boolean };

/** `GET {host}/v1/token_plan/remains`, for the origin of the column's (or key's) base URL. */
export function remainsUrl(baseUrl: string): string {
  return `${new URL(baseUrl).origin}/v1/token_plan/remains`;
}

/**
 * One read of a Token Plan key's windows. Never throws; a failure, an error in the body or no
 * answer within `timeoutMs` comes back as a problem to show (the windows are then unknown). The key
 * never appears in a problem: errors are classified with it as a secret.
 */
export async function readRemains(
  url: string,
  key: string,
  options: { timeoutMs?: number; signal?: AbortSignal; now?: () => number } = {},
): Promise<RemainsRead> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? REMAINS_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const get = (at: string) =>
    probe({ url: at, method: 'GET', headers: { authorization: `Bearer ${key}` } }, signal, {
      provider: 'minimax',
      model: 'MiniMax-M2.7',
      secrets: [key],
    });
  let result = await get(url);
  // Older Coding Plan keys answer on the earlier path only (as the key check also tries).
  if (!result.ok && result.status === 404) result = await get(`${new URL(url).origin}${CODING_PLAN_PATH}`);
  const readAtMs = now();
  if (result.ok) {
    const { name, families } = parseTokenPlanWindows(result.body, [key], readAtMs);
    return { ok: true, readAtMs, plan: name, families };
  }
  if (timeout.aborted) {
    return {
      ok: false,
      readAtMs,
      auth: false,
      problem: `The Token Plan quota (${new URL(url).host}) did not answer within ${timeoutMs / 1000} s, so it is unknown for this read.`,
    };
  }
  return {
    ok: false,
    readAtMs,
    auth: result.error.kind === 'auth',
    problem: `The Token Plan quota could not be read (${result.error.message}), so it is unknown for this read.`,
  };
}
