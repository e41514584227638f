// Opening history.sqlite: the first schema's files migrate forward and keep their runs, WAL is on, a
// file from a newer app is left untouched, a damaged one is moved aside (never deleted) and reported,
// and one that cannot be opened leaves history off without stopping anything.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from './history-store.ts';
import { doneColumn, openTestStore, seedRun, tempHistoryFile } from './history-test-support.ts';
import { openHistoryDatabase } from './open-history-db.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';

/** Run 'r' of conversation 'c': `prompt`, answered 'ok' by openai/gpt-4o. */
const seedOneAnswer = (store: HistoryStore, prompt: string) =>
  seedRun(store, {
    runId: 'r',
    conversationId: 'c',
    startedAt: new Date(),
    prompt,
    columns: [{ provider: 'openai', model: 'gpt-4o', outcome: doneColumn('ok') }],
  });

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Version 1's schema as it was first committed (78ff8c7), frozen here: files written by it exist, so
 * MIGRATIONS[0] must never change and every later migration must accept what it made.
 */
const VERSION_ONE_DDL = `
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
  `;

/** The first schema, written exactly as version 1 wrote it, with one conversation in it. */
function writeVersionOne(file: string): void {
  const db = new DatabaseSync(file);
  db.exec(VERSION_ONE_DDL);
  db.exec('PRAGMA user_version = 1');
  db.exec(`
    INSERT INTO conversations (seq, id, created_at, updated_at) VALUES (1, 'conv-1', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z');
    INSERT INTO runs (seq, id, conversation_seq, turn_index, started_at, started_day, prompt, system, params, blind)
      VALUES (1, 'run-1', 1, 0, '2026-11-20T10:00:00.000Z', '2026-11-20', 'Old prompt about walruses', NULL, '{"temperature":0.5}', 0);
    INSERT INTO columns (run_seq, position, column_id, provider, model, spec, state, text, reasoning, result, cost_usd, cost_cny, cost_unknown)
      VALUES (1, 0, 'a', 'openai', 'gpt-4o', '{"keyId":"k1"}', 'done', 'Walruses are large.', '', '{"toolCalls":[],"usage":null,"finishReason":"stop","error":null,"timing":null,"cost":null,"truncated":false}', 0.25, NULL, 0);
    INSERT INTO search (rowid, body) VALUES (32, 'Old prompt about walruses'), (33, 'Walruses are large.');
  `);
  db.close();
}

/** 16 KiB of 0xAB written over the file from offset 8192: its header and user_version still read. */
function damagePages(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(16 * 1024, 0xab), 0, 16 * 1024, 8192);
  closeSync(fd);
}

/** 50 runs, r0…r49, a minute apart, each prompt about pinnipeds and one gpt-4o column answering `answer(run)`. */
function seedFiftyRuns(store: ReturnType<typeof openTestStore>, answer: (run: number) => string): void {
  for (let run = 0; run < 50; run++)
    seedRun(store, {
      runId: `r${run}`,
      conversationId: `c${run}`,
      startedAt: new Date(2026, 10, 1, 9, run),
      prompt: `Prompt ${run} about pinnipeds`,
      columns: [{ provider: 'openai', model: 'gpt-4o', outcome: doneColumn(answer(run)) }],
    });
}

/** A history of 50 runs, closed, then damaged. */
function writeDamagedHistory(file: string): void {
  const store = openTestStore(file);
  seedFiftyRuns(store, (run) => `Answer ${run} about walruses`);
  store.close();
  damagePages(file);
}

