import { type CSSProperties, useEffect, useMemo, useRef } from 'react';
import { EmptyState } from '../../../ui/EmptyState.tsx';
import { hiddenRound, inBlindOrder, useBlind } from '../blind/blind-store.ts';
import { blindName } from '../blind/shuffle.ts';
import { Column } from '../column/Column.tsx';
import { columnLabels } from '../column-labels.ts';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { usePlaygroundView } from '../view-store.ts';
import { syncScroll } from './scroll-sync.ts';

/** The columns side by side (scrolling sideways past what fits) or in a grid; one can fill the area. */
export function ColumnsArea() {
  const setupColumns = usePlaygroundSetup((state) => state.columns);
  // A blind round shows its columns in its shuffled order, named "Model A", … until revealed.
  const round = useBlind((state) => state.round);
  const columns = useMemo(() => inBlindOrder(setupColumns, round), [setupColumns, round]);
  const hiddenOrder = hiddenRound({ round })?.order ?? null;
  const layout = usePlaygroundSetup((state) => state.layout);
  const sync = usePlaygroundSetup((state) => state.syncScroll);
  const maximizedId = usePlaygroundView((state) => state.maximizedId);
  const area = useRef<HTMLDivElement>(null);
  const labels = useMemo(() => columnLabels(columns), [columns]);
  const maximized = columns.some((column) => column.id === maximizedId) ? maximizedId : null;

  const hasColumns = columns.length > 0;
  useEffect(() => {
    if (!sync || !hasColumns || !area.current) return;
    return syncScroll(area.current, '.pg-column-body');
  }, [sync, hasColumns]);

  // Once a run's answers begin (the prompt box above has settled by then), the columns come into view
  // whole, metrics included, scrolling the page as little as it can.
  useEffect(() => {
    let pending = false;
    return usePlaygroundRun.subscribe((state, previous) => {
      if (state.running && !previous.running) pending = true;
      if (!pending || state.columns === previous.columns) return;
      const begun = [...state.columns.values()].some((run) => run.phase === 'streaming' || run.summary);
      if (!begun) return;
      pending = false;
      area.current?.scrollIntoView({ block: 'nearest' });
    });
  }, []);

  if (columns.length === 0) {
    return (
      <EmptyState title="No comparison yet">
        <p>
          Add a model above, or pick a preset such as "MiniMax vs the field", then write a prompt and press
          Run.
        </p>
      </EmptyState>
    );
  }
  const className = ['pg-columns', `pg-layout-${layout}`, maximized ? 'pg-has-maximized' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} ref={area} style={{ '--pg-column-count': columns.length } as CSSProperties}>
      {columns.map((column, index) => (
        <Column
          key={column.id}
          column={column}
          label={
            hiddenOrder?.includes(column.id)
              ? blindName(hiddenOrder.indexOf(column.id))
              : (labels.get(column.id) ?? `${column.provider}/${column.model}`)
          }
          first={index === 0}
          last={index === columns.length - 1}
          hidden={maximized !== null && maximized !== column.id}
          maximized={maximized === column.id}
        />
      ))}
    </div>
  );
}
