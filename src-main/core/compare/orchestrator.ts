import type { ColumnResult, ColumnSpec, CompareRequest } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { ArenaError, Region, StreamEvent } from '../../../src-shared/domain.ts';
import { computeCost, type PriceEntry } from '../../../src-shared/pricing.ts';
import type { ColumnHooks } from '../client/column-hooks.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { ColumnAccumulator } from './column-result.ts';
import { EventCoalescer, realScheduler, type Scheduler } from './event-coalescer.ts';
import { StreamMetrics } from './stream-metrics.ts';

/** Streams one column: the provider client behind it, retries and rate limits included. */
export type StreamColumn = (
  column: ColumnSpec,
  request: Omit<CompareRequest, 'columns'>,
  signal: AbortSignal,
  hooks: ColumnHooks,
) => AsyncIterable<StreamEvent>;

export interface OrchestratorOptions {
  streamColumn: StreamColumn;
  emit: (event: ArenaEvent) => void;
  now?: () => number;
  coalesceMs?: number;
  scheduler?: Scheduler;
  newRunId?: () => string;
  /** The price of a column's model, for its cost; omitted or null means "price unknown". */
  priceFor?: (column: ColumnSpec) => PriceEntry | null;
}

export interface RunHandle {
  runId: string;
  /** Resolves when every column has finished, failed or been cancelled; never rejects. */
  done: Promise<Map<string, ColumnResult>>;
}

function toArenaError(error: unknown, signal: AbortSignal): ArenaError {
  if (signal.aborted) return { kind: 'cancelled', message: 'Cancelled.' };
  if (error instanceof ArenaErrorException) return error.error;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'protocol', message: `The response could not be processed: ${detail}` };
}

export function createCompareOrchestrator(options: OrchestratorOptions) {
  const now = options.now ?? (() => performance.now());
  const scheduler = options.scheduler ?? realScheduler;
  const newRunId = options.newRunId ?? (() => crypto.randomUUID());
  const runs = new Map<string, Map<string, AbortController>>();

  async function runColumn(
    runId: string,
    column: ColumnSpec,
    request: CompareRequest,
  ): Promise<ColumnResult> {
    const controller = runs.get(runId)?.get(column.columnId) ?? new AbortController();
    const { signal } = controller;
    const accumulator = new ColumnAccumulator();
    let answeredRegion: Region | undefined;
    const metrics = new StreamMetrics(now());
    const coalescer = new EventCoalescer(
      (events) => options.emit({ type: 'compare.events', runId, columnId: column.columnId, events }),
      options.coalesceMs ?? 16,
      scheduler,
    );
    const record = (event: StreamEvent) => {
      metrics.observe(event, now());
      accumulator.add(event);
      coalescer.push(event);
    };
    try {
      const { columns: _columns, ...shared } = request;
      const hooks: ColumnHooks = {
        onRequestStart: () => metrics.requestStarted(now()),
        onRegion: (region) => {
          answeredRegion = region;
        },
      };
      for await (const event of options.streamColumn(column, shared, signal, hooks)) {
        if (signal.aborted) break;
        record(event);
      }
      if (signal.aborted && !accumulator.error) record({ type: 'error', error: toArenaError(null, signal) });
    } catch (error) {
      record({ type: 'error', error: toArenaError(error, signal) });
    }
    coalescer.flush();
    const base = accumulator.result(metrics.finish(now(), accumulator.usage));
    const priced = answeredRegion ? { ...column, region: answeredRegion } : column;
    const result = { ...base, cost: base.usage ? computeCost(base.usage, options.priceFor?.(priced)) : null };
    options.emit({ type: 'compare.column-done', runId, columnId: column.columnId, result });
    return result;
  }

  return {
    start(request: CompareRequest): RunHandle {
      const runId = newRunId();
      runs.set(runId, new Map(request.columns.map((column) => [column.columnId, new AbortController()])));
      const done = Promise.all(
        request.columns.map(
          async (column) => [column.columnId, await runColumn(runId, column, request)] as const,
        ),
      ).then((entries) => {
        runs.delete(runId);
        return new Map(entries);
      });
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

    activeRuns(): string[] {
      return [...runs.keys()];
    },
  };
}

export type CompareOrchestrator = ReturnType<typeof createCompareOrchestrator>;
