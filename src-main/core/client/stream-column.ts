import type { ColumnSpec, CompareRequest } from '../../../src-shared/compare.ts';
import type { ArenaError, ProviderId, Region, StreamEvent } from '../../../src-shared/domain.ts';
import { openApiResponse } from '../http/api-response.ts';
import type { RateLimiter } from '../http/rate-limiter.ts';
import type { RetryPolicyOptions } from '../http/retry-policy.ts';
import { readBodyText } from '../http/stream-request.ts';
import { type AttemptContext, RetryLoop } from '../http/with-retries.ts';
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
import { keepShapeOf } from '../wires/kept-shapes.ts';
import type { ColumnHooks } from './column-hooks.ts';
import { ColumnLimits } from './column-limits.ts';
import { columnChatRequest } from './column-request.ts';
import {
  decodeResponse,
  OUTPUT_TYPES,
  type ResponseDecoding,
  type ResponseWatch,
} from './response-events.ts';
import { classifyHttpFailure, codecFor, type WireCodec } from './wire-codec.ts';

export interface StreamColumnDeps {
  keys: KeySource;
  rateLimiter: RateLimiter;
  retry?: RetryPolicyOptions;
  /** Overrides the 60 s idle timeout between chunks (tests use a short one). */
  idleTimeoutMs?: number;
  /** The most one column's request may take, retries included (default 10 min; 0 disables). */
  requestTimeoutMs?: number;
  /**
   * The longest a response may go without decoded progress (default 120 s; 0 disables): an event,
   * or tool-call arguments arriving. Keep-alive comments, empty and usage-only frames reset the idle
   * timer but not this one.
   */
  eventTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Told about each failed attempt: "retrying in 2 s" notices and logs. */
  onRetry?: (column: ColumnSpec, error: ArenaError, delayMs: number | null) => void;
  /** Region auto-detect: which region a key turned out to belong to (remembered for later runs). */
  regionMemory?: Map<ProviderId, Region>;
  onRegionDetected?: (column: ColumnSpec, region: Region) => void;
  /** Replaces the providers' default hosts per region (tests point both regions at loopback). */
  hosts?: HostOverrides;
}

/** One column's request as the functions below share it. */
interface ColumnRun {
  provider: ProviderDefinition;
  column: ColumnSpec;
  request: Omit<CompareRequest, 'columns'>;
  limits: ColumnLimits;
  deps: StreamColumnDeps;
  key: string | undefined;
  hooks: ColumnHooks | undefined;
  watch: ColumnResponseWatch;
}

/**
 * What the column's responses report besides their events. A class, not closures made per attempt:
 * the decoding loop then calls the same functions on every stream, and one instance kept for good
 * keeps its hidden class, so the loop's compiled code survives a full garbage collection (see
 * keepShapeOf).
 */
class ColumnResponseWatch implements ResponseWatch {
  /** Tool calls passed on cut short because the stream broke off while they were arriving. */
  toolCallsCut = 0;
  private readonly limits: ColumnLimits | null;

  constructor(limits: ColumnLimits | null) {
    this.limits = limits;
  }

  onProgress(): void {
    this.limits?.restartEventClock();
  }

  onToolCallsCut(count: number): void {
    this.toolCallsCut += count;
  }
}

keepShapeOf(new ColumnResponseWatch(null));

const INCOMPLETE_TOOL_CALLS =
  'Tool calls still arriving were kept as far as they got: their arguments are incomplete.';

function missingKey(column: ColumnSpec): ArenaError {
  const provider = PROVIDERS[column.provider];
  return {
    kind: 'auth',
    message: `No ${provider.displayName} key is set. Add one on the Keys page, or set ${provider.keyEnv[0]} for the CLI.`,
  };
}

/**
 * One column's whole request: endpoint, auth, body, rate limit, retries, decoding. Yields the events
 * in batches (one per network read; never an empty one), so the layers between the socket and the
 * window pay their per-item cost once per read, not once per event. Never throws: every failure ends
 * the stream as an `error` event followed by `finish: error`, after any partial output. The regions,
 * the attempts (RetryLoop) and the reading loop (SseDecoding) all run in this one generator rather
 * than in generators of their own: each generator layer between the socket and the window costs
 * every network read.
 */
