// The built app (out/) the ui and startup benches measure: rebuilt when missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

type BuildPart = 'main' | 'preload' | 'renderer';

/** Each part's first built file, and the folders it is built from (src-shared goes into all three). */
const PARTS: Readonly<Record<BuildPart, { built: string; sources: readonly string[] }>> = {
  main: { built: 'out/main/index.js', sources: ['src-main', 'src-shared'] },
  preload: { built: 'out/preload/index.js', sources: ['src-preload', 'src-shared'] },
  renderer: { built: 'out/renderer/index.html', sources: ['src-renderer', 'src-shared'] },
};

/** The newest modification under `path`; tests are not built, so their changes do not count. */
function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Runs `electron-vite build` when one of the parts is missing or older than its sources or the build config. */
export function ensureBuilt(parts: readonly BuildPart[], label: string): void {
  const stale = parts.filter((part) => {
    const built = join(ROOT, PARTS[part].built);
    if (!existsSync(built)) return true;
    const sources = [...PARTS[part].sources, 'electron.vite.config.ts'];
    return statSync(built).mtimeMs < Math.max(...sources.map((source) => newestChange(join(ROOT, source))));
  });
  if (stale.length === 0) return;
  console.log(
    `${label}: out/${stale.join(', out/')} ${stale.length === 1 ? 'is' : 'are'} missing or older than the sources: building (electron-vite build)…`,
  );
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0)
    throw new Error(`${label}: electron-vite build failed; fix the build, then run the bench again.`);
}
