// What the window's modal dialogs share: shown modal while mounted, Esc kept from the page behind, and
// (where a dialog asks for it) Tab kept inside.
import { type KeyboardEvent, type SyntheticEvent, useEffect, useRef } from 'react';

const FOCUSABLE = [
  'button:not(:disabled)',
  '[href]',
  'input:not(:disabled)',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/**
 * Tab past the last control comes back to the first, and Shift+Tab past the first to the last: a modal
 * dialog makes the page behind inert, but the browser would still let focus leave the document.
 */
export function trapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A <dialog> shown modal from mount to unmount. Esc and the browser's cancel call `onDismiss`, after
 * closing the dialog so the page is no longer inert when focus goes back to it; Esc stops here, since
 * the page's own Esc would cancel the running columns. Spread `dialogProps` on the <dialog>.
 */
export function useModalDialog(onDismiss: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const dismiss = () => {
    ref.current?.close();
    onDismiss();
  };
  const dialogProps = {
    ref,
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      dismiss();
    },
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      dismiss();
    },
  };
  return { ref, dialogProps, dismiss };
}
