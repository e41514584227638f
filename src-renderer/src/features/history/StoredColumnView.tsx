import { GitCompareArrows } from 'lucide-react';
import { memo, useId } from 'react';
import type { StoredColumn } from '../../../../src-shared/history.ts';
import { TierBadge } from '../../ui/TierBadge.tsx';
import { ColumnBody } from '../playground/column/ColumnBody.tsx';
import { ColumnFooter } from '../playground/column/ColumnFooter.tsx';
import { settingsLine } from '../playground/column/ColumnHeader.tsx';
import { AnsweredByBadge, ColumnName } from '../playground/column/ColumnNameParts.tsx';
import { otherAnsweringModel } from '../playground/column/column-format.ts';
import { factsFor, usePriceTable } from '../playground/model-facts.ts';
import { columnSetupOf } from './stored-run.ts';
import '../playground/column/column.css';

/**
 * A stored column as the Playground showed it: its name, tier and settings, then the Playground's own
 * answer and metrics, read from the stored run (see ReadOnlyColumns), with nothing to change or rerun.
 */
export const StoredColumnView = memo(function StoredColumnView({
  column,
  label,
  masked,
  onCompare,
}: {
  column: StoredColumn;
  /** "provider/model", or "Model A" for a blind turn not voted on. */
  label: string;
  /** A blind turn not voted on: the label only, no provider, tier or settings (as in the Playground). */
  masked: boolean;
  /** Opens the diff with this column compared; absent when there is nothing to compare it with. */
  onCompare?: (columnId: string) => void;
}) {
  const titleId = useId();
  return (
    <section className="pg-column" aria-label={label} data-column-id={column.columnId}>
      <header className="pg-column-header">
        <div className="pg-column-title-row">
          {masked ? (
            <h4 id={titleId} className="pg-column-title">
              <span className="pg-model">{label}</span>
            </h4>
          ) : (
            <NamedTitle column={column} label={label} titleId={titleId} />
          )}
          {onCompare ? (
            <button
              type="button"
              className="quiet pg-icon-button"
              aria-label="Compare with…"
              title="Compare with…: this answer against another of this turn, word by word"
              onClick={() => onCompare(column.columnId)}
            >
              <GitCompareArrows aria-hidden="true" size={16} />
            </button>
          ) : null}
        </div>
        {masked ? null : <ColumnFacts column={column} />}
      </header>
      <ColumnBody columnId={column.columnId} label={label} />
      <ColumnFooter columnId={column.columnId} />
    </section>
  );
});

function NamedTitle({ column, label, titleId }: { column: StoredColumn; label: string; titleId: string }) {
  return (
    <h4 id={titleId} className="pg-column-title" title={label}>
      <ColumnName provider={column.provider} model={column.model} label={label} />
    </h4>
  );
}

/** Its tier, the model that answered if another, and its settings. */
function ColumnFacts({ column }: { column: StoredColumn }) {
  const facts = factsFor(usePriceTable(), column.provider, column.model);
  const answeredBy = otherAnsweringModel(column.model, column.answeredModel ?? null);
  const settings = settingsLine(columnSetupOf(column));
  return (
    <div className="pg-column-facts">
      {facts?.tier ? <TierBadge tier={facts.tier} reason={facts.tierReason} /> : null}
      <AnsweredByBadge answeredBy={answeredBy} />
      {settings ? <span className="pg-column-settings-line">{settings}</span> : null}
    </div>
  );
}
