/**
 * Whether the page that started the runs is gone, from what the window reports: then nobody can
 * stop or show those runs, and main cancels them (the provider would bill on otherwise). Pure: the
 * Electron adapter and the UI harness both map their events to these and apply the answer.
 */
import { isSameOrigin } from '../security/origin.ts';

/** What the window's web contents reported, in Electron's terms. */
export type PageEvent =
  | { type: 'did-start-navigation'; url: string; isMainFrame: boolean; isSameDocument: boolean }
  | { type: 'render-process-gone' }
  | { type: 'destroyed' };

export function isPageGone(event: PageEvent, appUrl: string): boolean {
  if (event.type !== 'did-start-navigation') return true;
  // A new document in the main frame (Ctrl+R, any reload or load) replaces the page; a hash route or
  // a subframe does not. Navigation off the app's origin is refused (see navigation-policy.ts) and
  // the page stays, so it ends nothing.
  return event.isMainFrame && !event.isSameDocument && isSameOrigin(event.url, appUrl);
}
