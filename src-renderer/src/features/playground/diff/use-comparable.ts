import { useReadOnlyColumns } from '../column-run-source.ts';
import { usePlaygroundRun } from '../run-store.ts';

/** This column and at least one other have an answer to compare (on the live Playground). */
export function useComparable(columnId: string): boolean {
  const readOnly = useReadOnlyColumns() !== null;
  return usePlaygroundRun((state) => {
    if (readOnly || !state.columns.get(columnId)?.text) return false;
    for (const [id, run] of state.columns) if (id !== columnId && run.text) return true;
    return false;
  });
}
