import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls a durable write makes; the real `node:fs` unless a test injects failures. */
export interface DurableWriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeFileSync(fd: number, data: string): void;
  fchmodSync(fd: number, mode: number): void;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export const NODE_FS: DurableWriteFs = nodeFs;

/**
 * Errors a folder fsync gives where the platform cannot sync folders (Windows: EISDIR or EPERM,
 * some file systems: EINVAL or ENOTSUP). The rename itself has happened; there is nothing to undo.
 */
const FOLDER_SYNC_UNSUPPORTED: ReadonlySet<string> = new Set([
  'EISDIR',
  'EPERM',
  'EACCES',
  'EINVAL',
  'ENOTSUP',
]);

const TEMP_SUFFIX = '.tmp';

/** `<file>.<pid>.tmp`: the writing process's id, so a start-up can tell a crash's leftover from a live write. */
export function tempFileFor(file: string, pid = process.pid): string {
  return `${file}.${pid}${TEMP_SUFFIX}`;
}

/**
 * Replaces `file` with `text` so that a crash or power loss leaves either the old or the new
 * content, never a mix: write a temporary file (with `mode`), fsync it, rename it into place, then
 * fsync the folder so the rename itself is on disk. On failure the temporary file is removed and
 * the error thrown; `file` is untouched.
 */
export function writeFileDurably(
  file: string,
  text: string,
  options: { mode: number; fs?: DurableWriteFs },
): void {
  const fs = options.fs ?? NODE_FS;
  nodeFs.mkdirSync(dirname(file), { recursive: true });
  const temp = tempFileFor(file);
  try {
    const fd = fs.openSync(temp, 'w', options.mode);
    try {
      // A leftover temporary file keeps its old mode, and the umask can only narrow a new one.
      if (process.platform !== 'win32') fs.fchmodSync(fd, options.mode);
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Already renamed or never created.
    }
    throw error;
  }
  syncFolder(dirname(file), fs);
}

function syncFolder(folder: string, fs: DurableWriteFs): void {
  syncPath(folder, 'r', FOLDER_SYNC_UNSUPPORTED, fs);
}

/** A file that is gone has nothing to sync; one we may not open for writing, we cannot sync. */
const FILE_SYNC_SKIPPED: ReadonlySet<string> = new Set([...FOLDER_SYNC_UNSUPPORTED, 'ENOENT']);

/**
 * Makes a write someone else's code did (electron-store's) as durable as writeFileDurably's: the
 * file's content and its folder's entry (the rename that put it there) go to disk. Opened for
 * writing, since Windows syncs only a handle that may write. Throws what a sync reports, except
 * where the platform cannot sync or the file is gone.
 */
export function syncFileAndFolder(file: string, fs: DurableWriteFs = NODE_FS): void {
  syncPath(file, 'r+', FILE_SYNC_SKIPPED, fs);
  syncFolder(dirname(file), fs);
}

function syncPath(path: string, flags: string, skipped: ReadonlySet<string>, fs: DurableWriteFs): void {
  let fd: number;
  try {
    fd = fs.openSync(path, flags);
  } catch (error) {
    if (skipped.has(errorCode(error))) return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!skipped.has(errorCode(error))) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? '';
}

/** True unless `pid` is certainly not running (a process of another user still counts as running). */
function mayBeRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** The writer's pid when `name` is one of `file`'s temporary files (`<name>.<pid>.tmp`), else null. */
function tempFileWriter(name: string, fileName: string): number | null {
  const prefix = `${fileName}.`;
  if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) return null;
  const pid = name.slice(prefix.length, -TEMP_SUFFIX.length);
  if (!/^[0-9]{1,10}$/.test(pid)) return null;
  return Number(pid);
}

/**
 * Is `name` a temporary file atomically (electron-store's writer, through conf) made for `file`:
 * `<file>.tmp-` then 10 digits of the time and 6 lower-case hex digits. It names no writer.
 */
function isAtomicallyTempFile(name: string, fileName: string): boolean {
  const prefix = `${fileName}.tmp-`;
  return name.startsWith(prefix) && /^[0-9]{10}[0-9a-f]{6}$/.test(name.slice(prefix.length));
}

export interface StaleTempFileOptions {
  /**
   * Also remove atomically's temporary files of `file`. Their names say nothing of their writer, so
   * only a caller that knows no other process can be writing `file` may ask: the app for keys.json,
   * at start-up before it opens the store, under its single-instance lock.
   */
  atomicallyTemps?: boolean;
}

/**
 * Removes the temporary files a killed writer of `file` left behind: `<file>.<pid>.tmp` whose
 * process no longer runs (this process's own count: its writes are synchronous, so none is in
 * progress), and atomically's when asked (see StaleTempFileOptions). Never throws; returns how
 * many were removed.
 */
export function removeStaleTempFiles(file: string, options: StaleTempFileOptions = {}): number {
  const folder = dirname(file);
  const fileName = basename(file);
  let names: string[];
  try {
    names = nodeFs.readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isStale(name, fileName, options)) continue;
    try {
      nodeFs.unlinkSync(join(folder, name));
      removed++;
    } catch {
      // Gone already, or not ours to remove: left alone.
    }
  }
  return removed;
}

function isStale(name: string, fileName: string, options: StaleTempFileOptions): boolean {
  if (options.atomicallyTemps && isAtomicallyTempFile(name, fileName)) return true;
  const pid = tempFileWriter(name, fileName);
  return pid !== null && !(pid <= 2_147_483_647 && mayBeRunning(pid));
}
