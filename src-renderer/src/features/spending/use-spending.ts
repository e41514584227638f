// The core's spending report for the chosen grouping, asked again whenever the grouping changes and
// whenever an answer finishes while the page is open (the store has just recorded its cost). `to`,
// when set, is the last day counted (a blind round waiting for its vote holds back the days after).
import { useEffect, useState } from 'react';
import type { ArenaError } from '../../../../src-shared/domain.ts';
import type { HistoryStatus, SpendingReport } from '../../../../src-shared/history.ts';
import { getArena } from '../../lib/arena.ts';
import type { GroupBy } from './spending-view.ts';

export type SpendingState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: ArenaError }
  | { phase: 'ready'; report: SpendingReport; status: HistoryStatus | null };

export function useSpending(groupBy: GroupBy, to: string | null): SpendingState {
  const [state, setState] = useState<SpendingState>({ phase: 'loading' });
  useEffect(() => {
    const arena = getArena();
    if (!arena) return;
    let current = true;
    let frame = 0;
    const load = async () => {
      const [report, status] = await Promise.all([
        arena.history.spending(to ? { groupBy, to } : { groupBy }),
        arena.history.status(),
      ]);
      if (!current) return;
      if (!report.ok) setState({ phase: 'failed', error: report.error });
      else setState({ phase: 'ready', report: report.value, status: status.ok ? status.value : null });
    };
    void load();
    // Several columns end together: one request for all of them, on the next frame.
    const unsubscribe = arena.onEvent((event) => {
      if (event.type !== 'compare.column-done' || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        void load();
      });
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [groupBy, to]);
  return state;
}
