/** Who sent an IPC call: the frame's URL and whether it is the window's top frame. */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;

/**
 * Trusts only the top frame of our own page. For file: URLs the document path must match the
 * app's index.html exactly; for http(s) (the dev server, the UI test server) the origin must match.
 */
export function createSenderPolicy(appUrl: string): SenderPolicy {
  const app = new URL(appUrl);
  return (sender) => {
    if (!sender.isMainFrame) return false;
    let url: URL;
    try {
      url = new URL(sender.url);
    } catch {
      return false;
    }
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    return url.origin === app.origin;
  };
}
