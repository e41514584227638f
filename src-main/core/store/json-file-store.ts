import { dirname } from 'node:path';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { type DurableWriteFs, NODE_FS, removeStaleTempFiles, writeFileDurably } from './durable-write.ts';
import { describeFileError, inspectStoreFile } from './inspect-store-file.ts';

export type StoreNotice =
  | { kind: 'corrupt-file-moved'; file: string; movedTo: string; message: string }
  | { kind: 'unreadable-file'; file: string; reason: string; message: string };

/** Owner read/write only: the store may hold key ciphertext, and nobody else needs to read it. */
export const STORE_FILE_MODE = 0o600;

/** A change that could not be written: memory keeps the old value, and the message says what to do. */
export class StoreWriteError extends ArenaErrorException {
  constructor(file: string, cause: unknown) {
    super({
      kind: 'internal',
      message: `Could not save ${file} (${describeFileError(cause)}): the change was not saved. Check that ${dirname(file)} is writable and the disk has free space, then try again.`,
    });
    this.name = 'StoreWriteError';
  }
}

/**
 * A small JSON document on disk. Writes are durable (see writeFileDurably: a synced temporary file,
 * mode 0600, renamed into place), so a crash never leaves half a file, and memory changes only once
 * the write succeeded. Temporary files a killed writer left behind are removed at start-up. A file
 * that does not parse is moved aside (never deleted) and the store starts empty with a notice the
 * UI can show. A file that cannot be read at all is left untouched: the store starts empty and
 * keeps changes in memory only.
 */
export class JsonFileStore {
  readonly file: string;
  readonly notices: StoreNotice[] = [];
  /** False when the file could not be read: changes then live in memory only, the file is untouched. */
  readonly persistent: boolean;
  private data: Record<string, unknown>;
  private readonly fs: DurableWriteFs;

  constructor(file: string, now: () => Date = () => new Date(), fs: DurableWriteFs = NODE_FS) {
    this.file = file;
    this.fs = fs;
    const found = inspectStoreFile(file, now);
    if (found.state !== 'unreadable') removeStaleTempFiles(file);
    this.persistent = found.state !== 'unreadable';
    switch (found.state) {
      case 'missing':
        this.data = {};
        break;
      case 'ok':
        this.data = found.data;
        break;
      case 'moved':
        this.data = {};
        this.notices.push({
          kind: 'corrupt-file-moved',
          file,
          movedTo: found.movedTo,
          message: `${file} could not be read, so it was moved to ${found.movedTo} and BYOK Arena started with defaults.`,
        });
        break;
      case 'unreadable':
        this.data = {};
        this.notices.push({
          kind: 'unreadable-file',
          file,
          reason: found.reason,
          message: `${file} could not be read (${found.reason}), so BYOK Arena left it untouched and started with defaults; changes are kept until the app quits.`,
        });
        break;
    }
  }

  get(key: string): unknown {
    return this.data[key];
  }

  /** Throws StoreWriteError (and keeps the old value) when the change cannot be written. */
  set(key: string, value: unknown): void {
    this.commit({ ...this.data, [key]: value });
  }

  /** Throws StoreWriteError (and keeps the key) when the change cannot be written. */
  delete(key: string): void {
    const { [key]: _removed, ...rest } = this.data;
    this.commit(rest);
  }

  private commit(next: Record<string, unknown>): void {
    if (this.persistent) {
      try {
        writeFileDurably(this.file, `${JSON.stringify(next, null, 2)}\n`, {
          mode: STORE_FILE_MODE,
          fs: this.fs,
        });
      } catch (error) {
        throw new StoreWriteError(this.file, error);
      }
    }
    this.data = next;
  }
}
