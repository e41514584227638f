import { readFileSync, renameSync } from 'node:fs';

/** What start-up found in a JSON store file, after moving a damaged one aside. */
export type StoreFileInspection =
  /** No file yet: a first start. */
  | { state: 'missing' }
  | { state: 'ok'; data: Record<string, unknown> }
  /** It did not parse as a JSON object, so it was renamed to `movedTo` (never deleted). */
  | { state: 'moved'; movedTo: string }
  /** It could not be read or moved (permissions, a folder in its place, a disk error): left untouched. */
  | { state: 'unreadable'; reason: string };

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder is in its place',
  ENOTDIR: 'a file is in place of one of its folders',
  ELOOP: 'a symbolic link loop',
  EIO: 'a disk error',
  EBUSY: 'it is in use',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'its path is too long',
};

/** A short, key-free description of a file-system error, for a notice or a log line. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code) return REASONS[code] ? `${REASONS[code]}, ${code}` : code;
  return error instanceof Error ? error.name : 'unknown error';
}

export function corruptFileName(file: string, now: Date): string {
  return `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Reads a store file at start-up and decides what to do with it. Never throws: a file that does not
 * parse is moved aside to a timestamped name; one that cannot be read (or moved) is left untouched
 * and reported, so a bad file never stops the app from starting.
 */
export function inspectStoreFile(file: string, now: () => Date = () => new Date()): StoreFileInspection {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', reason: describeFileError(error) };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return { state: 'ok', data: parsed as Record<string, unknown> };
  } catch {
    // not JSON: moved aside below
  }
  const movedTo = corruptFileName(file, now());
  try {
    renameSync(file, movedTo);
  } catch (error) {
    return {
      state: 'unreadable',
      reason: `it is damaged and could not be moved aside: ${describeFileError(error)}`,
    };
  }
  return { state: 'moved', movedTo };
}
