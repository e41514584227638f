import type { ArenaError, ProviderId, Region } from '../../../../src-shared/domain.ts';
import {
  isDataSource,
  type KeyCheck,
  type KeyCheckStatus,
  type KeyOwner,
} from '../../../../src-shared/keys.ts';
import { scrubSecrets } from '../../errors/scrub-secrets.ts';
import { asJson } from '../../json-fields.ts';
import { authHeaders } from '../../providers/auth-headers.ts';
import type { ProviderDefinition } from '../../providers/provider-definition.ts';
import { PROVIDERS } from '../../providers/registry.ts';
import { type HostOverrides, otherRegion, resolveEndpoint } from '../../providers/resolve-endpoint.ts';
import { checkAaKey } from '../../quality/refresh/aa-key-check.ts';
import { keyKindOf } from '../key-owners.ts';
import { readBalance } from './balance.ts';
import { probe } from './probe.ts';
import { providerCodeOf } from './reply-fields.ts';
import { describeQuotas, parseTokenPlanRemains } from './token-plan.ts';

export interface CheckInput {
  provider: KeyOwner;
  key: string;
  region?: Region;
  baseUrl?: string;
  /** The model a 1-token probe asks for (MiniMax pay-as-you-go). */
  model?: string;
}

export interface CheckDeps {
  /** The whole check, region retry included. Default 15 s. */
  timeoutMs?: number;
  /** Replaces providers' default hosts per region (tests point them at loopback). */
  hosts?: HostOverrides;
  signal?: AbortSignal;
  now?: () => number;
}

type ProbeOutcome =
  | { ok: true; message: string; plan?: KeyCheck['plan']; balance?: KeyCheck['balance'] }
  | { ok: false; error: ArenaError };

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

const REGION_NAMES: Record<Region, string> = { global: 'global', china: 'China' };

/** The cheapest reliable request that proves a key works, per provider and key kind. */
async function probeKey(
  provider: ProviderDefinition,
  base: string,
  input: ProviderCheckInput,
  signal: AbortSignal,
): Promise<ProbeOutcome> {
  const wire = provider.defaultWire;
  const headers = authHeaders(provider, wire, input.key || undefined);
  const context = { provider: provider.id, model: input.model ?? 'MiniMax-M2.7', secrets: [input.key] };
  if (provider.id === 'minimax') {
    if (provider.keyKind(input.key) === 'token_plan') {
      let result = await probe(
        { url: `${base}/token_plan/remains`, method: 'GET', headers },
        signal,
        context,
      );
      if (!result.ok && result.status === 404) {
        const host = new URL(base).origin;
        result = await probe(
          { url: `${host}/v1/api/openplatform/coding_plan/remains`, method: 'GET', headers },
          signal,
          context,
        );
      }
      if (!result.ok) return result;
      const plan = parseTokenPlanRemains(result.body, context.secrets);
      return { ok: true, message: describeQuotas(plan.name, plan.quotas), plan };
    }
    const result = await probe(
      {
        url: `${base}/chat/completions`,
        method: 'POST',
        headers,
        json: {
          model: context.model,
          messages: [{ role: 'user', content: 'ping' }],
          max_completion_tokens: 1,
          stream: false,
        },
      },
      signal,
      context,
    );
    return result.ok
      ? { ok: true, message: `Valid key: a 1-token request to ${context.model} succeeded.` }
      : result;
  }
  const path =
    provider.id === 'openrouter'
      ? '/key'
      : // Stryker disable next-line StringLiteral: every provider that gets here (all but MiniMax) names its modelListPath
        (provider.modelListPath ?? '/models');
  const result = await probe({ url: `${base}${path}`, method: 'GET', headers }, signal, context);
  if (!result.ok) return result;
  const balance = await readBalance(provider, base, headers, signal);
  const listedModels = asJson(result.body).data;
  const models = Array.isArray(listedModels) ? listedModels.length : null;
  const listed = models === null ? '' : ` ${models} ${models === 1 ? 'model' : 'models'} available.`;
  const money = balance ? ` Balance: ${balance.amount.toFixed(2)} ${balance.currency}.` : '';
  return { ok: true, message: `Valid key.${listed}${money}`, balance };
}

function statusFor(error: ArenaError): KeyCheckStatus {
  switch (error.kind) {
    case 'auth':
      return 'invalid';
    case 'insufficient_balance':
      return 'insufficient_balance';
    case 'plan_excludes_model':
      return 'plan_excludes_model';
    // The key works, but its window or limit is used up for now: like a rate limit, it passes.
    case 'quota_exhausted':
    case 'rate_limit':
      return 'rate_limited';
    case 'network':
    case 'timeout':
      return 'offline';
    default:
      return 'error';
  }
}

