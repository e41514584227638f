import type { ColumnResult, ColumnSpec, CompareRequest } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { AssistantReplay } from '../../../src-shared/conversation.ts';
import type { ArenaError, Region, StreamEvent, Usage } from '../../../src-shared/domain.ts';
import { computeCost, type PriceEntry } from '../../../src-shared/pricing.ts';
import type { ColumnHooks } from '../client/column-hooks.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { ColumnDelivery } from './column-delivery.ts';
import { ColumnIntake } from './column-intake.ts';
import { withoutColumnKeys } from './column-keys.ts';
import { ColumnRecorder } from './column-recorder.ts';
import { summaryOf } from './column-result.ts';
import { EventBatcher } from './event-batcher.ts';

/**
 * Streams one column: the provider client behind it, retries and rate limits included. It may hand
 * over events one at a time or in batches (the real client yields one batch per network read, so the
 * await between it and the orchestrator is paid per read, not per event); the two can be mixed.
 */
export type StreamColumn = (
  column: ColumnSpec,
  request: Omit<CompareRequest, 'columns'>,
  signal: AbortSignal,
  hooks: ColumnHooks,
) => AsyncIterable<StreamEvent | readonly StreamEvent[]>;

/** A column's end with what only its summary carries: the answering model and the replay. */
export type ColumnOutcome = ColumnResult & { answeredModel?: string; replay?: AssistantReplay };

/** What a column has received so far. */
export type ColumnSoFar = Pick<ColumnResult, 'text' | 'reasoning' | 'toolCalls' | 'usage'>;

/**
 * Told as each run starts and each column ends (the history store records them). Called in line, so
 * it must be quick; whatever it throws is logged and the run goes on.
 */
export interface RunObserver {
  runStarted(runId: string, request: CompareRequest): void;
  /** `soFar` reads what the column has received, for a column the app stops before it ends. */
  columnStarted(runId: string, columnId: string, soFar: () => ColumnSoFar): void;
  columnEnded(runId: string, columnId: string, outcome: ColumnOutcome): void;
}

export interface OrchestratorOptions {
  streamColumn: StreamColumn;
  emit: (event: ArenaEvent) => void;
  now?: () => number;
  newRunId?: () => string;
  /** The price of a column's model, for its cost; omitted or null means "price unknown". */
  priceFor?: (column: ColumnSpec) => PriceEntry | null;
  /** The most output (text, reasoning, tool calls; UTF-8 bytes) a column keeps. Default 8 MiB. */
  maxOutputBytes?: number;
  /** Failures that only a log can tell about (an event the window could not take). */
  log?: (message: string) => void;
  observer?: RunObserver;
}

export interface RunHandle {
  runId: string;
  /**
   * Resolves when every column has finished, failed or been cancelled; never rejects. Unlike
   * column-done, each result here holds the column's output (up to the cap).
   */
  done: Promise<Map<string, ColumnResult>>;
}

