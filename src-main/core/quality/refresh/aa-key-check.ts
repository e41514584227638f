// The Keys page's live check of an Artificial Analysis key: one GET of the model list.
import type { ArenaError } from '../../../../src-shared/domain.ts';
import type { KeyCheck, KeyCheckStatus } from '../../../../src-shared/keys.ts';
import { scrubSecrets } from '../../errors/scrub-secrets.ts';
import { standardKeyKind } from '../../providers/provider-definition.ts';
import { fetchAaModels } from './aa-fetch.ts';
import { parseAaPayload } from './aa-payload.ts';

export interface AaKeyCheckDeps {
  host?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  now?: () => number;
}

function statusFor(error: ArenaError): KeyCheckStatus {
  if (error.kind === 'auth') return 'invalid';
  if (error.kind === 'rate_limit') return 'rate_limited';
  if (error.kind === 'network' || error.kind === 'timeout') return 'offline';
  return 'error';
}

export async function checkAaKey(key: string, deps: AaKeyCheckDeps = {}): Promise<KeyCheck> {
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const fetched = await fetchAaModels(key, {
    ...(deps.host ? { host: deps.host } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const finish = (status: KeyCheckStatus, message: string, httpStatus?: number): KeyCheck => ({
    status,
    message: scrubSecrets(message, [key]),
    latencyMs: Math.round(now() - started),
    checkedAt: new Date().toISOString(),
    keyKind: standardKeyKind(key),
    ...(httpStatus === undefined ? {} : { httpStatus }),
  });
  if (!fetched.ok) return finish(statusFor(fetched.error), fetched.error.message, fetched.error.httpStatus);
  const parsed = parseAaPayload(fetched.payload);
  return parsed.ok
    ? finish(
        'valid',
        `Valid key: Artificial Analysis lists ${parsed.models.length} models with quality scores.`,
      )
    : finish('error', `The key was accepted, but the answer could not be used: ${parsed.reason}.`);
}
