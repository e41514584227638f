import { useEffect } from 'react';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundView } from '../view-store.ts';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Esc: a maximized column is restored, else a running comparison is cancelled (an open popup or the
 * help dialog closes first: they take the key). `?` opens the shortcut list. Only while `active`
 * (the Playground shows): Esc on another page cancels nothing.
 */
export function usePlaygroundShortcuts(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const view = usePlaygroundView.getState();
      if (view.helpOpen) return;
      if (event.key === 'Escape') {
        if (view.maximizedId) {
          view.maximize(null);
          event.preventDefault();
        } else if (usePlaygroundRun.getState().running) {
          usePlaygroundRun.getState().cancelAll();
          event.preventDefault();
        }
      } else if (event.key === '?' && !typingIn(event.target)) {
        event.preventDefault();
        view.setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