/** A column refused before anything is sent: its refusal is all it says. */
function refusedColumn(refusal: ArenaError): StreamEvent[][] {
  return [
    [
      { type: 'error', error: refusal },
      { type: 'finish', reason: 'error' },
    ],
  ];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toArenaError(error: unknown, signal: AbortSignal): ArenaError {
  if (signal.aborted) return { kind: 'cancelled', message: 'Cancelled.' };
  if (error instanceof ArenaErrorException) return error.error;
  return { kind: 'protocol', message: `The response could not be processed: ${describe(error)}` };
}

export function createCompareOrchestrator(options: OrchestratorOptions) {
  const now = options.now ?? (() => performance.now());
  // One for the whole core: a turn's events, of every column of every run, go out as one message.
  const batcher = new EventBatcher(options.emit);
  const newRunId = options.newRunId ?? (() => crypto.randomUUID());
  const log = options.log ?? (() => {});
  const runs = new Map<string, Map<string, AbortController>>();

  /** The observer's failures are its own: logged, never the run's. */
  function observe(what: string, tell: (observer: RunObserver) => void): void {
    if (!options.observer) return;
    try {
      tell(options.observer);
    } catch (error) {
      log(`compare: recording ${what} failed: ${describe(error)}`);
    }
  }

  function costOf(column: ColumnSpec, usage: Usage | null): ColumnResult['cost'] {
    if (!usage) return null;
    try {
      return computeCost(usage, options.priceFor?.(column));
    } catch (error) {
      log(`compare: no cost for ${column.provider}/${column.model}: ${describe(error)}`);
      return null;
    }
  }

  async function runColumn(
    runId: string,
    column: ColumnSpec,
    request: CompareRequest,
    refusal: ArenaError | undefined,
  ): Promise<ColumnResult> {
    const controller = runs.get(runId)?.get(column.columnId) ?? new AbortController();
    const { signal } = controller;
    const columnKeys: string[] = [];
    let answeredRegion: Region | undefined;
    // An event the window cannot take stops the column: its stream is cancelled, its sockets close.
    const delivery = new ColumnDelivery({
      batcher,
      emit: options.emit,
      runId,
      columnId: column.columnId,
      onFailure: (cause) => {
        log(
          `compare: events of ${column.provider}/${column.model} could not be delivered: ${describe(cause)}`,
        );
        controller.abort();
      },
    });
    const recorder = new ColumnRecorder(delivery, signal, now);
    const { accumulator, metrics } = recorder;
    const intake = new ColumnIntake(recorder, delivery, signal, options.maxOutputBytes);
    observe('a column start', (observer) =>
      observer.columnStarted(runId, column.columnId, () => ({
        text: accumulator.text,
        reasoning: accumulator.reasoning,
        toolCalls: [...accumulator.toolCalls],
        usage: accumulator.usage,
      })),
    );
    recorder.status({ state: 'queued' });
    try {
      const { columns: _columns, ...shared } = request;
      const hooks: ColumnHooks = {
        onRateLimited: () => recorder.status({ state: 'rate-limited' }),
        onRequestStart: (attempt) => {
          metrics.requestStarted(now());
          recorder.status({ state: 'requesting', attempt });
        },
        onRetry: ({ attempt, delayMs, reason }) =>
          recorder.status({ state: 'retrying', attempt, delayMs, reason }),
        onRegion: (region) => {
          answeredRegion = region;
        },
        onKey: (key) => {
          if (!columnKeys.includes(key)) columnKeys.push(key);
        },
      };
      const stream = refusal ? refusedColumn(refusal) : options.streamColumn(column, shared, signal, hooks);
      for await (const item of stream) {
        // One clock reading for a batch: its events arrived together. Leaving the loop closes the
        // stream, and with it the request's connection.
        if (!intake.take(item, now())) break;
      }
      if (signal.aborted && !accumulator.error && !delivery.failure)
        recorder.record({ type: 'error', error: toArenaError(null, signal) });
    } catch (error) {
      if (!delivery.failure) recorder.record({ type: 'error', error: toArenaError(error, signal) });
    }
    delivery.flush();
    // Whatever else happened, a delivery failure is what the column ends with (sent right away).
    if (delivery.failure) {
      recorder.record({ type: 'error', error: delivery.failure });
      delivery.flush();
    }
    // The result the CLI prints holds none of the column's key, whole or cut at the end.
    const base = withoutColumnKeys(
      accumulator.result(metrics.finish(now(), accumulator.usage)),
      columnKeys,
      intake.truncationNote,
    );
    const priced = answeredRegion ? { ...column, region: answeredRegion } : column;
    const result = { ...base, cost: costOf(priced, base.usage) };
    delivery.done(summaryOf(result, accumulator));
    const failure = delivery.failure;
    const ended: ColumnResult =
      failure && result.error !== failure ? { ...result, finishReason: 'error', error: failure } : result;
    observe('a column end', (observer) =>
      observer.columnEnded(runId, column.columnId, {
        ...ended,
        ...(accumulator.answeredModel === null ? {} : { answeredModel: accumulator.answeredModel }),
        ...(accumulator.replay === null ? {} : { replay: accumulator.replay }),
      }),
    );
    return ended;
  }

  /** Never rejects: a column that fails for any reason still gets a result. */
  async function settleColumn(
    runId: string,
    column: ColumnSpec,
    request: CompareRequest,
    refusal: ArenaError | undefined,
  ): Promise<ColumnResult> {
    try {
      return await runColumn(runId, column, request, refusal);
    } catch (error) {
      log(`compare: ${column.provider}/${column.model} failed unexpectedly: ${describe(error)}`);
      const result: ColumnResult = {
        text: '',
        reasoning: '',
        toolCalls: [],
        usage: null,
        finishReason: 'error',
        error: {
          kind: 'internal',
          message: `This column failed unexpectedly (${describe(error).slice(0, 200)}). Try again.`,
        },
        timing: { ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: true },
        cost: null,
        truncated: false,
      };
      observe('a column end', (observer) => observer.columnEnded(runId, column.columnId, result));
      try {
        // After whatever the column had streamed.
        batcher.flush();
        options.emit({
          type: 'compare.column-done',
          runId,
          columnId: column.columnId,
          result: summaryOf(result, { answeredModel: null, replay: null }),
        });
      } catch {
        // Logged above; the window cannot be told.
      }
      return result;
    }
  }

  return {
    /**
     * Starts every column at once. A column in `refused` (by column id) is not streamed: it fails at
     * once with that error, and the others run.
     */
    start(request: CompareRequest, refused?: ReadonlyMap<string, ArenaError>): RunHandle {
      const runId = newRunId();
      runs.set(runId, new Map(request.columns.map((column) => [column.columnId, new AbortController()])));
      observe('the run', (observer) => observer.runStarted(runId, request));
      const done = Promise.all(
        request.columns.map(
          async (column) =>
            [
              column.columnId,
              await settleColumn(runId, column, request, refused?.get(column.columnId)),
            ] as const,
        ),
      )
        .then((entries) => new Map(entries))
        .finally(() => runs.delete(runId));
      return { runId, done };
    },

    /** Cancels one column, or every column of the run; their sockets close with the abort. */
    cancel(runId: string, columnId?: string): boolean {
      const run = runs.get(runId);
      if (!run) return false;
      const targets = columnId ? [run.get(columnId)] : [...run.values()];
      for (const controller of targets) controller?.abort();
      return targets.some(Boolean);
    },

    /**
     * Cancels every column of every active run (the window that started them is gone); their
     * sockets close with the abort. Returns how many runs were still going.
     */
    cancelAll(): number {
      let cancelled = 0;
      for (const run of runs.values()) {
        const going = [...run.values()].filter((controller) => !controller.signal.aborted);
        for (const controller of going) controller.abort();
        if (going.length > 0) cancelled++;
      }
      return cancelled;
    },

    activeRuns(): string[] {
      return [...runs.keys()];
    },
  };
}

export type CompareOrchestrator = ReturnType<typeof createCompareOrchestrator>;
