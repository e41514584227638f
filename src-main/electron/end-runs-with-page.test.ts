// The adapter's wiring: Electron's events, in the shapes Electron emits them, reach the decision.
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { endRunsWithPage } from './end-runs-with-page.ts';

const APP = 'app://arena/index.html';

function wired() {
  const contents = new EventEmitter();
  const calls = { cancelled: 0, logged: [] as string[] };
  endRunsWithPage(
    contents as unknown as WebContents,
    APP,
    () => {
      calls.cancelled++;
      return 2;
    },
    (message) => calls.logged.push(message),
  );
  return { contents, calls };
}

/** did-start-navigation's first argument: an Electron event carrying the details. */
const navigation = (url: string, isMainFrame: boolean, isSameDocument: boolean) => ({
  preventDefault: () => {},
  url,
  isMainFrame,
  isSameDocument,
  frame: null,
});

describe('ending the runs of a page that is gone', () => {
  it('cancels on a reload of the main frame, and says how many runs it ended', () => {
    const { contents, calls } = wired();
    contents.emit('did-start-navigation', navigation(APP, true, false), APP, false, true, 1, 1);
    expect(calls.cancelled).toBe(1);
    expect(calls.logged).toEqual([
      'cancelled 2 run(s): the page that started them is gone (did-start-navigation)',
    ]);
  });

  it('cancels when the renderer is gone or the window destroyed', () => {
    const { contents, calls } = wired();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    contents.emit('destroyed');
    expect(calls.cancelled).toBe(2);
  });

  it('leaves the runs alone on a hash route, a subframe, or a navigation the policy refuses', () => {
    const { contents, calls } = wired();
    contents.emit('did-start-navigation', navigation(`${APP}#keys`, true, true));
    contents.emit('did-start-navigation', navigation(APP, false, false));
    contents.emit('did-start-navigation', navigation('https://example.com/', true, false));
    expect(calls.cancelled).toBe(0);
  });
});