describe('a database written by the first schema', () => {
  it('version 1 is still exactly as first released (append a migration instead of editing it)', () => {
    expect(MIGRATIONS[0]).toBe(VERSION_ONE_DDL);
  });

  it('opens with every run readable and searchable', () => {
    const file = tempHistoryFile();
    writeVersionOne(file);
    const store = openTestStore(file);
    expect(store.status()).toEqual({ state: 'ok', message: null, conversations: 1 });
    const conversation = store.get('conv-1');
    expect(conversation.turns[0]).toMatchObject({
      runId: 'run-1',
      prompt: 'Old prompt about walruses',
      params: { temperature: 0.5 },
      columns: [{ columnId: 'a', keyId: 'k1', state: 'done', text: 'Walruses are large.' }],
    });
    expect(conversation.total.usd).toBe(0.25);
    expect(store.list({ search: 'large' }).items.map((item) => item.conversationId)).toEqual(['conv-1']);
    store.close();
  });

  it('gains version 2: CJK answers written before it are found by their words, the cost index is there', () => {
    const file = tempHistoryFile();
    writeVersionOne(file);
    const db = new DatabaseSync(file);
    db.exec(`
      INSERT INTO columns (run_seq, position, column_id, provider, model, spec, state, text, reasoning, result, cost_usd, cost_cny, cost_unknown)
        VALUES (1, 1, 'b', 'deepseek', 'deepseek-v4-flash', '{}', 'done', '快速排序是一种高效的排序算法', '', NULL, NULL, NULL, 1);
      INSERT INTO search (rowid, body) VALUES (34, '快速排序是一种高效的排序算法');
    `);
    db.close();
    const store = openTestStore(file);
    const found = (search: string) => store.list({ search }).items.map((item) => item.conversationId);
    expect(found('排序算法')).toEqual(['conv-1']);
    expect(found('排序')).toEqual(['conv-1']);
    expect(found('冒泡排序')).toEqual([]);
    expect(found('walruses')).toEqual(['conv-1']);
    const indexes = store
      .databaseOrNull()!
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'columns'`)
      .all()
      .map((row) => row.name);
    expect(indexes).toContain('columns_costs');
    expect(store.get('conv-1').turns[0]).toMatchObject({ blind: false, shownOrder: null, revealed: false });
    store.close();
  });

  it('runs a later migration once, keeping the data, and records the new version', () => {
    const file = tempHistoryFile();
    writeVersionOne(file);
    const next = [...MIGRATIONS, 'ALTER TABLE runs ADD COLUMN note TEXT'];
    const opened = openHistoryDatabase(file, { migrations: next });
    expect(opened.state).toBe('ok');
    const db = opened.db!;
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: next.length });
    expect(db.prepare('SELECT prompt, note FROM runs').all()).toEqual([
      { prompt: 'Old prompt about walruses', note: null },
    ]);
    db.close();
    // Opened again: nothing left to run (a second ALTER would fail).
    const again = openHistoryDatabase(file, { migrations: next });
    expect(again.state).toBe('ok');
    again.db?.close();
  });

  it('a new file is made at the current version, in WAL mode with foreign keys on', () => {
    const file = tempHistoryFile();
    const opened = openHistoryDatabase(file);
    const db = opened.db!;
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    db.close();
  });
});

describe('a database this app cannot use', () => {
  it('from a newer app: history is off with a message saying to update, and the file is untouched', () => {
    const file = tempHistoryFile();
    writeVersionOne(file);
    const db = new DatabaseSync(file);
    db.exec('PRAGMA journal_mode = DELETE');
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const before = sha(file);
    const store = openTestStore(file);
    expect(store.status()).toMatchObject({ state: 'unavailable', conversations: 0 });
    expect(store.status().message).toMatch(/newer version of BYOK Arena.*update the app/);
    // Recording goes on without it, and nothing is written.
    seedOneAnswer(store, 'hi');
    expect(store.list({})).toEqual({ items: [], nextCursor: null, total: 0 });
    store.close();
    expect(sha(file)).toBe(before);
    expect(readdirSync(dirname(file))).toEqual([basename(file)]);
  });

  it('damaged: moved aside with its write-ahead log (never deleted), reported, and a new history started', () => {
    const file = tempHistoryFile();
    const garbage = Buffer.from('this is not a database, '.repeat(300));
    writeFileSync(file, garbage);
    writeFileSync(`${file}-wal`, 'a stale log');
    const store = openTestStore(file, () => new Date('2026-11-27T12:00:00.000Z'));
    const movedTo = `${file}.corrupt-2026-11-27T12-00-00-000Z`;
    expect(store.status()).toMatchObject({ state: 'moved_aside', conversations: 0 });
    expect(store.status().message).toContain(movedTo);
    expect(store.status().message).toMatch(/nothing was deleted/);
    expect(readFileSync(movedTo)).toEqual(garbage);
    expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('a stale log');
    seedOneAnswer(store, 'after the move');
    expect(store.get('c').turns[0]?.prompt).toBe('after the move');
    store.close();
  });

  it('with damaged pages behind a sound header: moved aside on open and reported, a new history started', () => {
    const file = tempHistoryFile();
    writeDamagedHistory(file);
    const before = readFileSync(file);
    const store = openTestStore(file, () => new Date('2026-11-27T12:00:00.000Z'));
    const movedTo = `${file}.corrupt-2026-11-27T12-00-00-000Z`;
    expect(store.status()).toMatchObject({ state: 'moved_aside', conversations: 0 });
    expect(store.status().message).toContain(movedTo);
    expect(readFileSync(movedTo)).toEqual(before);
    expect(store.list({ search: 'pinnipeds' })).toMatchObject({ items: [], total: 0 });
    seedOneAnswer(store, 'after the move');
    expect(store.list({}).total).toBe(1);
    store.close();
  });

  it('damaged while open: reads say so instead of failing blindly, and status() still answers', () => {
    const file = tempHistoryFile();
    const store = openTestStore(file);
    seedFiftyRuns(store, () => 'x'.repeat(2000));
    // Everything checkpointed into the main file, then its pages overwritten under the open store.
    store.databaseOrNull()!.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    damagePages(file);
    store.databaseOrNull()!.exec('PRAGMA cache_size = 0');
    let thrown: unknown = null;
    try {
      store.list({ search: 'pinnipeds' });
      store.list({});
      store.spending({ groupBy: 'day' });
    } catch (error) {
      thrown = error;
    }
    expect(String((thrown as { message?: unknown } | null)?.message)).toMatch(/damaged.*[Rr]estart/);
    expect(() => store.status()).not.toThrow();
    expect(store.status().message).toMatch(/History is damaged.*[Rr]estart the app/);
    store.close();
  });

  it('that cannot be opened (a folder in its place): history is off, the folder untouched', () => {
    const file = tempHistoryFile();
    mkdirSync(file);
    writeFileSync(`${file}/inside`, 'mine');
    const store = openTestStore(file);
    expect(store.status()).toMatchObject({ state: 'unavailable', conversations: 0 });
    expect(store.status().message).toMatch(/could not be opened.*restart the app/);
    expect(() => seedOneAnswer(store, 'hi')).not.toThrow();
    expect(readdirSync(file)).toEqual(['inside']);
    expect(readdirSync(dirname(file))).toEqual([basename(file)]);
  });
});

describe('a store without its database', () => {
  it('unavailable: a follow-up keeps the conversation id the window sent, so its turns still go together', () => {
    const file = tempHistoryFile();
    mkdirSync(file);
    const store = openTestStore(file);
    expect(store.conversationFor('conversation-from-the-window')).toBe('conversation-from-the-window');
    expect(store.conversationFor(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('closed at quit: a column ending afterwards is dropped quietly, not logged as a failure', () => {
    const lines: string[] = [];
    const store = new HistoryStore(tempHistoryFile(), {
      scrub: (value) => value,
      log: (line) => lines.push(line),
    });
    seedRun(store, {
      runId: 'r',
      conversationId: 'c',
      startedAt: new Date(),
      prompt: 'hi',
      columns: [],
    });
    store.close();
    store.recordColumnEnd('r', 'c0', doneColumn('late'));
    expect(lines).toEqual([]);
  });
});
