import type { ArenaError, ErrorKind, ProviderId } from '../../../src-shared/domain.ts';
import { retryAfterFromHeaders } from '../http/parse-retry-after.ts';
import { inOrderOnOneLine } from '../in-order-on-one-line.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { type ErrorPayload, parseErrorBody } from './error-payload.ts';
import {
  isTokenPlanCoverageMessage,
  MINIMAX_CODE_KINDS,
  minimaxCodeFromMessage,
  refineMinimax2013,
} from './minimax-codes.ts';
import { scrubSecrets } from './scrub-secrets.ts';

export interface ClassifyContext {
  provider?: ProviderId;
  model?: string;
  /** The key the request carried: scrubbed from provider text before it is shortened. */
  secrets?: readonly string[];
}

/** Error types and codes (OpenAI, Anthropic, OpenRouter) → kinds. A Map: the keys are provider text. */
const TYPE_KINDS: ReadonlyMap<string, ErrorKind> = new Map([
  ['authentication_error', 'auth'],
  ['authorized_error', 'auth'],
  ['invalid_api_key', 'auth'],
  ['permission_error', 'auth'],
  ['permission_denied', 'auth'],
  ['not_found_error', 'model_not_found'],
  ['model_not_found', 'model_not_found'],
  ['rate_limit_error', 'rate_limit'],
  ['rate_limit_exceeded', 'rate_limit'],
  ['overloaded_error', 'overloaded'],
  ['insufficient_quota', 'insufficient_balance'],
  ['billing_error', 'insufficient_balance'],
  ['context_length_exceeded', 'context_length'],
  ['request_too_large', 'context_length'],
  ['api_error', 'server'],
  ['server_error', 'server'],
  ['invalid_request_error', 'invalid_request'],
  ['bad_request_error', 'invalid_request'],
]);

function kindFromStatus(status: number): ErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'insufficient_balance';
  if (status === 404) return 'model_not_found';
  if (status === 408) return 'timeout';
  // A conflict (Anthropic's conflict_error, a lock timeout) clears on its own: both official SDKs retry it.
  if (status === 409) return 'server';
  if (status === 413) return 'context_length';
  if (status === 429) return 'rate_limit';
  if (status === 503 || status === 529) return 'overloaded';
  if (status >= 500) return 'server';
  return 'invalid_request';
}

const CONTEXT_WORDING = /context (length|window)|maximum context|too many tokens|prompt is too long/i;
const SPEND_LIMIT_WORDING = /spend(ing)? limit|enforced_spend_limit_reached|usage limit/i;

function kindOf(
  payload: ErrorPayload | undefined,
  status: number | undefined,
  ctx: ClassifyContext,
): ErrorKind {
  // Stryker disable next-line StringLiteral: with no payload, no wording or code check matches any filler text
  const message = payload?.message ?? '';
  if (ctx.provider === 'minimax' || typeof payload?.code === 'number') {
    const code = typeof payload?.code === 'number' ? payload.code : minimaxCodeFromMessage(message);
    // Stryker disable next-line ConditionalExpression: without a code the same message returns plan_excludes_model below
    if (code !== undefined && isTokenPlanCoverageMessage(message)) return 'plan_excludes_model';
    if (code === 2013) return refineMinimax2013(message);
    const byCode = code === undefined ? undefined : MINIMAX_CODE_KINDS.get(code);
    if (byCode) return byCode;
  }
  if (isTokenPlanCoverageMessage(message)) return 'plan_excludes_model';
  if (SPEND_LIMIT_WORDING.test(message) || payload?.code === 'enforced_spend_limit_reached')
    return 'quota_exhausted';
  if (CONTEXT_WORDING.test(message) || inOrderOnOneLine(message, /input/i, /too long/i))
    return 'context_length';
  const byType =
    (typeof payload?.code === 'string' ? TYPE_KINDS.get(payload.code) : undefined) ??
    (payload?.type ? TYPE_KINDS.get(payload.type) : undefined);
  const effectiveStatus = status && status >= 400 ? status : payload?.statedStatus;
  // A generic "invalid request" type says less than a status (a 400 maps back to invalid_request): OpenAI
  // answers a missing key with 401 and type invalid_request_error, code null.
  if (byType && !(byType === 'invalid_request' && effectiveStatus)) return byType;
  return effectiveStatus ? kindFromStatus(effectiveStatus) : 'server';
}

/** A stream that closed cleanly but never said it was finished: the answer may be cut short. */
export function incompleteStreamError(ctx: ClassifyContext): ArenaError {
  return {
    kind: 'network',
    message: `The stream from ${providerName(ctx)} ended before the answer was complete (no finish signal). The partial answer is kept; try again.`,
  };
}

function providerName(ctx: ClassifyContext): string {
  return ctx.provider ? PROVIDERS[ctx.provider].displayName : 'The provider';
}

