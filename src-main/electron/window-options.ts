import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_WINDOW, MIN_WINDOW, type Rect } from '../core/window-state.ts';

/** The one place the window's security settings are decided; tested without Electron. */
export function createWindowOptions(
  preloadPath: string,
  bounds: Rect | null,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_WINDOW),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'BYOK Arena',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
