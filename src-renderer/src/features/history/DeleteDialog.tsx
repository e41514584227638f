import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useHistory } from './history-store.ts';

interface DeleteDialogProps {
  conversationIds: readonly string[];
  onClose: (deleted: boolean) => void;
}

/**
 * Tab past the last control comes back to the first, and Shift+Tab past the first to the last: a modal
 * dialog makes the page behind inert, but the browser would still let focus leave the document.
 */
function keepFocusInside(event: KeyboardEvent, dialog: HTMLDialogElement | null): void {
  const controls = [...(dialog?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const target = event.shiftKey
    ? document.activeElement === first
      ? last
      : null
    : document.activeElement === last
      ? first
      : null;
  if (!target) return;
  event.preventDefault();
  target.focus();
}

const conversationsText = (count: number) => (count === 1 ? 'this run' : `${count} runs`);

/**
 * Asks before deleting, naming how many. Modal: the page behind is out of reach (focus stays inside),
 * Esc and Cancel close it, and Cancel has focus first so Enter alone deletes nothing.
 */
export function DeleteDialog({ conversationIds, onClose }: DeleteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = conversationIds.length;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const close = (deleted: boolean) => {
    dialog.current?.close();
    onClose(deleted);
  };
  const confirm = async () => {
    setBusy(true);
    const problem = await useHistory.getState().remove(conversationIds);
    setBusy(false);
    if (problem) setError(problem);
    else close(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      keepFocusInside(event, dialog.current);
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close(false);
  };

  return (
    <dialog
      ref={dialog}
      className="history-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close(false);
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
        <button type="button" autoFocus onClick={() => close(false)}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : `Delete ${conversationsText(count)}`}
        </button>
      </div>
    </dialog>
  );
}
