import { type ReactElement, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../src-shared/domain.ts';
import { HistoryPage } from '../features/history/HistoryPage.tsx';
import { ImportBanner } from '../features/keys/ImportBanner.tsx';
import { KeysPage } from '../features/keys/KeysPage.tsx';
import { PlanPage } from '../features/plan/PlanPage.tsx';
import { PlaygroundPage } from '../features/playground/PlaygroundPage.tsx';
import { ModelsPricesPage } from '../features/prices/ModelsPricesPage.tsx';
import { useSettings } from '../features/settings/settings-store.ts';
import { SpendingPage } from '../features/spending/SpendingPage.tsx';
import { getArena } from '../lib/arena.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { useNavigation } from './navigation-store.ts';
import { PageFailure } from './PageFailure.tsx';
import { PAGES, type PageId } from './pages.ts';
import { Sidebar } from './Sidebar.tsx';
import { useSidebar } from './sidebar-store.ts';
import { usePageShortcuts } from './use-page-shortcuts.ts';
import { useTheme } from './use-theme.ts';

/**
 * The pages shown one at a time. The Playground is not among them: it stays mounted (hidden) while
 * another page shows, so its columns come back at once, mid-stream or with long answers.
 */
const OTHER_PAGES: Record<Exclude<PageId, 'playground'>, () => ReactElement> = {
  keys: KeysPage,
  prices: ModelsPricesPage,
  plan: PlanPage,
  history: HistoryPage,
  spending: SpendingPage,
};

const PAGE_LABELS: ReadonlyMap<PageId, string> = new Map(PAGES.map((entry) => [entry.id, entry.label]));

export function App() {
  const page = useNavigation((state) => state.page);
  const theme = useSettings((state) => state.settings.theme);
  const sidebarCollapsed = useSidebar((state) => state.collapsed);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(page);
  useTheme(theme);
  usePageShortcuts();

  useEffect(() => {
    const arena = getArena();
    if (!arena) return;
    void useSettings.getState().load();
    void arena.app.info().then((result) => result.ok && setInfo(result.value));
    return arena.onEvent((event) => {
      if (event.type === 'settings.changed') useSettings.getState().receive(event.settings);
    });
  }, []);

  // Moving focus to the new page's heading tells keyboard and screen-reader users where they are.
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    const headings = mainRef.current?.querySelectorAll<HTMLElement>('h1') ?? [];
    [...headings].find((heading) => !heading.closest('[hidden]'))?.focus();
  }, [page]);

  const onPlayground = page === 'playground';
  const Page = onPlayground ? null : OTHER_PAGES[page];
  return (
    <div className={sidebarCollapsed ? 'app-frame sidebar-collapsed' : 'app-frame'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar info={info} />
      <main id="main" ref={mainRef} aria-label={PAGE_LABELS.get(page)}>
        {getArena() ? null : (
          <p className="banner" role="alert">
            This page is running outside BYOK Arena, so it cannot reach providers or keys.
          </p>
        )}
        <ImportBanner hidden={page === 'keys'} onReview={() => useNavigation.getState().go('keys')} />
        <ErrorBoundary fallback={(error) => <PageFailure error={error} hidden={!onPlayground} />}>
          <PlaygroundPage hidden={!onPlayground} />
        </ErrorBoundary>
        {Page ? (
          // A page that failed is given another try when you come back to it.
          <ErrorBoundary key={page} fallback={(error) => <PageFailure error={error} hidden={false} />}>
            <Page />
          </ErrorBoundary>
        ) : null}
      </main>
    </div>
  );
}
