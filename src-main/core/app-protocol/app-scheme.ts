/** The packaged app is served from its own scheme, so the page has a real origin (not file:). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'arena';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Standard (relative URLs resolve, the origin is app://arena), secure (a secure context, so CSP
 * 'self' and module scripts behave as on https) and fetch-capable. Deliberately not corsEnabled
 * (which would let other origins read our files) and not bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;