export async function* streamColumn(
  column: ColumnSpec,
  request: Omit<CompareRequest, 'columns'>,
  signal: AbortSignal,
  deps: StreamColumnDeps,
  hooks?: ColumnHooks,
): AsyncGenerator<StreamEvent[], void, undefined> {
  const provider = PROVIDERS[column.provider];
  const key = await deps.keys.keyFor(column.provider, column.keyId);
  if (key) hooks?.onKey?.(key);
  if (!key && !provider.keyOptional) {
    yield [
      { type: 'error', error: missingKey(column) },
      { type: 'finish', reason: 'error' },
    ];
    return;
  }
  const limits = new ColumnLimits(signal, {
    requestTimeoutMs: deps.requestTimeoutMs,
    eventTimeoutMs: deps.eventTimeoutMs,
    provider: provider.displayName,
  });
  const watch = new ColumnResponseWatch(limits);
  const run: ColumnRun = { provider, column, request, limits, deps, key, hooks, watch };
  // Tries the candidate regions' hosts in turn (see regionCandidates).
  const candidates = regionCandidates(provider, column, deps);
  const progress = new ColumnProgress();
  try {
    for (const [index, region] of candidates.entries()) {
      const endpoint = resolveEndpoint(provider, { ...column, ...(region ? { region } : {}) }, deps.hosts);
      try {
        hooks?.onRegion?.(endpoint.region);
        const exchange = new ColumnExchange(endpoint, run);
        const attempts = retryLoopFor(run);
        for (;;) {
          const ctx = attempts.begin();
          try {
            try {
              const decoding = await exchange.open(ctx);
              if (decoding.kind === 'whole') {
                if (decoding.events) yield progress.passed(decoding.events, ctx);
              } else {
                const { sse, body } = decoding;
                try {
                  for await (const chunk of body) {
                    const batch = sse.read(chunk);
                    if (batch) yield progress.passed(batch, ctx);
                    if (sse.failed) break;
                    sse.throwIfOverflowed();
                  }
                  if (!sse.failed) {
                    const last = sse.end();
                    if (last) yield progress.passed(last, ctx);
                    sse.throwIfOverflowed();
                  }
                } catch (error) {
                  // Refused before any output: thrown for a retry, with nothing begun to keep.
                  if (sse.refused) throw error;
                  // Timed out, cancelled or cut off: what was begun is part of the partial answer.
                  const begun = sse.abandoned();
                  if (begun) yield progress.passed(begun, ctx);
                  throw error;
                }
                const ending = sse.ending();
                if (ending) yield progress.passed(ending, ctx);
              }
            } finally {
              limits.stopEventClock();
            }
            break;
          } catch (thrown) {
            // Resolves after the wait when the attempt is retried, else throws the final error.
            await attempts.failed(thrown);
          }
        }
        if (region && candidates.length > 1) {
          deps.regionMemory?.set(provider.id, region);
          if (index > 0) deps.onRegionDetected?.(column, region);
        }
        return;
      } catch (thrown) {
        const error = toError(thrown, limits);
        // A key works only on its own region's host: on an auth failure, try the other region once.
        const next = candidates[index + 1];
        if (error.kind === 'auth' && next && !progress.streamedOutput && !limits.signal.aborted) continue;
        yield failureEnding(error, run, {
          triedAll: error.kind === 'auth' && index > 0,
          finished: progress.finished,
        });
        return;
      }
    }
  } finally {
    limits.dispose();
  }
}

/** What a column has passed on so far, across attempts and regions. */
class ColumnProgress {
  /** A `finish` event was passed on. */
  finished = false;
  /** Output (text, reasoning, a tool call) was passed on: no other region is tried after it. */
  streamedOutput = false;

