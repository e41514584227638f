import type { WebContents } from 'electron';
import { isPageGone, type PageEvent } from '../core/compare/page-gone.ts';

/**
 * Cancels the runs a window's page started once that page is gone (reloaded, navigated, crashed or
 * closed): nothing could stop them any more, and the providers would go on billing. The app has one
 * window, so its runs are all the runs.
 */
export function endRunsWithPage(
  contents: WebContents,
  appUrl: string,
  cancelAll: () => number,
  log: (message: string) => void,
): void {
  const onPageEvent = (event: PageEvent) => {
    if (!isPageGone(event, appUrl)) return;
    const cancelled = cancelAll();
    if (cancelled > 0)
      log(`cancelled ${cancelled} run(s): the page that started them is gone (${event.type})`);
  };
  contents.on('did-start-navigation', ({ url, isMainFrame, isSameDocument }) =>
    onPageEvent({ type: 'did-start-navigation', url, isMainFrame, isSameDocument }),
  );
  contents.on('render-process-gone', () => onPageEvent({ type: 'render-process-gone' }));
  contents.on('destroyed', () => onPageEvent({ type: 'destroyed' }));
}
