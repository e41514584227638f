import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseMutationLock, takeMutationLock } from './mutation-lock.ts';

const lockPath = () => join(mkdtempSync(join(tmpdir(), 'arena-mutation-lock-')), 'mutation', 'run.lock');

/** The id of a process that has ended (a child run to completion). */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the mutation run lock', () => {
  it('is taken by the first run and refused to a second while the first is running', () => {
    const path = lockPath();
    expect(takeMutationLock(path, process.pid)).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    const refusal = takeMutationLock(path, process.pid + 1);
    expect(refusal).toContain(`process ${process.pid}`);
    expect(refusal).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
  });

  it('is taken over from a run that ended without releasing it, or from an unreadable file', () => {
    const path = lockPath();
    expect(takeMutationLock(path, endedPid())).toBeNull();
    expect(takeMutationLock(path, process.pid)).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    writeFileSync(path, 'not a process id');
    expect(takeMutationLock(path, process.pid)).toBeNull();
  });

  it('is released, so the next run takes it', () => {
    const path = lockPath();
    expect(takeMutationLock(path, process.pid)).toBeNull();
    releaseMutationLock(path);
    expect(existsSync(path)).toBe(false);
    expect(takeMutationLock(path, process.pid + 1)).toBeNull();
  });
});
