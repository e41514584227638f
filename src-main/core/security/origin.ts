/** Schemes whose pages can be the app: our own app:// scheme, and http(s) for the dev and test servers. */
const SCHEMES_WITH_ORIGIN: ReadonlySet<string> = new Set(['app:', 'http:', 'https:']);

/**
 * The origin (scheme, host and port) of a URL we might trust, or null when it has none we would
 * trust: not a URL, user info in it, no host, or a scheme such as file:, data:, blob: or about:.
 *
 * Computed here rather than read from `URL.origin`: Node gives every URL of a scheme it does not
 * know (app:) the opaque origin "null", so app://evil and app://arena would compare equal.
 */
export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!SCHEMES_WITH_ORIGIN.has(url.protocol)) return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

/** True when both URLs have an origin we would trust and it is the same one. */
export function isSameOrigin(a: string, b: string): boolean {
  const origin = originOf(a);
  return origin !== null && origin === originOf(b);
}
