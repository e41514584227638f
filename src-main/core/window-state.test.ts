import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileStore } from './store/json-file-store.ts';
import { fitToDisplays, loadWindowState, MIN_WINDOW, saveWindowState } from './window-state.ts';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('round-trips through the store', () => {
    const store = new JsonFileStore(join(mkdtempSync(join(tmpdir(), 'arena-win-')), 'w.json'));
    expect(loadWindowState(store)).toEqual({ bounds: null, maximized: false });
    saveWindowState(store, { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true });
    expect(loadWindowState(store)).toEqual({
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('ignores a malformed saved state', () => {
    const store = new JsonFileStore(join(mkdtempSync(join(tmpdir(), 'arena-win-')), 'w.json'));
    store.set('window', { bounds: { x: 'left' }, maximized: 'yes' });
    expect(loadWindowState(store)).toEqual({ bounds: null, maximized: false });
  });

  it('keeps bounds that are on a display', () => {
    expect(fitToDisplays({ x: 100, y: 100, width: 1200, height: 800 }, [SCREEN])).toEqual({
      x: 100,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('drops bounds on a display that is gone, and enforces the minimum size', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800 }, [SCREEN])).toBeNull();
    expect(fitToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [SCREEN])).toEqual({
      x: 10,
      y: 10,
      width: MIN_WINDOW.width,
      height: MIN_WINDOW.height,
    });
  });
});
