import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { createArenaCore } from '../core/app-core.ts';
import { APP_INDEX_URL } from '../core/app-protocol/app-scheme.ts';
import { createSenderPolicy } from '../core/ipc/sender-policy.ts';
import { JsonFileStore } from '../core/store/json-file-store.ts';
import { fitToDisplays, loadWindowState, saveWindowState } from '../core/window-state.ts';
import { registerAppScheme, serveAppScheme } from './app-protocol.ts';
import { createElectronKeyStore } from './electron-key-store.ts';
import { endRunsWithPage } from './end-runs-with-page.ts';
import { hardenApp } from './harden-app.ts';
import { createEventSender, registerIpc } from './ipc-bridge.ts';
import { createSafeStorageCipher } from './safe-storage-cipher.ts';
import { createSaveDialog } from './save-dialog.ts';
import { createWindowOptions } from './window-options.ts';

const here = import.meta.dirname;
const rendererDir = join(here, '../renderer');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
/** The dev server in `npm run dev`; otherwise the build, served from app:// (never file:). */
const appUrl = devServerUrl ?? APP_INDEX_URL;

function createMainWindow(windowStore: JsonFileStore): BrowserWindow {
  const saved = loadWindowState(windowStore);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow(
    createWindowOptions(join(here, '../preload/index.js'), fitToDisplays(saved.bounds, workAreas)),
  );
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      saveWindowState(windowStore, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window's position is no reason to stop the app from closing.
      console.log(`[arena] ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  void window.loadURL(appUrl);
  return window;
}

export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    hardenApp(appUrl);
    serveAppScheme(rendererDir);
    const dataDir = app.getPath('userData');
    const keyStore = createElectronKeyStore(dataDir);
    const log = (message: string) => console.log(`[arena] ${message}`);
    const core = createArenaCore({
      host: 'electron',
      version: app.getVersion(),
      dataDir,
      isTrustedSender: createSenderPolicy(appUrl),
      emit: createEventSender(() => mainWindow?.webContents ?? null),
      vault: { cipher: await createSafeStorageCipher(), ...keyStore },
      env: process.env,
      log,
      chooseSavePath: createSaveDialog(() => mainWindow),
    });
    registerIpc(core.router);
    // Columns still streaming are kept in history as interrupted, with what they had received.
    app.once('will-quit', () => core.close());
    // At most once a day (the refresher skips a fresh copy); offline, the bundled prices serve.
    void core.prices.refresh();
    const windowStore = new JsonFileStore(join(dataDir, 'window-state.json'));
    mainWindow = createMainWindow(windowStore);
    endRunsWithPage(mainWindow.webContents, appUrl, () => core.compare.cancelAll(), log);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
