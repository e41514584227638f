import { isAbsolute, relative, resolve } from 'node:path';
import { originOf } from '../security/origin.ts';
import { APP_ORIGIN } from './app-scheme.ts';

export type AppPathResolution = { ok: true; file: string } | { ok: false; status: 403 | 404; reason: string };

/** Far longer than any path in the build; a longer one is not a file of ours. */
const MAX_PATH_LENGTH = 1024;
/**
 * What a decoded path segment may contain: the characters of the build's file names. This alone
 * rules out backslashes, NUL, drive letters (":"), percent signs and spaces.
 */
const SAFE_SEGMENT = /^[\w.@+~-]{1,255}$/;

/**
 * The file under `rootDir` that an app:// URL names, or why it names none. Only the app's origin is
 * served; the path is decoded once and every segment checked (no "." or "..", only file-name
 * characters), then the joined path must still be inside `rootDir`.
 */
export function resolveAppPath(rawUrl: string, rootDir: string): AppPathResolution {
  if (originOf(rawUrl) !== APP_ORIGIN) return { ok: false, status: 403, reason: 'not the app origin' };
  const { pathname } = new URL(rawUrl);
  if (pathname.length > MAX_PATH_LENGTH) return notFound('the path is too long');
  const encoded = pathname === '' || pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of encoded) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return notFound('a malformed escape');
    }
    if (!SAFE_SEGMENT.test(segment) || segment === '.' || segment === '..') {
      return notFound('a path segment that is not a file name');
    }
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return notFound('outside the app folder');
  return { ok: true, file };
}

function notFound(reason: string): AppPathResolution {
  return { ok: false, status: 404, reason };
}
