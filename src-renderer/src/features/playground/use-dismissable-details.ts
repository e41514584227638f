import { type KeyboardEvent, type RefObject, useCallback, useEffect } from 'react';

/**
 * A <details> whose panel floats over the page: a press outside closes it, and Esc closes it and
 * returns focus to its summary (taking the key, so Esc does not also cancel a run).
 */
export function useDismissableDetails(details: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const element = details.current;
      if (element?.open && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [details]);

  return useCallback(
    (event: KeyboardEvent) => {
      const element = details.current;
      if (event.key !== 'Escape' || !element?.open) return;
      event.preventDefault();
      event.stopPropagation();
      element.open = false;
      element.querySelector('summary')?.focus();
    },
    [details],
  );
}
