import { useEffect } from 'react';
import { useNavigation } from './navigation-store.ts';
import { PAGES } from './pages.ts';

/** Ctrl/Cmd + 1…5 switches pages, so every page is one chord away from the keyboard. */
export function usePageShortcuts(): void {
  const go = useNavigation((state) => state.go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const page = PAGES[Number(event.key) - 1];
      if (!page) return;
      event.preventDefault();
      go(page.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
