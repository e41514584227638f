/** Pure decisions for navigation and new windows; the Electron adapter applies them. */

export function isAppUrl(target: string, appUrl: string): boolean {
  try {
    const url = new URL(target);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    return url.origin === app.origin;
  } catch {
    return false;
  }
}

/** In-app navigation (a hash change, a reload) is fine; leaving the app's page never is. */
export function shouldAllowNavigation(target: string, appUrl: string): boolean {
  return isAppUrl(target, appUrl);
}

export interface WindowOpenDecision {
  action: 'deny';
  /** Set when the link should open in the user's browser instead: https only. */
  openExternally?: string;
}

export function decideWindowOpen(target: string): WindowOpenDecision {
  try {
    const url = new URL(target);
    if (url.protocol === 'https:') return { action: 'deny', openExternally: url.href };
  } catch {
    // not a URL: deny
  }
  return { action: 'deny' };
}
