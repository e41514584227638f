import { useEffect } from 'react';
import { useNavigation } from './navigation-store.ts';
import { PAGES } from './pages.ts';
import { useSidebar } from './sidebar-store.ts';

/** Ctrl/Cmd + 1…6 switches pages, so every page is one chord away; Ctrl/Cmd + B folds the sidebar. */
export function usePageShortcuts(): void {
  const go = useNavigation((state) => state.go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() === 'b') {
        event.preventDefault();
        useSidebar.getState().toggle();
        return;
      }
      const page = PAGES[Number(event.key) - 1];
      if (!page) return;
      event.preventDefault();
      go(page.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
