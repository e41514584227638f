import { closeSync, existsSync, openSync, readSync, renameSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { corruptFileName, describeFileError } from '../store/inspect-store-file.ts';
import { MIGRATIONS, migrate, userVersion } from './schema.ts';

export const HISTORY_FILE_NAME = 'history.sqlite';

export type OpenedHistory =
  | { state: 'ok'; db: DatabaseSync; message: null }
  /** The file was damaged: renamed to `movedTo` (never deleted) and a new one started. */
  | { state: 'moved_aside'; db: DatabaseSync; message: string; movedTo: string }
  /** Nothing can be kept this session; the file (if any) is untouched. */
  | { state: 'unavailable'; db: null; message: string };

/** SQLite's primary result codes that mean "this file is not a (sound) database". */
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

/** True for an error that says the database file is damaged (not busy, full or unreadable). */
export function isDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

export function sqliteCode(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

function describeSqliteError(error: unknown): string {
  const text = (error as { errstr?: unknown } | null)?.errstr;
  if (typeof text === 'string') return text;
  return describeFileError(error);
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * False when the file is there but is not an SQLite database. Checked before SQLite opens it: SQLite
 * would delete the write-ahead log beside a file it cannot read when closing it, and that log is the
 * user's too.
 */
function looksLikeDatabase(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    // Missing (a first start) or unreadable: SQLite says which.
    return true;
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === 0 || (read === header.length && header.equals(SQLITE_HEADER));
  } finally {
    closeSync(fd);
  }
}

/** The file's schema version, read without writing anything (a read-only connection never checkpoints). */
function readVersion(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
  try {
    return userVersion(db);
  } finally {
    db.close();
  }
}

/**
 * The tables every list page and status read (their indexes too). A file whose header reads fine can
 * still have damaged pages that only reading them finds. A whole-file quick_check took 0.7–1.7 s at
 * 10,000 conversations (256 MB, mostly answers and their search index), too slow for every start;
 * these take about 30 ms. Damage elsewhere is found when read (see HistoryStore's 'damaged' message).
 */
const CHECKED_TABLES = ['conversations', 'runs', 'votes'] as const;

function checkListedTables(db: DatabaseSync): void {
  for (const table of CHECKED_TABLES) {
    const row = db.prepare(`PRAGMA quick_check(${table})`).get() as { quick_check: string } | undefined;
    if (row?.quick_check !== 'ok') throw new DamagedPagesError(row?.quick_check ?? 'no answer');
  }
}

/** Opens (creating it when missing) and brings it to this app's schema. Throws what SQLite throws. */
function openAndMigrate(file: string, migrations: readonly string[]): DatabaseSync {
  if (!looksLikeDatabase(file)) throw new NotADatabaseError();
  // Read before anything is written: a newer app's file is left exactly as it is.
  const version = readVersion(file);
  if (version > migrations.length) throw new NewerSchemaError(version, migrations.length);
  const db = new DatabaseSync(file, { timeout: 5000 });
  try {
    db.exec('PRAGMA journal_mode = WAL');
    // A commit is on disk before the next write starts: a crash loses at most the write under way.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    if (version > 0) checkListedTables(db);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

class NotADatabaseError extends Error {
  readonly errcode = SQLITE_NOTADB;
  readonly errstr = 'file is not a database';
}

class DamagedPagesError extends Error {
  readonly errcode = SQLITE_CORRUPT;
  readonly errstr: string;
  constructor(finding: string) {
    super(finding);
    this.errstr = `its integrity check found: ${finding.slice(0, 200)}`;
  }
}

class NewerSchemaError extends Error {
  readonly found: number;
  readonly known: number;
  constructor(found: number, known: number) {
    super(`schema ${found}, newer than ${known}`);
    this.found = found;
    this.known = known;
  }
}

/** The database and its write-ahead files, renamed together (a stale WAL must never meet a new file). */
function moveAside(file: string, movedTo: string): void {
  renameSync(file, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  }
}

/**
 * Opens history.sqlite. Never throws: a file newer than this app is left alone and history is off
 * this session; a damaged one is moved aside and a new one started; one that cannot be opened at all
 * (permissions, a folder in its place, locked) is left alone and history is off this session.
 */
export function openHistoryDatabase(
  file: string,
  options: { now?: () => Date; migrations?: readonly string[] } = {},
): OpenedHistory {
  const migrations = options.migrations ?? MIGRATIONS;
  try {
    return { state: 'ok', db: openAndMigrate(file, migrations), message: null };
  } catch (error) {
    if (error instanceof NewerSchemaError) {
      return {
        state: 'unavailable',
        db: null,
        message: `History was written by a newer version of BYOK Arena (schema ${error.found}; this version reads up to ${error.known}). It is left as it is and new runs are not kept: update the app to see and keep history.`,
      };
    }
    const code = sqliteCode(error);
    if (code !== SQLITE_CORRUPT && code !== SQLITE_NOTADB) {
      return {
        state: 'unavailable',
        db: null,
        message: `History could not be opened (${describeSqliteError(error)}): new runs are not kept this session. Check that ${file} is a file you can read and write, and that no other copy of the app is using it, then restart the app.`,
      };
    }
    const movedTo = corruptFileName(file, (options.now ?? (() => new Date()))());
    try {
      moveAside(file, movedTo);
      const db = openAndMigrate(file, migrations);
      return {
        state: 'moved_aside',
        db,
        movedTo,
        message: `History was damaged (${describeSqliteError(error)}), so it was moved to ${movedTo} and a new history started. Runs from before are in that file; nothing was deleted.`,
      };
    } catch (moveError) {
      return {
        state: 'unavailable',
        db: null,
        message: `History is damaged and could not be moved aside (${describeSqliteError(moveError)}): new runs are not kept this session. Move ${file} elsewhere and restart the app.`,
      };
    }
  }
}

/**
 * For another process that only reads (the CLI while the app may be running): opened read-only, no
 * migration, nothing marked or moved. Throws a message for the user when it cannot be read.
 */
export function openHistoryReadOnly(file: string, migrations: readonly string[] = MIGRATIONS): DatabaseSync {
  if (!looksLikeDatabase(file))
    throw new Error(`${file} is not a history database. Start the app once: it moves a damaged file aside.`);
  const db = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
  const version = userVersion(db);
  if (version === migrations.length) return db;
  db.close();
  throw new Error(
    version > migrations.length
      ? `${file} was written by a newer version of BYOK Arena (schema ${version}; this one reads up to ${migrations.length}). Update the app.`
      : `${file} is from an older version of BYOK Arena (schema ${version}). Start the app once to bring it up to date.`,
  );
}
