import { memo, useId } from 'react';
import type { PlaygroundColumn } from '../setup-store.ts';
import { ColumnBody } from './ColumnBody.tsx';
import { ColumnFooter } from './ColumnFooter.tsx';
import { ColumnHeader } from './ColumnHeader.tsx';
import './column.css';

interface ColumnProps {
  column: PlaygroundColumn;
  /** "provider/model", plus " #2" for a duplicate: the region's accessible name. */
  label: string;
  first: boolean;
  last: boolean;
  /** Another column is maximized: this one steps aside (kept, with its scroll position). */
  hidden: boolean;
  maximized: boolean;
}

/** One model's answer with its header and metrics. Re-renders only for its own setup or run. */
export const Column = memo(function Column({ column, label, first, last, hidden, maximized }: ColumnProps) {
  const titleId = useId();
  return (
    <section
      className={maximized ? 'pg-column pg-column-maximized' : 'pg-column'}
      aria-label={label}
      data-column-id={column.id}
      hidden={hidden}
    >
      <ColumnHeader column={column} label={label} titleId={titleId} first={first} last={last} />
      <ColumnBody columnId={column.id} label={label} />
      <ColumnFooter columnId={column.id} />
    </section>
  );
});
