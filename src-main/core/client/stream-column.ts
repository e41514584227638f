import type { ColumnSpec, CompareRequest } from '../../../src-shared/compare.ts';
import type { ArenaError, ProviderId, Region, StreamEvent } from '../../../src-shared/domain.ts';
import { looksLikeJsonBody } from '../http/looks-like-json-body.ts';
import { peekBody } from '../http/peek-body.ts';
import type { RateLimiter } from '../http/rate-limiter.ts';
import type { RetryPolicyOptions } from '../http/retry-policy.ts';
import { sseFrames } from '../http/sse-frames.ts';
import { collectBytes, DEFAULT_MAX_TEXT_BYTES, openStream, readBodyText } from '../http/stream-request.ts';
import { streamWithRetries } from '../http/with-retries.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { KeySource } from '../keys/key-source.ts';
import { authHeaders } from '../providers/auth-headers.ts';
import type { ProviderDefinition } from '../providers/provider-definition.ts';
import { PROVIDERS } from '../providers/registry.ts';
import {
  type HostOverrides,
  otherRegion,
  type ResolvedEndpoint,
  resolveEndpoint,
} from '../providers/resolve-endpoint.ts';
import type { ColumnHooks } from './column-hooks.ts';
import { classifyHttpFailure, codecFor } from './wire-codec.ts';

export interface StreamColumnDeps {
  keys: KeySource;
  rateLimiter: RateLimiter;
  retry?: RetryPolicyOptions;
  /** Overrides the 60 s idle timeout between chunks (tests use a short one). */
  idleTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Told about each failed attempt: "retrying in 2 s" notices and logs. */
  onRetry?: (column: ColumnSpec, error: ArenaError, delayMs: number | null) => void;
  /** Region auto-detect: which region a key turned out to belong to (remembered for later runs). */
  regionMemory?: Map<ProviderId, Region>;
  onRegionDetected?: (column: ColumnSpec, region: Region) => void;
  /** Replaces the providers' default hosts per region (tests point both regions at loopback). */
  hosts?: HostOverrides;
}

const OUTPUT_TYPES = new Set<StreamEvent['type']>(['text', 'reasoning', 'tool-call']);

function missingKey(column: ColumnSpec): ArenaError {
  const provider = PROVIDERS[column.provider];
  return {
    kind: 'auth',
    message: `No ${provider.displayName} key is set. Add one on the Keys page, or set ${provider.keyEnv[0]} for the CLI.`,
  };
}

/**
 * One column's whole request: endpoint, auth, body, rate limit, retries, decoding. Never throws:
 * every failure ends the stream as an `error` event followed by `finish: error`, after any partial output.
 */
export async function* streamColumn(
  column: ColumnSpec,
  request: Omit<CompareRequest, 'columns'>,
  signal: AbortSignal,
  deps: StreamColumnDeps,
  hooks?: ColumnHooks,
): AsyncGenerator<StreamEvent, void, undefined> {
  const provider = PROVIDERS[column.provider];
  const key = await deps.keys.keyFor(column.provider);
  if (!key && !provider.keyOptional) {
    yield { type: 'error', error: missingKey(column) };
    yield { type: 'finish', reason: 'error' };
    return;
  }
  const candidates = regionCandidates(provider, column, deps);
  let finished = false;
  let streamedOutput = false;
  for (const [index, region] of candidates.entries()) {
    const endpoint = resolveEndpoint(provider, { ...column, ...(region ? { region } : {}) }, deps.hosts);
    try {
      hooks?.onRegion?.(endpoint.region);
      for await (const event of attemptsFor(endpoint, column, request, signal, deps, key, hooks)) {
        if (event.type === 'finish') finished = true;
        if (OUTPUT_TYPES.has(event.type)) streamedOutput = true;
        yield event;
      }
      if (region && candidates.length > 1) {
        deps.regionMemory?.set(provider.id, region);
        if (index > 0) deps.onRegionDetected?.(column, region);
      }
      return;
    } catch (thrown) {
      const error = toError(thrown, signal);
      // A key works only on its own region's host: on an auth failure, try the other region once.
      const next = candidates[index + 1];
      if (error.kind === 'auth' && next && !streamedOutput && !signal.aborted) continue;
      const triedAll = error.kind === 'auth' && index > 0;
      yield {
        type: 'error',
        error: triedAll
          ? { ...error, message: `${error.message} Both the global and the China host refused it.` }
          : error,
      };
      if (!finished) yield { type: 'finish', reason: error.kind === 'cancelled' ? 'cancelled' : 'error' };
      return;
    }
  }
}