/** The regions to try: the chosen (or default) one, then the other on an auth failure. */
function regionsToTry(provider: ProviderDefinition, input: ProviderCheckInput): (Region | undefined)[] {
  if (input.baseUrl) return [input.region];
  const first = input.region ?? provider.defaultRegion;
  const second = otherRegion(provider, first);
  return second ? [first, second] : [first];
}

/** Longest check message kept: provider text in it is already cut, this bounds the whole. */
const MAX_MESSAGE = 1000;

const UNREADABLE =
  "The provider's reply could not be read, so this key could not be checked. Try again later; if it keeps happening, check the provider's status page or the base URL.";

/** Is this key live, which plan is it, what does it cover. Never throws; never puts the key in a message. */
export async function checkKey(input: CheckInput, deps: CheckDeps = {}): Promise<KeyCheck> {
  try {
    const { provider } = input;
    if (isDataSource(provider)) {
      const host = deps.hosts?.[provider]?.global;
      return await checkAaKey(input.key, {
        ...(host ? { host } : {}),
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.now ? { now: deps.now } : {}),
      });
    }
    return await runCheck({ ...input, provider }, deps);
  } catch {
    // Whatever the provider sent, this key gets a result and the others are still checked.
    return unreadableReply(input);
  }
}

/** The result for a check that failed in a way nobody foresaw. */
export function unreadableReply(input: Pick<CheckInput, 'provider' | 'key'>): KeyCheck {
  return {
    status: 'error',
    message: UNREADABLE,
    latencyMs: 0,
    checkedAt: new Date().toISOString(),
    keyKind: keyKindOf(input.provider, input.key),
  };
}

/** A check of an LLM provider's key. */
type ProviderCheckInput = CheckInput & { provider: ProviderId };

async function runCheck(input: ProviderCheckInput, deps: CheckDeps): Promise<KeyCheck> {
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const provider = PROVIDERS[input.provider];
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once, and the finally below removes the listener anyway
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  const finish = (fields: Omit<KeyCheck, 'latencyMs' | 'checkedAt' | 'keyKind'>): KeyCheck => ({
    ...fields,
    message: cut(scrubSecrets(fields.message, [input.key]), MAX_MESSAGE),
    latencyMs: Math.round(now() - started),
    checkedAt: new Date().toISOString(),
    keyKind: provider.keyKind(input.key),
  });

  try {
    const regions = regionsToTry(provider, input);
    for (const [index, region] of regions.entries()) {
      const endpoint = resolveEndpoint(
        provider,
        {
          ...(region ? { region } : {}),
          ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
          wire: provider.defaultWire,
        },
        deps.hosts,
      );
      const outcome = await probeKey(provider, endpoint.baseUrl, input, controller.signal);
      if (outcome.ok) {
        if (index > 0 && region) {
          const host = new URL(endpoint.baseUrl).host;
          return finish({
            status: 'wrong_region',
            region,
            message: `This key belongs to the ${REGION_NAMES[region]} region (${host}): switch the key's region to ${REGION_NAMES[region]}. ${outcome.message}`,
            ...(outcome.plan ? { plan: outcome.plan } : {}),
          });
        }
        return finish({
          status: 'valid',
          ...(region && regions.length > 1 ? { region } : {}),
          message: outcome.message,
          ...(outcome.plan ? { plan: outcome.plan } : {}),
          ...(outcome.balance !== undefined ? { balance: outcome.balance } : {}),
        });
      }
      const { error } = outcome;
      if (error.kind === 'auth' && index + 1 < regions.length && !controller.signal.aborted) continue;
      if (controller.signal.aborted && !deps.signal?.aborted) {
        return finish({
          status: 'offline',
          message: `${new URL(endpoint.baseUrl).host} did not answer within ${timeoutMs / 1000} s: check your connection, proxy or base URL, and try again.`,
        });
      }
      const triedBoth = error.kind === 'auth' && index > 0;
      const providerCode = providerCodeOf(error.providerCode);
      return finish({
        status: statusFor(error),
        message: triedBoth
          ? `${error.message} Both the global and the China host refused it.`
          : error.message,
        ...(providerCode !== undefined ? { providerCode } : {}),
        ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}),
      });
    }
    // Unreachable: the last region always returns above (auth failures continue only while a region is left).
    // Stryker disable next-line StringLiteral: unreachable, see above
    return finish({ status: 'error', message: 'The key could not be checked.' });
  } finally {
    clearTimeout(timer);
    deps.signal?.removeEventListener('abort', onAbort);
  }
}
