import type { ColumnSoFar, RunObserver } from '../compare/orchestrator.ts';
import type { HistoryStore } from './history-store.ts';

export interface HistoryRecorder extends RunObserver {
  /** At shutdown: every column still running is saved as interrupted, with what it had received. */
  interruptAll(): void;
}

/**
 * Records every run in the history store: the run and its columns as sent when it starts, each column
 * whole as it ends. The request's conversationId is the one compare.start chose (see conversationFor).
 */
export function createHistoryRecorder(
  store: HistoryStore,
  now: () => Date = () => new Date(),
): HistoryRecorder {
  /** Columns not ended yet, by run, with a reader of what each has received. */
  const running = new Map<string, Map<string, () => ColumnSoFar>>();
  return {
    runStarted(runId, request) {
      running.set(runId, new Map());
      store.recordRunStart({
        runId,
        conversationId: request.conversationId ?? crypto.randomUUID(),
        startedAt: now(),
        prompt: request.prompt,
        system: request.system ?? null,
        params: request.params,
        blind: request.blind ?? false,
        ...(request.blindOrder ? { blindOrder: request.blindOrder } : {}),
        columns: request.columns,
      });
    },
    columnStarted(runId, columnId, soFar) {
      running.get(runId)?.set(columnId, soFar);
    },
    columnEnded(runId, columnId, outcome) {
      const columns = running.get(runId);
      columns?.delete(columnId);
      if (columns?.size === 0) running.delete(runId);
      store.recordColumnEnd(runId, columnId, outcome);
    },
    interruptAll() {
      for (const [runId, columns] of running)
        for (const [columnId, soFar] of columns) store.recordInterrupted(runId, columnId, soFar());
      running.clear();
    },
  };
}
