import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron names the app's data folder after package.json's productName. */
export const APP_FOLDER_NAME = 'BYOK Arena';

/** Points the CLI at another data folder (a copy of the app's, a test's temporary one). */
export const DATA_DIR_ENV = 'ARENA_DATA_DIR';

/**
 * The folder the desktop app keeps its data in (Electron's userData): ~/.config/BYOK Arena on Linux
 * ($XDG_CONFIG_HOME when set), ~/Library/Application Support/BYOK Arena on macOS, %APPDATA%\BYOK Arena
 * on Windows. ARENA_DATA_DIR, when set, wins.
 */
export function appDataFolder(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const chosen = env[DATA_DIR_ENV]?.trim();
  if (chosen) return chosen;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER_NAME);
}
