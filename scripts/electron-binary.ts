import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** Where the binary sits inside a distribution folder, as the electron package names it. */
function defaultRelativePath(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Finds the Electron executable the way the electron package does (ELECTRON_OVERRIDE_DIST_PATH,
 * then the downloaded copy named in path.txt), but without its fallback: require('electron')
 * downloads the binary when it is missing, which fails offline.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { found: true, path: env.ELECTRON_EXEC_PATH }
      : {
          found: false,
          reason: `ELECTRON_EXEC_PATH points at ${env.ELECTRON_EXEC_PATH}, which does not exist.`,
        };
  }
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install).' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const relativePath = recorded ?? (override ? defaultRelativePath(process.platform) : null);
  if (!relativePath) {
    return {
      found: false,
      reason: `no Electron binary is installed (${pathFile} is missing; electron >= 42 downloads it on first use, which needs the network — run "npx install-electron" where the network allows).`,
    };
  }
  const binary = join(override ?? join(packageDir, 'dist'), relativePath);
  if (!existsSync(binary)) return { found: false, reason: `the Electron binary ${binary} does not exist.` };
  return { found: true, path: binary };
}