function toError(thrown: unknown, signal: AbortSignal): ArenaError {
  if (signal.aborted) return { kind: 'cancelled', message: 'Cancelled.' };
  if (thrown instanceof ArenaErrorException) return thrown.error;
  return { kind: 'protocol', message: `The response could not be processed: ${String(thrown)}` };
}

/** The regions to try, in order: an explicit choice alone; else the remembered or default one, then the other. */
function regionCandidates(
  provider: ProviderDefinition,
  column: ColumnSpec,
  deps: StreamColumnDeps,
): (Region | undefined)[] {
  if (column.region || column.baseUrl) return [column.region];
  const first = deps.regionMemory?.get(provider.id) ?? provider.defaultRegion;
  const second = otherRegion(provider, first);
  return second ? [first, second] : [undefined];
}

function attemptsFor(
  endpoint: ResolvedEndpoint,
  column: ColumnSpec,
  request: Omit<CompareRequest, 'columns'>,
  signal: AbortSignal,
  deps: StreamColumnDeps,
  key: string | undefined,
  hooks: ColumnHooks | undefined,
): AsyncGenerator<StreamEvent, void, undefined> {
  const provider = PROVIDERS[column.provider];
  const secrets = key ? [key] : [];
  const codec = codecFor(provider, endpoint.wire, column.model, secrets);
  const body = codec.buildBody({
    model: column.model,
    system: request.system,
    messages: [{ role: 'user', content: request.prompt }],
    temperature: request.params.temperature,
    maxOutputTokens: request.params.maxOutputTokens,
    reasoning: request.params.reasoning,
  });
  const headers = { accept: 'text/event-stream', ...authHeaders(provider, endpoint.wire, key) };
  const context = { provider: provider.id, model: column.model, secrets };

  return streamWithRetries<StreamEvent>(
    async function* attempt(ctx) {
      await deps.rateLimiter.acquire(provider.id, signal);
      hooks?.onRequestStart();
      const response = await openStream({
        url: endpoint.chatUrl,
        headers,
        json: body,
        signal,
        idleTimeoutMs: deps.idleTimeoutMs,
        headersTimeoutMs: deps.headersTimeoutMs,
      });
      if (response.status >= 400) {
        const text = await readBodyText(response).catch(() => '');
        throw new ArenaErrorException(classifyHttpFailure(response.status, response.headers, text, context));
      }
      const peeked = await peekBody(response.body);
      if (peeked.head.length > 0) ctx.markReceivedBytes();
      let events: AsyncIterable<StreamEvent> | Iterable<StreamEvent>;
      if (looksLikeJsonBody(response.contentType, peeked.head)) {
        const bytes = await collectBytes(peeked.body, DEFAULT_MAX_TEXT_BYTES, response.origin);
        events = codec.decodeJson(new TextDecoder().decode(bytes));
      } else {
        events = decodeSse(peeked.body, codec.createDecoder());
      }
      // Hold everything until the first token: an error before it is thrown, so it can be retried.
      const held: StreamEvent[] = [];
      let streaming = false;
      for await (const event of events) {
        if (!streaming && event.type === 'error') throw new ArenaErrorException(event.error);
        if (!streaming && !OUTPUT_TYPES.has(event.type)) {
          held.push(event);
          continue;
        }
        if (!streaming) {
          streaming = true;
          yield* held;
        }
        yield event;
      }
      if (!streaming) yield* held;
    },
    {
      signal,
      policy: deps.retry,
      onFailure: (failure) =>
        deps.onRetry?.(column, failure.error, failure.decision.retry ? failure.decision.delayMs : null),
    },
  );
}

async function* decodeSse(
  body: AsyncIterable<Uint8Array>,
  decoder: { push(frame: { event?: string; data: string }): StreamEvent[]; end(): StreamEvent[] },
): AsyncGenerator<StreamEvent> {
  for await (const frame of sseFrames(body)) {
    const events = decoder.push(frame);
    yield* events;
    // After a frame that is not JSON nothing later can be trusted to line up: stop instead of splicing text.
    if (events.some((event) => event.type === 'error' && event.error.kind === 'protocol')) break;
  }
  yield* decoder.end();
}