function highspeedAlternative(model: string | undefined): string | undefined {
  return model && /-(highspeed|lightning)$/i.test(model)
    ? model.replace(/-(highspeed|lightning)$/i, '')
    : undefined;
}

/** What to tell the user: what happened, then what to do about it. */
function adviceFor(kind: ErrorKind, ctx: ClassifyContext, detail: string, retryAfterMs?: number): string {
  const name = providerName(ctx);
  const model = ctx.model ? `"${ctx.model}"` : 'this model';
  const said = detail ? ` (${name} said: ${detail})` : '';
  switch (kind) {
    case 'auth':
      return `${name} rejected the key${said}. Check that the key is complete and belongs to this provider and region, or replace it on the Keys page.`;
    case 'rate_limit':
      return `${name} is rate-limiting this key${retryAfterMs ? ` for about ${Math.ceil(retryAfterMs / 1000)} s` : ''}${said}. Wait a moment, or run fewer columns on this provider at once.`;
    case 'insufficient_balance':
      return `${name} says the account has insufficient balance${said}. Top up the account, or use another key.`;
    case 'plan_excludes_model': {
      const alternative = highspeedAlternative(ctx.model);
      return `This Token Plan key does not cover ${ctx.model ?? 'this model'}: use ${alternative ?? 'a model your plan includes'} or a pay-as-you-go key${said}.`;
    }
    case 'quota_exhausted':
      return ctx.provider === 'minimax'
        ? `Token Plan usage limit reached${said}: wait for the 5-hour window to reset, or use a pay-as-you-go key.`
        : `${name} says a spending or usage limit is reached${said}. Raise the limit in the provider's console, or wait for it to reset.`;
    case 'model_not_found':
      return `${name} does not offer the model ${model}${said}. Check the model id, or pick another model.`;
    case 'context_length':
      return `The prompt does not fit ${model}'s context window${said}. Shorten it, or pick a model with a larger context.`;
    case 'content_filtered':
      return `${name} flagged the prompt or the answer as sensitive and stopped${said}. Rephrase the prompt.`;
    case 'overloaded':
      return `${name} is overloaded right now${said}. Try again in a moment.`;
    case 'server':
      return `${name} had an internal error${said}. Try again in a moment.`;
    case 'timeout':
      return `${name} timed out${said}. Try again in a moment.`;
    default:
      return `${name} rejected the request${said}. Check the model and the parameters.`;
  }
}

const MAX_CODE_LENGTH = 64;

/** A provider's error code as it may be shown and stored: a finite number, or text scrubbed whole, then cut. */
function shownCode(code: number | string | undefined, ctx: ClassifyContext): number | string | undefined {
  if (typeof code === 'number') return Number.isFinite(code) ? code : undefined;
  if (code === undefined) return undefined;
  const clean = scrubSecrets(code, ctx.secrets);
  return clean.length > MAX_CODE_LENGTH ? `${clean.slice(0, MAX_CODE_LENGTH - 1)}…` : clean;
}

function build(
  payload: ErrorPayload | undefined,
  status: number | undefined,
  ctx: ClassifyContext,
  retryAfterMs: number | undefined,
  fallbackDetail: string,
): ArenaError {
  const kind = kindOf(payload, status, ctx);
  const detail = scrubSecrets((payload?.message ?? fallbackDetail).trim(), ctx.secrets).slice(0, 300);
  const error: ArenaError = { kind, message: adviceFor(kind, ctx, detail, retryAfterMs) };
  const minimaxCode = payload ? minimaxCodeFromMessage(payload.message) : undefined;
  const providerCode = shownCode(minimaxCode ?? payload?.code, ctx);
  if (providerCode !== undefined) error.providerCode = providerCode;
  if (status !== undefined && status >= 400) error.httpStatus = status;
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  return error;
}

/** A non-2xx response: its status, headers and whatever body it had. */
export function classifyHttpFailure(
  status: number,
  headers: Readonly<Record<string, string | undefined>>,
  bodyText: string,
  ctx: ClassifyContext = {},
): ArenaError {
  const payload = parseErrorBody(bodyText);
  // Scrubbed whole, then cut: a key cut in two would no longer be recognised.
  const plain = payload
    ? // Stryker disable next-line StringLiteral: with a payload, build reads its message, never this fallback
      ''
    : scrubSecrets(bodyText, ctx.secrets).slice(0, 4_000).replace(/\s+/g, ' ').trim().slice(0, 200);
  return build(payload, status, ctx, retryAfterFromHeaders(headers), plain || `HTTP ${status}`);
}

/** An error object found inside a 200 response or an SSE frame. */
export function classifyErrorPayload(
  payload: ErrorPayload,
  ctx: ClassifyContext = {},
  status?: number,
): ArenaError {
  // Stryker disable next-line StringLiteral: payload.message is always a string, so build never reads this fallback
  return build(payload, status, ctx, undefined, '');
}
