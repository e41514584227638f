// The rule: only the top frame of a page on the app's own origin (scheme, host and port, all three)
// may call main. The same path on any other scheme or host, and pages with no origin of their own
// (data:, blob:, about:, file:), never may; an app whose page has no trustable origin cannot be built.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSenderPolicy } from './sender-policy.ts';

const top = (url: string) => ({ url, isMainFrame: true });

const APPS = [
  { app: 'app://arena/index.html', path: '/index.html' },
  { app: 'http://127.0.0.1:5173/index.html', path: '/index.html' },
] as const;

describe('sender policy: the same path elsewhere is never the app', () => {
  it.each(APPS)('$app', ({ app, path }) => {
    const trusted = createSenderPolicy(app);
    expect(trusted(top(app))).toBe(true);
    for (const url of [
      `https://evil${path}`,
      `http://evil${path}`,
      `https://arena${path}`,
      `http://arena${path}`,
      `https://127.0.0.1:5173${path}`,
      `http://127.0.0.1:5174${path}`,
      `http://localhost:5173${path}`,
      `http://[::1]:5173${path}`,
      `app://evil${path}`,
      `app://127.0.0.1:5173${path}`,
      `ws://127.0.0.1:5173${path}`,
      `file://${path}`,
      `file://arena${path}`,
      `data:text/html,<title>${path}</title>`,
      `data:text/html;base64,${Buffer.from(`<a href="${app}">`).toString('base64')}`,
      `blob:${app.replace(path, '')}/6f1d1d2e-2b0c-4c1f-9a55-8d1b8a4f0e61`,
      `blob:null/6f1d1d2e-2b0c-4c1f-9a55-8d1b8a4f0e61`,
      'about:blank',
      `about:blank#${app}`,
      'about:srcdoc',
      `view-source:${app}`,
      `filesystem:${app.replace(path, '')}/temporary${path}`,
      `javascript:location='${app}'`,
      `chrome-extension://arena${path}`,
      `devtools://devtools${path}`,
    ]) {
      expect(trusted(top(url)), url).toBe(false);
    }
  });

  it.each(APPS)(
    '$app: its own origin with any path, query or fragment is trusted (property)',
    ({ app, path }) => {
      const trusted = createSenderPolicy(app);
      const origin = app.slice(0, app.length - path.length);
      fc.assert(
        fc.property(fc.webPath(), fc.webQueryParameters(), fc.webFragments(), (anyPath, query, fragment) => {
          const url = `${origin}${anyPath.startsWith('/') ? anyPath : `/${anyPath}`}?${query}#${fragment}`;
          expect(trusted(top(url)), url).toBe(true);
          expect(trusted({ url, isMainFrame: false }), url).toBe(false);
        }),
      );
    },
  );

  it.each(APPS)('$app: a web page of any other origin is never trusted (property)', ({ app }) => {
    const trusted = createSenderPolicy(app);
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(trusted(top(url)), url).toBe(false);
      }),
    );
  });

  it.each([
    'file:///opt/arena/out/renderer/index.html',
    'file://other-host/share/out/renderer/index.html',
    'ws://127.0.0.1:5173/',
    'app:///index.html',
    'data:text/html,<p>app</p>',
    'blob:app://arena/6f1d1d2e-2b0c-4c1f-9a55-8d1b8a4f0e61',
    'about:blank',
    'javascript:void 0',
    'app://user@arena/index.html',
  ])('an app served from %s cannot be built, so nothing can trust it', (app) => {
    expect(() => createSenderPolicy(app)).toThrow(/serve the app from app:\/\//);
  });
});
