// The Playground's diff: the dialog over the columns that have an answer, opened by "Compare with…".
// It compares the answers as they were when it opened (a streaming answer does not re-diff each frame).
import { useMemo } from 'react';
import { columnLabels } from '../column-labels.ts';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { type DiffColumn, DiffDialog } from './DiffDialog.tsx';
import { useColumnDiff } from './diff-store.ts';

function answeredColumns(): DiffColumn[] {
  const setup = usePlaygroundSetup.getState().columns;
  const runs = usePlaygroundRun.getState().columns;
  const labels = columnLabels(setup);
  return setup.flatMap((column) => {
    const text = runs.get(column.id)?.text ?? '';
    return text ? [{ id: column.id, label: labels.get(column.id) ?? column.id, text }] : [];
  });
}

export function PlaygroundDiff() {
  const comparedId = useColumnDiff((state) => state.comparedId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a snapshot per opening, on purpose.
  const columns = useMemo(answeredColumns, [comparedId]);
  if (comparedId === null) return null;
  return (
    <DiffDialog columns={columns} comparedId={comparedId} onClose={() => useColumnDiff.getState().close()} />
  );
}
