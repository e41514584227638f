// The Playground's "Export…" on the title's line: its current conversation, or its latest run, once
// main has named it.
import { useRoundHidden } from '../playground/blind/blind-store.ts';
import { usePlaygroundRun } from '../playground/run-store.ts';
import { ExportMenu } from './ExportMenu.tsx';

/** The run most columns last answered in (a retried column runs apart, in a run of its own). */
function latestRunId(runIds: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const runId of runIds) {
    const count = (counts.get(runId) ?? 0) + 1;
    counts.set(runId, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = runId;
  }
  return best;
}

export function PlaygroundExport() {
  const conversationId = usePlaygroundRun((state) => state.conversationId);
  const running = usePlaygroundRun((state) => state.running);
  const runId = usePlaygroundRun((state) => latestRunId([...state.columns.values()].map((run) => run.runId)));
  const blind = useRoundHidden();
  if (!conversationId) return null;
  return (
    <ExportMenu
      conversationId={conversationId}
      runId={runId}
      align="end"
      blockedReason={
        running
          ? 'Wait for the run to end: an export holds finished answers.'
          : blind
            ? 'Vote or reveal the names first: an export names every model.'
            : null
      }
    />
  );
}
