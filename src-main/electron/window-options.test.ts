import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, MIN_WINDOW } from '../core/window-state.ts';
import { createWindowOptions } from './window-options.ts';

describe('BrowserWindow options', () => {
  it('hold the security settings', () => {
    const options = createWindowOptions('/app/out/preload/index.js', null);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('use saved bounds when given, defaults otherwise, and never go below the minimum size', () => {
    expect(createWindowOptions('p', null)).toMatchObject(DEFAULT_WINDOW);
    expect(createWindowOptions('p', { x: 10, y: 20, width: 1000, height: 700 })).toMatchObject({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: MIN_WINDOW.width,
      minHeight: MIN_WINDOW.height,
    });
  });
});
