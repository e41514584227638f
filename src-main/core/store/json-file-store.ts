import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspectStoreFile } from './inspect-store-file.ts';

export type StoreNotice =
  | { kind: 'corrupt-file-moved'; file: string; movedTo: string; message: string }
  | { kind: 'unreadable-file'; file: string; reason: string; message: string };

/** Owner read/write only: the store may hold key ciphertext, and nobody else needs to read it. */
export const STORE_FILE_MODE = 0o600;

/**
 * A small JSON document on disk. Writes go to a temporary file (mode 0600) renamed into place, so a
 * crash never leaves half a file; a file that does not parse is moved aside (never deleted) and the
 * store starts empty with a notice the UI can show. A file that cannot be read at all is left
 * untouched: the store starts empty and keeps changes in memory only.
 */
export class JsonFileStore {
  readonly file: string;
  readonly notices: StoreNotice[] = [];
  /** False when the file could not be read: changes then live in memory only, the file is untouched. */
  readonly persistent: boolean;
  private data: Record<string, unknown>;

  constructor(file: string, now: () => Date = () => new Date()) {
    this.file = file;
    const found = inspectStoreFile(file, now);
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

  set(key: string, value: unknown): void {
    this.data = { ...this.data, [key]: value };
    this.flush();
  }

  delete(key: string): void {
    const { [key]: _removed, ...rest } = this.data;
    this.data = rest;
    this.flush();
  }

  private flush(): void {
    if (!this.persistent) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: STORE_FILE_MODE });
    // The umask can only narrow the mode, and a leftover temporary file keeps its old one: this
    // makes it exact where the platform has modes.
    if (process.platform !== 'win32') chmodSync(temp, STORE_FILE_MODE);
    renameSync(temp, this.file);
  }
}
