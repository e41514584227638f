import { ColumnActions } from '../column/ColumnActions.tsx';

interface BlindColumnHeaderProps {
  columnId: string;
  /** "Model B" */
  name: string;
  titleId: string;
  first: boolean;
  last: boolean;
}

/** An unrevealed blind column's header: its blind name only, no provider, settings, tier or quality. */
export function BlindColumnHeader({ columnId, name, titleId, first, last }: BlindColumnHeaderProps) {
  return (
    <header className="pg-column-header">
      <div className="pg-column-title-row">
        <h2 id={titleId} className="pg-column-title" tabIndex={-1}>
          <span className="pg-model">{name}</span>
        </h2>
      </div>
      <div className="pg-column-facts">
        <span className="badge pg-blind-badge">blind: names show after your vote</span>
      </div>
      <ColumnActions columnId={columnId} first={first} last={last} />
    </header>
  );
}
