import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DurableWriteFs,
  NODE_FS,
  removeStaleTempFiles,
  syncFileAndFolder,
} from '../store/durable-write.ts';
import { describeFileError, inspectStoreFile } from '../store/inspect-store-file.ts';
import { STORE_FILE_MODE } from '../store/json-file-store.ts';
import { type KeyValueStore, MemoryStore } from './key-value-store.ts';

/** electron-store's options for the vault's file: keys.json in userData, owner-only, never cleared. */
export function keyStoreFileOptions(cwd: string) {
  return {
    name: 'keys',
    cwd,
    // electron-store would otherwise delete a file it cannot parse; openKeyStore moves it aside first.
    clearInvalidConfig: false,
    // The file holds only ciphertext, but nobody else on the machine needs to read even that.
    configFileMode: STORE_FILE_MODE,
  } as const;
}

export function keyStoreFile(cwd: string): string {
  return join(cwd, `${keyStoreFileOptions(cwd).name}.json`);
}

export interface OpenedKeyStore {
  store: KeyValueStore;
  /** What went wrong at start-up, in words for the Keys page. */
  notices: string[];
  /**
   * False when the file could not be used: the store is then in memory, the file is left untouched,
   * and keys added now last for this session only.
   */
  persistent: boolean;
}

export interface OpenKeyStoreOptions {
  file: string;
  /** Opens the real store over `file` (electron-store in the app, a JsonFileStore in tests). */
  open: () => KeyValueStore;
  now?: () => Date;
}

/**
 * Start-up for the vault's file, whatever state it is in; never throws. A file that does not parse
 * is moved aside to keys.json.corrupt-<time> and the app starts with no keys; a file that cannot be
 * read (permissions, a folder in its place), or a store that fails to open, is left untouched and the
 * app starts with an in-memory store. Either way the Keys page says what happened.
 *
 * Temporary files a killed write left next to the file (they hold key ciphertext) are removed
 * before the store opens. The app calls this under its single-instance lock, so no other process
 * can be writing keys.json: even the writer's temporary files that name no process are stale.
 */
export function openKeyStore(options: OpenKeyStoreOptions): OpenedKeyStore {
  const { file } = options;
  const notices: string[] = [];
  const inMemory = (reason: string): OpenedKeyStore => {
    notices.push(
      `The key store ${file} could not be read (${reason}). BYOK Arena left it untouched and started with no keys; keys you add now are kept for this session only. Fix the file's permissions or move it away, then restart.`,
    );
    return { store: new MemoryStore(), notices, persistent: false };
  };

  const found = inspectStoreFile(file, options.now);
  if (found.state === 'unreadable') return inMemory(found.reason);
  if (found.state === 'moved') {
    notices.push(
      `The key store could not be read, so it was moved to ${found.movedTo} and BYOK Arena started with no keys. Add them again, or restore that file.`,
    );
  }
  // Stryker disable next-line ConditionalExpression: any other state that gets here (missing, moved away) leaves no file at this path, and restrictMode ignores a file it cannot stat.
  if (found.state === 'ok') restrictMode(file);
  removeStaleTempFiles(file, { atomicallyTemps: true });
  try {
    return { store: options.open(), notices, persistent: true };
  } catch (error) {
    return inMemory(describeFileError(error));
  }
}

/** A keys.json written before the mode was set (or copied in) becomes owner-only. */
function restrictMode(file: string): void {
  if (process.platform === 'win32') return;
  try {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, STORE_FILE_MODE);
  } catch {
    // Not ours to fix (another owner, a read-only disk): the store still works.
  }
}

/**
 * The store, with every write followed by a sync of `file` and its folder: electron-store's writer
 * syncs the temporary file it renames into place, but not the folder, so the rename itself (and a
 * write that fell back to writing in place) could be lost with the power.
 */
export function withSyncedWrites(
  store: KeyValueStore,
  file: string,
  fs: DurableWriteFs = NODE_FS,
): KeyValueStore {
  return {
    get: (key) => store.get(key),
    set: (key, value) => {
      store.set(key, value);
      syncFileAndFolder(file, fs);
    },
    delete: (key) => {
      store.delete(key);
      syncFileAndFolder(file, fs);
    },
  };
}
