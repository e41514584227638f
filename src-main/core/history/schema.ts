import type { DatabaseSync } from 'node:sqlite';

/**
 * The history database's schema, one entry per version: MIGRATIONS[0] makes version 1 from an empty
 * file, MIGRATIONS[n] takes version n to n + 1. Append only: a released entry is never edited, since
 * databases written by it exist. `PRAGMA user_version` says which have run.
 *
 * Rows point at their parent by integer `seq` (cheap joins); the string ids are what routes use.
 * A column's search row has the FTS rowid `run seq × 32 + position + 1` and its run's prompt
 * `run seq × 32`, so a run's search rows are one rowid range (MAX_COLUMNS is 16).
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE conversations (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX conversations_by_update ON conversations (updated_at DESC, seq DESC);
  CREATE TABLE runs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    conversation_seq INTEGER NOT NULL REFERENCES conversations (seq) ON DELETE CASCADE,
    turn_index INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    started_day TEXT NOT NULL,
    prompt TEXT NOT NULL,
    system TEXT,
    params TEXT NOT NULL,
    blind INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX runs_by_conversation ON runs (conversation_seq, turn_index);
  CREATE INDEX runs_by_day ON runs (started_day);
  CREATE TABLE columns (
    run_seq INTEGER NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    column_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    spec TEXT NOT NULL,
    state TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    result TEXT,
    cost_usd REAL,
    cost_cny REAL,
    cost_unknown INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_seq, column_id)
  );
  CREATE INDEX columns_by_model ON columns (provider, model);
  CREATE INDEX columns_running ON columns (state) WHERE state = 'running';
  CREATE TABLE votes (
    run_seq INTEGER PRIMARY KEY REFERENCES runs (seq) ON DELETE CASCADE,
    voted_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    shown_order TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // Version 2. Costs read without the rows' answers (which come first in a row and would be read
  // through); version 1 files written after be7c0d2 have it already. A blind run's shown order and
  // when it was revealed without a vote. CJK text, which unicode61 reads as one word per run of
  // characters, also indexed by trigrams (rows holding any CJK character only; same rowids as search):
  // the GLOB's ranges are CJK_CHARACTER's in fts-query.ts.
  `
  CREATE INDEX IF NOT EXISTS columns_costs ON columns (run_seq, provider, model, cost_usd, cost_cny, cost_unknown);
  ALTER TABLE runs ADD COLUMN blind_order TEXT;
  ALTER TABLE runs ADD COLUMN revealed_at TEXT;
  CREATE VIRTUAL TABLE search_cjk USING fts5 (body, tokenize = 'trigram');
  INSERT INTO search_cjk (rowid, body)
    SELECT rowid, body FROM search WHERE body GLOB '*[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{3ffff}]*';
  `,
];

/** The schema version this app writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Search rows per run: the prompt and up to 31 columns. */
export const SEARCH_ROWS_PER_RUN = 32;

export function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/** Runs the migrations the file has not had, each in its own transaction with its version bump. */
export function migrate(db: DatabaseSync, migrations: readonly string[] = MIGRATIONS): void {
  for (let version = userVersion(db); version < migrations.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migrations[version]!);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
