import { Eye } from 'lucide-react';
import { type CSSProperties, useMemo, useState } from 'react';
import { createStore } from 'zustand/vanilla';
import type { StoredTurn } from '../../../../src-shared/history.ts';
import { columnLabels } from '../playground/column-labels.ts';
import {
  type ColumnRunsView,
  ReadOnlyColumns,
  type ReadOnlyColumnsSource,
} from '../playground/column-run-source.ts';
import { type DiffColumn, DiffDialog } from '../playground/diff/DiffDialog.tsx';
import { hiddenTurnLabels, shownColumns } from './blind-turn.ts';
import { historyDate, voteText } from './history-format.ts';
import { StoredColumnView } from './StoredColumnView.tsx';
import { turnRuns } from './stored-run.ts';

interface StoredTurnViewProps {
  turn: StoredTurn;
  /** A blind turn neither voted on nor revealed: its columns are "Model A", "Model B", … as shown. */
  namesHidden: boolean;
  /** Shows the names of a hidden turn (nothing is stored: the turn can still be voted on). */
  onReveal: () => void;
}

/** Each column's name: "provider/model", or, hidden, "Model A"… in the order the Playground showed. */
function labelsOf(turn: StoredTurn, namesHidden: boolean): ReadonlyMap<string, string> {
  if (namesHidden) return hiddenTurnLabels(turn);
  return columnLabels(turn.columns.map((column) => ({ ...column, id: column.columnId })));
}

/** One prompt of a conversation and every column's answer to it, as the Playground showed them. */
export function StoredTurnView({ turn, namesHidden, onReveal }: StoredTurnViewProps) {
  const [comparedId, setComparedId] = useState<string | null>(null);
  const source = useMemo<ReadOnlyColumnsSource>(
    () => ({
      store: createStore<ColumnRunsView>(() => ({ columns: turnRuns(turn) })),
      providers: new Map(turn.columns.map((column) => [column.columnId, column.provider])),
      masked: new Set(namesHidden ? turn.columns.map((column) => column.columnId) : []),
    }),
    [turn, namesHidden],
  );
  const labels = useMemo(() => labelsOf(turn, namesHidden), [turn, namesHidden]);
  const columns = useMemo(() => (namesHidden ? shownColumns(turn) : turn.columns), [turn, namesHidden]);
  const answered = useMemo<DiffColumn[]>(
    () =>
      columns.flatMap((column) =>
        column.text
          ? [{ id: column.columnId, label: labels.get(column.columnId) ?? '', text: column.text }]
          : [],
      ),
    [columns, labels],
  );
  const comparable = answered.length >= 2;
  const title = `Turn ${turn.turnIndex + 1}`;
  return (
    <section className="history-turn" aria-label={title}>
      <header className="history-turn-header">
        <h3>
          {title} <span className="history-turn-date">· {historyDate(turn.startedAt)}</span>
          {turn.blind ? <span className="badge">blind</span> : null}
        </h3>
        {namesHidden ? (
          <p className="history-blind-note">
            <span>Blind, not voted: names hidden.</span>
            <button
              type="button"
              className="quiet"
              title="Show which model wrote each answer (no vote is stored)"
              onClick={onReveal}
            >
              <Eye aria-hidden="true" size={16} /> Reveal
            </button>
          </p>
        ) : null}
        {turn.system ? (
          <details className="history-system">
            <summary>System prompt</summary>
            <p className="history-text">{turn.system}</p>
          </details>
        ) : null}
        <p className="history-turn-prompt history-text">
          <span className="visually-hidden">You asked: </span>
          {turn.prompt}
        </p>
        {turn.vote ? <p className="hint">Your vote: {voteText(turn.vote.outcome, labels)}</p> : null}
      </header>
      <ReadOnlyColumns.Provider value={source}>
        <div
          className="pg-columns pg-layout-row history-columns"
          style={{ '--pg-column-count': turn.columns.length } as CSSProperties}
        >
          {columns.map((column) => (
            <StoredColumnView
              key={column.columnId}
              column={column}
              label={labels.get(column.columnId) ?? `${column.provider}/${column.model}`}
              masked={namesHidden}
              onCompare={comparable && column.text ? setComparedId : undefined}
            />
          ))}
        </div>
      </ReadOnlyColumns.Provider>
      {comparedId === null ? null : (
        <DiffDialog columns={answered} comparedId={comparedId} onClose={() => setComparedId(null)} />
      )}
    </section>
  );
}
