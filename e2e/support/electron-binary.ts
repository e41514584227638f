import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Finds the Electron executable the way the electron package does, but without its fallback:
 * require('electron') downloads the binary when it is missing, which fails offline.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install).' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  if (!relativePath) {
    return {
      found: false,
      reason: `no Electron binary is installed (${pathFile} is missing; electron >= 42 downloads it on first use, which needs the network — run "npx install-electron" where the network allows).`,
    };
  }
  const binary = join(distDir, relativePath);
  if (!existsSync(binary)) return { found: false, reason: `the Electron binary ${binary} does not exist.` };
  return { found: true, path: binary };
}
