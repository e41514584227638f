import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StoreNotice {
  kind: 'corrupt-file-moved';
  file: string;
  movedTo: string;
  message: string;
}

/**
 * A small JSON document on disk. Writes go to a temporary file renamed into place, so a crash
 * never leaves half a file; a file that does not parse is moved aside (never deleted) and the
 * store starts empty with a notice the UI can show.
 */
export class JsonFileStore {
  readonly file: string;
  readonly notices: StoreNotice[] = [];
  private data: Record<string, unknown>;

  constructor(file: string, now: () => Date = () => new Date()) {
    this.file = file;
    this.data = this.load(now);
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

  private load(now: () => Date): Record<string, unknown> {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch {
      // fall through: moved aside below
    }
    const movedTo = `${this.file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.file, movedTo);
    this.notices.push({
      kind: 'corrupt-file-moved',
      file: this.file,
      movedTo,
      message: `${this.file} could not be read, so it was moved to ${movedTo} and BYOK Arena started with defaults.`,
    });
    return {};
  }

  private flush(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.file);
  }
}
