import { useId, useState } from 'react';
import { trapTab, useModalDialog } from '../../ui/modal-dialog.ts';
import { useHistory } from './history-store.ts';

interface DeleteDialogProps {
  conversationIds: readonly string[];
  onClose: (deleted: boolean) => void;
}

const conversationsText = (count: number) => (count === 1 ? 'this run' : `${count} runs`);

/**
 * Asks before deleting, naming how many. Modal: the page behind is out of reach (focus stays inside),
 * Esc and Cancel close it, and Cancel has focus first so Enter alone deletes nothing.
 */
export function DeleteDialog({ conversationIds, onClose }: DeleteDialogProps) {
  const { ref, dialogProps, dismiss } = useModalDialog(() => onClose(false));
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = conversationIds.length;

  const confirm = async () => {
    setBusy(true);
    const problem = await useHistory.getState().remove(conversationIds);
    setBusy(false);
    if (problem) setError(problem);
    else {
      ref.current?.close();
      onClose(true);
    }
  };

  return (
    <dialog
      {...dialogProps}
      className="history-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(event) => {
        trapTab(event);
        dialogProps.onKeyDown(event);
      }}
    >
      <h2 id={titleId}>Delete {conversationsText(count)}?</h2>
      <p id={bodyId}>
        {count === 1 ? 'Its' : 'Their'} prompts, answers, costs and votes are removed from History for good.
        This cannot be undone.
      </p>
      {error ? (
        <p className="pg-error-card" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice has focus first in a destructive dialog. */}
        <button type="button" autoFocus onClick={dismiss}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : `Delete ${conversationsText(count)}`}
        </button>
      </div>
    </dialog>
  );
}
