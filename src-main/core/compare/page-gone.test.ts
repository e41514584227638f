import { describe, expect, it } from 'vitest';
import { isPageGone, type PageEvent } from './page-gone.ts';

const APP = 'app://arena/index.html';
const navigation = (url: string, isMainFrame: boolean, isSameDocument: boolean): PageEvent => ({
  type: 'did-start-navigation',
  url,
  isMainFrame,
  isSameDocument,
});

describe('which events mean the page that started the runs is gone', () => {
  it('a new document in the main frame on the app: a reload, or another page of the app', () => {
    expect(isPageGone(navigation(APP, true, false), APP)).toBe(true);
    expect(isPageGone(navigation('app://arena/other.html', true, false), APP)).toBe(true);
    expect(isPageGone(navigation('http://127.0.0.1:5173/', true, false), 'http://127.0.0.1:5173/#keys')).toBe(
      true,
    );
  });

  it('its renderer crashed or was killed, or the window is destroyed', () => {
    expect(isPageGone({ type: 'render-process-gone' }, APP)).toBe(true);
    expect(isPageGone({ type: 'destroyed' }, APP)).toBe(true);
  });

  it('not a move within the page (the hash routes), nor anything in a subframe', () => {
    expect(isPageGone(navigation(`${APP}#history`, true, true), APP)).toBe(false);
    expect(isPageGone(navigation(APP, false, false), APP)).toBe(false);
    expect(isPageGone(navigation('https://example.com/', false, false), APP)).toBe(false);
  });

  it('not a navigation away from the app, which the navigation policy refuses: the page stays', () => {
    for (const url of ['https://api.openai.com/', 'app://evil/index.html', 'file:///etc/passwd', '']) {
      expect(isPageGone(navigation(url, true, false), APP), url).toBe(false);
    }
  });
});
