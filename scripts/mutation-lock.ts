// One mutation run at a time: two runs at once share Stryker's kept results
// (test/mutation/stryker-incremental.json) and its temp folder, so the run that ends last writes its
// results over the other's. The lock file holds the running one's process id; a lock whose process
// is gone (a run killed) is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const MUTATION_LOCK_PATH = 'artifacts/mutation/run.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock, or returns why not: another run's process id is in it and still running. */
export function takeMutationLock(path = MUTATION_LOCK_PATH, pid = process.pid): string | null {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, String(pid), { flag: 'wx' });
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
  if (Number.isInteger(holder) && holder > 0 && holder !== pid && isRunning(holder)) {
    return `Another mutation run (process ${holder}) is going: two at once would write their kept results over each other. Wait for it to end, or stop it; if no run is going, delete ${path}.`;
  }
  writeFileSync(path, String(pid));
  return null;
}

export function releaseMutationLock(path = MUTATION_LOCK_PATH): void {
  rmSync(path, { force: true });
}
