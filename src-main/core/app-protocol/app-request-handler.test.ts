import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from './app-request-handler.ts';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES } from './app-scheme.ts';
import { contentTypeFor } from './content-type.ts';
import { resolveAppPath } from './resolve-app-path.ts';

/** A renderer folder with a secret beside it that no app:// URL may reach. */
let root: string;
let renderer: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'arena-app-protocol-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>BYOK Arena</title>');
  writeFileSync(join(renderer, 'assets', 'index-AbC_12.js'), 'export const x = 1;');
  writeFileSync(join(renderer, 'assets', 'index-AbC_12.css'), 'body{}');
  writeFileSync(join(renderer, 'icon.svg'), '<svg/>');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  writeFileSync(join(root, 'renderer-evil.txt'), 'SECRET');
});

describe('app:// scheme', () => {
  it('is a fixed origin, registered standard and secure with fetch, and never readable cross-origin', () => {
    expect(APP_ORIGIN).toBe('app://arena');
    expect(APP_INDEX_URL).toBe('app://arena/index.html');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('resolveAppPath', () => {
  it('maps app://arena paths to files inside the renderer folder', () => {
    expect(resolveAppPath('app://arena/index.html', renderer)).toEqual({
      ok: true,
      file: join(renderer, 'index.html'),
    });
    expect(resolveAppPath('app://arena/', renderer)).toEqual({
      ok: true,
      file: join(renderer, 'index.html'),
    });
    expect(resolveAppPath('app://arena', renderer)).toEqual({ ok: true, file: join(renderer, 'index.html') });
    expect(resolveAppPath('app://arena/assets/index-AbC_12.js?v=1#x', renderer)).toEqual({
      ok: true,
      file: join(renderer, 'assets', 'index-AbC_12.js'),
    });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://arena.evil/index.html'],
    ['a port', 'app://arena:80/index.html'],
    ['user info', 'app://evil@arena/index.html'],
    ['no host', 'app:///index.html'],
    ['another scheme', 'file:///index.html'],
    ['not a URL', 'not a url'],
  ])('refuses %s as not the app origin', (_name, url) => {
    expect(resolveAppPath(url, renderer)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    ['encoded slashes and dots', 'app://arena/assets/..%2f..%2fsecret.txt'],
    ['encoded dot segments and slashes', 'app://arena/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['an encoded dot-dot segment', 'app://arena/assets/%2e%2e%2fsecret.txt'],
    ['a double-encoded dot-dot', 'app://arena/%252e%252e/secret.txt'],
    ['an encoded backslash', 'app://arena/..%5csecret.txt'],
    ['a raw backslash', 'app://arena/assets/..\\..\\secret.txt'],
    ['an encoded NUL', 'app://arena/index.html%00.js'],
    ['an absolute path', 'app://arena/%2fetc%2fpasswd'],
    ['a Windows drive', 'app://arena/C:%5cWindows%5cwin.ini'],
    ['a sibling folder sharing the prefix', 'app://arena/..%2frenderer-evil.txt'],
    ['a trailing slash', 'app://arena/assets/'],
    ['an empty segment', 'app://arena/assets//index-AbC_12.js'],
    ['a malformed escape', 'app://arena/%E0%A4%A'],
    ['a hidden dot segment', 'app://arena/./index.html/%2e'],
    ['an overlong path', `app://arena/${'a/'.repeat(600)}index.html`],
  ])('refuses %s', (_name, url) => {
    const resolved = resolveAppPath(url, renderer);
    expect(resolved.ok).toBe(false);
  });

  it('lets the URL parser remove plain dot segments before it sees them, so they stay inside', () => {
    // WHATWG parsing turns these into /index.html and /secret.txt: inside the folder, or missing.
    expect(resolveAppPath('app://arena/assets/../index.html', renderer)).toEqual({
      ok: true,
      file: join(renderer, 'index.html'),
    });
    expect(resolveAppPath('app://arena/../../secret.txt', renderer)).toEqual({
      ok: true,
      file: join(renderer, 'secret.txt'),
    });
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build produces, and refuses to guess the rest', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-AbC.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-AbC.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/x.png')).toBe('image/png');
    expect(contentTypeFor('/r/README')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/x.constructor')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/x.__proto__')).toBe('application/octet-stream');
  });
});

describe('createAppRequestHandler', () => {
  const handle = () => createAppRequestHandler(renderer);

  it('serves index.html and assets with their content types, and nosniff', async () => {
    const page = await handle()(new Request('app://arena/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>BYOK Arena</title>');
    const script = await handle()(new Request('app://arena/assets/index-AbC_12.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const x = 1;');
  });

  it('answers 404 for a missing file or a folder, 403 for another origin, and never the secret', async () => {
    for (const [url, status] of [
      ['app://arena/missing.js', 404],
      ['app://arena/assets', 404],
      ['app://arena/assets/..%2f..%2fsecret.txt', 404],
      ['app://arena/..%2frenderer-evil.txt', 404],
      ['app://evil/index.html', 403],
    ] as const) {
      const response = await handle()(new Request(url));
      expect(response.status, url).toBe(status);
      expect(await response.text(), url).not.toContain('SECRET');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handle()(new Request('app://arena/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle()(new Request('app://arena/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});

const BUILT_RENDERER = join(import.meta.dirname, '../../../out/renderer');

describe.skipIf(!existsSync(join(BUILT_RENDERER, 'index.html')))('the built renderer (out/renderer)', () => {
  it('is served whole: every file resolves, with a named content type', async () => {
    const files = readdirSync(BUILT_RENDERER, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(BUILT_RENDERER, join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect(files).toContain('index.html');
    const handle = createAppRequestHandler(BUILT_RENDERER);
    for (const file of files) {
      const response = await handle(new Request(`app://arena/${file}`, { method: 'HEAD' }));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).not.toBe('application/octet-stream');
    }
  });
});
