import type { DatabaseSync } from 'node:sqlite';
import type {
  Conversation,
  HistoryPage,
  HistoryQuery,
  HistoryStatus,
  SpendingQuery,
  SpendingReport,
  StoredVote,
} from '../../../src-shared/history.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { KeyPrefixTail } from '../ipc/key-prefix-tail.ts';
import { readConversation } from './conversation-read.ts';
import { listConversations } from './history-list.ts';
import { NO_MONEY } from './money.ts';
import { isDamage, type OpenedHistory, openHistoryDatabase } from './open-history-db.ts';
import {
  deleteConversations,
  insertRun,
  interruptLeftovers,
  type PartialOutput,
  type RunStart,
  updateColumn,
} from './run-writes.ts';
import { spendingReport } from './spending.ts';
import { type ColumnOutcome, stateOf } from './stored-column-fields.ts';
import { inTransaction } from './transaction.ts';
import { storeReveal, storeVote, type VoteInput } from './votes.ts';

export interface HistoryStoreOptions {
  /** Everything written passes through it (the user's keys removed). */
  scrub: <T>(value: T) => T;
  log: (message: string) => void;
  now?: () => Date;
  /**
   * The user's keys, longest first: a column stopped mid-stream may end in the first characters of
   * one it was echoing, which `scrub` (whole keys only) cannot see; that end is never saved.
   */
  knownKeys?: () => readonly string[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Every run and conversation, kept in history.sqlite. Recording never throws: a failed write is
 * logged and said in status(), and the run goes on. Reads throw an ArenaError a route can return.
 */
export class HistoryStore {
  private readonly opened: OpenedHistory;
  private readonly scrub: <T>(value: T) => T;
  private readonly log: (message: string) => void;
  private readonly now: () => Date;
  private readonly keyPrefixTail: KeyPrefixTail;
  private writeFailure: string | null = null;
  /** Set when a read or write found the open file damaged: the next start moves it aside. */
  private damage: string | null = null;
  /** After close(): columns that end later (cancelled as the app quits) are not kept. */
  private closed = false;

  constructor(file: string, options: HistoryStoreOptions) {
    this.scrub = options.scrub;
    this.log = options.log;
    this.now = options.now ?? (() => new Date());
    const knownKeys = options.knownKeys ?? (() => []);
    this.keyPrefixTail = new KeyPrefixTail(knownKeys);
    this.opened = openHistoryDatabase(file, options.now ? { now: options.now } : {});
    if (this.opened.message) this.log(this.opened.message);
    if (this.opened.db) {
      const interrupted = interruptLeftovers(this.opened.db);
      if (interrupted > 0)
        this.log(`history: ${interrupted} column(s) of an earlier session marked interrupted`);
    }
  }

  get available(): boolean {
    return this.opened.db !== null;
  }

  /** Never throws: a damaged file is said in the message. */
  status(): HistoryStatus {
    let conversations = 0;
    try {
      conversations = this.guard((db) =>
        db ? (db.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n : 0,
      );
    } catch {
      // guard() has recorded the damage; the count is unknown.
    }
    return {
      state: this.opened.state,
      message: this.opened.message ?? this.damage ?? this.writeFailure,
      conversations,
    };
  }

  /** The conversation a run joins: the one asked for when it exists, else a new id. */
  conversationFor(requested: string | undefined): string {
    if (requested === undefined) return crypto.randomUUID();
    // Without a database nothing can be checked: the window's id keeps its turns together.
    const db = this.opened.db;
    if (!db || this.closed) return requested;
    const found = db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(requested);
    return found ? requested : crypto.randomUUID();
  }

  recordRunStart(run: RunStart): void {
    this.write('the run', (db) => insertRun(db, this.scrub(run)));
  }

  recordColumnEnd(runId: string, columnId: string, outcome: ColumnOutcome): void {
    this.write('a column', (db) => updateColumn(db, runId, columnId, stateOf(outcome), this.scrub(outcome)));
  }

  /** A column the app stopped before it ended: what had arrived, as interrupted. */
  recordInterrupted(runId: string, columnId: string, partial: PartialOutput): void {
    const scrubbed = this.scrub(partial);
    const cut = (text: string) => text.slice(0, text.length - this.keyPrefixTail.length(text));
    const outcome: ColumnOutcome = {
      ...scrubbed,
      text: cut(scrubbed.text),
      reasoning: cut(scrubbed.reasoning),
      finishReason: null,
      error: null,
      timing: { ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: partial.usage === null },
      cost: null,
      truncated: false,
    };
    this.write('an interrupted column', (db) => updateColumn(db, runId, columnId, 'interrupted', outcome));
  }

  list(query: HistoryQuery): HistoryPage {
    return this.guard((db) =>
      db ? listConversations(db, query) : { items: [], nextCursor: null, total: 0 },
    );
  }

  get(conversationId: string): Conversation {
    const found = this.guard((db) => (db ? readConversation(db, conversationId) : null));
    if (!found) throw notFound(conversationId);
    return found;
  }

  delete(conversationIds: readonly string[]): number {
    const db = this.database();
    return this.guard(() => deleteConversations(db, conversationIds));
  }

  vote(input: VoteInput): StoredVote {
    const db = this.database();
    return this.guard(() => inTransaction(db, () => storeVote(db, this.scrub(input), this.now())));
  }

  /** A blind run's names shown without a vote. */
  reveal(runId: string): { revealedAt: string } {
    const db = this.database();
    return this.guard(() => storeReveal(db, runId, this.now()));
  }

  spending(query: SpendingQuery): SpendingReport {
    return this.guard((db) =>
      db
        ? spendingReport(db, query)
        : { groupBy: query.groupBy, rows: [], byPeriod: [], byProvider: [], byModel: [], total: NO_MONEY },
    );
  }

  /** The open database, or null when history is unavailable this session (readers then have nothing). */
  databaseOrNull(): DatabaseSync | null {
    return this.opened.db;
  }

  /** The open database, or the error that says why there is none. */
  database(): DatabaseSync {
    if (this.opened.db) return this.opened.db;
    throw new ArenaErrorException({ kind: 'internal', message: this.opened.message });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.opened.db?.close();
  }

  /**
   * Runs a route's access to the database (the store's own, and the leaderboard's); damage found on the
   * way is remembered for status() and said in words a user can act on.
   */
  guard<T>(access: (db: DatabaseSync | null) => T): T {
    try {
      return access(this.opened.db);
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.damage = `History is damaged (${describe(error)}): restart the app to move the damaged file aside and start a new history (nothing is deleted).`;
      this.log(`history: ${describe(error)}`);
      throw new ArenaErrorException({ kind: 'internal', message: this.damage });
    }
  }

  private write(what: string, write: (db: DatabaseSync) => unknown): void {
    const db = this.opened.db;
    if (!db || this.closed) return;
    try {
      write(db);
    } catch (error) {
      if (isDamage(error))
        this.damage = `History is damaged (${describe(error)}): restart the app to move the damaged file aside and start a new history (nothing is deleted).`;
      this.writeFailure = `History could not save ${what} (${describe(error)}): the run went on, but it may be missing from History. Check that the disk has free space.`;
      this.log(`history: could not save ${what}: ${describe(error)}`);
    }
  }
}

export function notFound(conversationId: string): ArenaErrorException {
  return new ArenaErrorException({
    kind: 'invalid_input',
    field: 'conversationId',
    message: `There is no conversation ${conversationId.slice(0, 100)} in history (it may have been deleted). Reload the History list.`,
  });
}