  /** Notes a batch about to be passed on, which counts as output reaching the user (no retry after it). */
  passed(batch: StreamEvent[], ctx: AttemptContext): StreamEvent[] {
    ctx.markStreamedOutput();
    for (const event of batch) {
      if (event.type === 'finish') this.finished = true;
      else if (OUTPUT_TYPES.has(event.type)) this.streamedOutput = true;
    }
    return batch;
  }
}

keepShapeOf(new ColumnProgress());

/** The batch a failed column ends with: its error, with notes, then its finish unless it had one. */
function failureEnding(
  error: ArenaError,
  run: ColumnRun,
  { triedAll, finished }: { triedAll: boolean; finished: boolean },
): StreamEvent[] {
  const notes = [
    ...(triedAll ? ['Both the global and the China host refused it.'] : []),
    ...(run.watch.toolCallsCut > 0 ? [INCOMPLETE_TOOL_CALLS] : []),
  ];
  const ending: StreamEvent[] = [
    {
      type: 'error',
      error: notes.length ? { ...error, message: [error.message, ...notes].join(' ') } : error,
    },
  ];
  if (!finished) ending.push({ type: 'finish', reason: error.kind === 'cancelled' ? 'cancelled' : 'error' });
  return ending;
}

function toError(thrown: unknown, limits: ColumnLimits): ArenaError {
  if (limits.error) return limits.error;
  if (limits.signal.aborted) return { kind: 'cancelled', message: 'Cancelled.' };
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

/** The retries of one column's request on one host, reported to the column's hooks. */
function retryLoopFor(run: ColumnRun): RetryLoop {
  const { column, deps, hooks, limits } = run;
  return new RetryLoop({
    signal: limits.signal,
    policy: deps.retry,
    onFailure: ({ attempt, error, decision }) => {
      deps.onRetry?.(column, error, decision.retry ? decision.delayMs : null);
      if (decision.retry)
        hooks?.onRetry?.({ attempt: attempt + 1, delayMs: decision.delayMs, reason: error.kind });
    },
  });
}

/** One column's request to one endpoint: built once, sent once per attempt. */
class ColumnExchange {
  private readonly run: ColumnRun;
  private readonly endpoint: ResolvedEndpoint;
  private readonly codec: WireCodec;
  private readonly body: unknown;
  private readonly headers: Record<string, string>;
  private readonly context: { provider: ProviderId; model: string; secrets: string[] };

  constructor(endpoint: ResolvedEndpoint, run: ColumnRun) {
    const { provider, column, request, key } = run;
    const secrets = key ? [key] : [];
    this.run = run;
    this.endpoint = endpoint;
    this.codec = codecFor(provider, endpoint.wire, column.model, secrets);
    this.body = this.codec.buildBody(columnChatRequest(column, request));
    this.headers = { accept: 'text/event-stream', ...authHeaders(provider, endpoint.wire, key) };
    this.context = { provider: provider.id, model: column.model, secrets };
  }

  /**
   * Sends one attempt (after the rate limiter lets it) and starts decoding its answer; a 4xx/5xx is
   * thrown classified. From here until the attempt ends, silence counts against the event limit (the
   * wait for headers too): the caller stops the clock when the attempt ends.
   */
  async open(ctx: AttemptContext): Promise<ResponseDecoding> {
    const { provider, limits, deps, hooks, watch } = this.run;
    const { signal } = limits;
    await deps.rateLimiter.acquire(provider.id, signal, () => hooks?.onRateLimited?.());
    hooks?.onRequestStart(ctx.attempt);
    limits.restartEventClock();
    const response = await openApiResponse({
      url: this.endpoint.chatUrl,
      headers: this.headers,
      json: this.body,
      signal,
      idleTimeoutMs: deps.idleTimeoutMs,
      headersTimeoutMs: deps.headersTimeoutMs,
    });
    if (response.status >= 400) {
      const text = await readBodyText(response).catch(() => '');
      throw new ArenaErrorException(
        classifyHttpFailure(response.status, response.headers, text, this.context),
      );
    }
    return decodeResponse(response, this.codec, ctx, watch);
  }
}
