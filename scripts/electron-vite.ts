// `npm start` / `npm run dev`: make sure an Electron binary exists (downloading it on first use,
// as the electron package does), then run electron-vite with ELECTRON_EXEC_PATH pointing at it.
// electron-vite itself only reads node_modules/electron/path.txt and fails with "Electron
// uninstall" on a fresh clone, before the binary has ever been downloaded.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findElectronBinary } from './electron-binary.ts';

const TROUBLESHOOTING = `Electron could not be downloaded. Behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1;
offline, point ELECTRON_MIRROR at a reachable mirror, or set ELECTRON_OVERRIDE_DIST_PATH to a folder
holding an Electron ${readElectronVersion()} binary. Then run "npx install-electron" and try again.`;

function readElectronVersion(): string {
  try {
    return (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  } catch {
    return '';
  }
}

function ensureElectron(): string {
  const found = findElectronBinary();
  if (found.found) return found.path;
  if (process.env.ELECTRON_EXEC_PATH || process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    // The user pointed at a binary of their own: say what is wrong with it rather than download.
    process.stderr.write(`Electron: ${found.reason}\n`);
    process.exit(1);
  }
  process.stderr.write('No Electron binary yet: downloading it once (about 100 MB)…\n');
  try {
    // The electron package downloads its binary when first required and returns its path.
    return createRequire(import.meta.url)('electron') as string;
  } catch {
    process.stderr.write(`${TROUBLESHOOTING}\n`);
    process.exit(1);
  }
}

const [command = 'preview', ...rest] = process.argv.slice(2);
const electronPath = ensureElectron();
const result = spawnSync('npx', ['electron-vite', command, ...rest], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
});
process.exit(result.status ?? 1);
