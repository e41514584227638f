// Where a column's components read its run: the live Playground store, or, under a ReadOnlyColumns
// provider, a fixed set of finished runs (History shows stored turns with the same components).
import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand';
import type { ColumnRun } from './run-state.ts';

export interface ColumnRunsView {
  columns: ReadonlyMap<string, ColumnRun>;
}

export interface ReadOnlyColumnsSource {
  store: StoreApi<ColumnRunsView>;
  /** Each column's provider id, for the error card's provider name. */
  providers: ReadonlyMap<string, string>;
  /** Columns of a blind turn not voted on yet: shown like an unrevealed round's (see useBlindMasked). */
  masked: ReadonlySet<string>;
}

/** Set by a read-only view: columns show their runs with no action that would change or rerun them. */
export const ReadOnlyColumns = createContext<ReadOnlyColumnsSource | null>(null);

/** The read-only source the columns are shown from, or null on the live Playground. */
export const useReadOnlyColumns = (): ReadOnlyColumnsSource | null => useContext(ReadOnlyColumns);
