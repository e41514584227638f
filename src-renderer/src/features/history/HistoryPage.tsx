import { type ReactNode, useEffect, useState } from 'react';
import { useNavigation } from '../../app/navigation-store.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ConversationView } from './ConversationView.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { HistoryList } from './HistoryList.tsx';
import { HistoryToolbar } from './HistoryToolbar.tsx';
import { isFiltered, NO_FILTER, useHistory } from './history-store.ts';
import './history.css';

/** Said when the database could not be opened or was moved aside (its message names the file). */
function StatusNotice() {
  const status = useHistory((state) => state.status);
  if (!status || status.state === 'ok') return null;
  // The message says what happened, where the old file went and what to do.
  return (
    <p className="banner history-status" role="alert">
      {status.message}
    </p>
  );
}

function SelectionBar({ onDelete }: { onDelete: () => void }) {
  const count = useHistory((state) => state.selected.size);
  if (count === 0) return null;
  return (
    <div className="history-selection">
      <span role="status">{count} selected</span>
      <button type="button" className="danger" onClick={onDelete}>
        Delete selected…
      </button>
      <button type="button" className="quiet" onClick={() => useHistory.getState().clearSelection()}>
        Clear selection
      </button>
    </div>
  );
}

/** "12 runs", "1 run matches", "3 runs match". */
function countText(total: number, filtered: boolean): string {
  const runs = `${total.toLocaleString('en-US')} ${total === 1 ? 'run' : 'runs'}`;
  if (!filtered) return runs;
  return `${runs} ${total === 1 ? 'matches' : 'match'}`;
}

function Listing() {
  const items = useHistory((state) => state.items);
  const total = useHistory((state) => state.total);
  const notice = useHistory((state) => state.notice);
  const loaded = useHistory((state) => state.loaded);
  const loading = useHistory((state) => state.loading);
  const error = useHistory((state) => state.error);
  const unavailable = useHistory((state) => state.status?.state === 'unavailable');
  const filtered = useHistory((state) => isFiltered(state.filter));
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const empty = loaded && total === 0;
  const returning = useHistory((state) => state.returnTo !== null);
  // Nothing left to return to (the last runs were deleted): focus goes to the page's heading.
  useEffect(() => {
    if (!empty || !returning) return;
    useHistory.setState({ returnTo: null });
    document.querySelector<HTMLElement>('.history-page h1')?.focus();
  }, [empty, returning]);

  let body: ReactNode;
  if (unavailable) {
    // The status notice above says why and what to do; there is no list to show.
    body = null;
  } else if (error) {
    body = (
      <p className="pg-error-card" role="alert">
        The runs could not be listed: {error}
      </p>
    );
  } else if (loaded && total === 0 && !filtered) {
    body = (
      <EmptyState title="No runs yet">
        <p>
          Run a prompt in the Playground: every run is kept here with its answers, usage, cost and timings, to
          search, open, continue or run again.
        </p>
        <button type="button" className="primary" onClick={() => useNavigation.getState().go('playground')}>
          Open the Playground
        </button>
      </EmptyState>
    );
  } else if (loaded && total === 0) {
    body = (
      <EmptyState title="No runs match">
        <p>{notice ?? 'Nothing kept matches these words and filters.'}</p>
        <button type="button" onClick={() => useHistory.getState().setFilter(NO_FILTER)}>
          Clear filters
        </button>
      </EmptyState>
    );
  } else {
    body = <HistoryList items={items} total={total} label="Runs, newest first" />;
  }
  return (
    <>
      {/* Nothing kept yet: nothing to search or filter. */}
      {empty && !filtered ? null : <HistoryToolbar />}
      <p className="hint" role="status">
        {loaded && (total > 0 || filtered) ? countText(total, filtered) : ''}
        {notice && total > 0 ? ` · ${notice}` : ''}
        {loading ? ' · loading…' : ''}
      </p>
      <SelectionBar onDelete={() => setDeleting([...useHistory.getState().selected])} />
      {body}
      {deleting ? (
        <DeleteDialog
          conversationIds={deleting}
          onClose={(deleted) => {
            setDeleting(null);
            // The focused checkbox went with its line: focus moves to the first line left.
            if (deleted) useHistory.setState({ returnTo: { conversationId: null } });
          }}
        />
      ) : null}
    </>
  );
}

export function HistoryPage() {
  const opened = useHistory((state) => state.opened);
  const openError = useHistory((state) => state.openError);
  useEffect(() => {
    void useHistory.getState().refresh();
  }, []);
  return (
    <div className="history-page">
      <PageHeader
        title="History"
        summary="Every run with its prompts, answers, usage, cost and timings: search, open, continue, run again."
      />
      <StatusNotice />
      {openError ? (
        <p className="pg-error-card" role="alert">
          {openError}
        </p>
      ) : null}
      {opened ? <ConversationView conversation={opened} /> : <Listing />}
    </div>
  );
}
