/** Pure decisions for navigation and new windows; the Electron adapter applies them. */
import { allowedExternalLink } from '../core/security/external-links.ts';
import { isSameOrigin } from '../core/security/origin.ts';

/** In-app navigation (a hash change, a reload) stays on the app's origin; leaving it never is allowed. */
export function shouldAllowNavigation(target: string, appUrl: string): boolean {
  return isSameOrigin(target, appUrl);
}

export interface WindowOpenDecision {
  action: 'deny';
  /** Set when the link should open in the user's browser instead: allow-listed https links only. */
  openExternally?: string;
}

export function decideWindowOpen(target: string): WindowOpenDecision {
  const link = allowedExternalLink(target);
  return link ? { action: 'deny', openExternally: link } : { action: 'deny' };
}
