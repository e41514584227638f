import { type CSSProperties, useMemo } from 'react';
import { createStore } from 'zustand/vanilla';
import type { StoredTurn } from '../../../../src-shared/history.ts';
import { columnLabels } from '../playground/column-labels.ts';
import {
  type ColumnRunsView,
  ReadOnlyColumns,
  type ReadOnlyColumnsSource,
} from '../playground/column-run-source.ts';
import { historyDate, voteText } from './history-format.ts';
import { StoredColumnView } from './StoredColumnView.tsx';
import { turnRuns } from './stored-run.ts';

/** One prompt of a conversation and every column's answer to it, as the Playground showed them. */
export function StoredTurnView({ turn }: { turn: StoredTurn }) {
  const source = useMemo<ReadOnlyColumnsSource>(
    () => ({
      store: createStore<ColumnRunsView>(() => ({ columns: turnRuns(turn) })),
      providers: new Map(turn.columns.map((column) => [column.columnId, column.provider])),
    }),
    [turn],
  );
  const labels = useMemo(
    () => columnLabels(turn.columns.map((column) => ({ ...column, id: column.columnId }))),
    [turn],
  );
  const title = `Turn ${turn.turnIndex + 1}`;
  return (
    <section className="history-turn" aria-label={title}>
      <header className="history-turn-header">
        <h3>
          {title} <span className="history-turn-date">· {historyDate(turn.startedAt)}</span>
          {turn.blind ? <span className="badge">blind</span> : null}
        </h3>
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
          {turn.columns.map((column) => (
            <StoredColumnView
              key={column.columnId}
              column={column}
              label={labels.get(column.columnId) ?? `${column.provider}/${column.model}`}
            />
          ))}
        </div>
      </ReadOnlyColumns.Provider>
    </section>
  );
}
