import { originOf } from '../security/origin.ts';

/** Who sent an IPC call: the frame's URL and whether it is the window's top frame. */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;

/**
 * Trusts only the top frame of a page on the app's own origin, compared whole (scheme, host and
 * port): app://arena in the app, the dev or UI-test server's http origin otherwise. file: pages are
 * never trusted: a file: URL may name another machine (a Windows network share), and the app is
 * served from app:// so it never needs them.
 */
export function createSenderPolicy(appUrl: string): SenderPolicy {
  const appOrigin = originOf(appUrl);
  if (appOrigin === null) {
    throw new Error(
      `The page "${appUrl.slice(0, 200)}" has no origin BYOK Arena can trust: serve the app from app:// (or an http dev server), not file:.`,
    );
  }
  return (sender) => sender.isMainFrame && originOf(sender.url) === appOrigin;
}
