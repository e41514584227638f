import type { DatabaseSync } from 'node:sqlite';
import type { StoredVote, VoteOutcome } from '../../../src-shared/history.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';

export interface VoteInput {
  runId: string;
  outcome: VoteOutcome;
  shownOrder: string[];
}

function refuse(field: string, message: string): never {
  throw new ArenaErrorException({ kind: 'invalid_input', field, message });
}

/** The column ids a vote names, each with the field it came from. */
function namedColumns(outcome: VoteOutcome): [string, string][] {
  switch (outcome.kind) {
    case 'pair':
      return [
        ['outcome.a', outcome.a],
        ['outcome.b', outcome.b],
      ];
    case 'best':
      return [['outcome.best', outcome.best]];
    case 'ranking':
      return outcome.order.map((columnId, index) => [`outcome.order.${index}`, columnId]);
  }
}

/** Refuses a vote that names a column twice or one its run does not have. */
function checkColumns(input: VoteInput, columns: ReadonlySet<string>): void {
  const named = namedColumns(input.outcome);
  const seen = new Set<string>();
  for (const [field, columnId] of named) {
    if (!columns.has(columnId))
      refuse(field, `Column ${columnId.slice(0, 100)} is not one of this run's columns.`);
    if (seen.has(columnId)) refuse(field, `Column ${columnId.slice(0, 100)} is named twice in this vote.`);
    seen.add(columnId);
  }
  if (new Set(input.shownOrder).size !== input.shownOrder.length)
    refuse('shownOrder', 'The order the columns were shown in names a column twice.');
  input.shownOrder.forEach((columnId, index) => {
    if (!columns.has(columnId))
      refuse(`shownOrder.${index}`, `Column ${columnId.slice(0, 100)} is not one of this run's columns.`);
  });
}

/** Stores the vote on a run, replacing any earlier one, once its columns are checked against the run's. */
export function storeVote(db: DatabaseSync, input: VoteInput, votedAt: Date): StoredVote {
  const run = db.prepare('SELECT seq FROM runs WHERE id = ?').get(input.runId) as { seq: number } | undefined;
  if (!run)
    refuse('runId', 'This run is not in history (it may have been deleted), so the vote was not kept.');
  const columns = new Set(
    (
      db.prepare('SELECT column_id FROM columns WHERE run_seq = ?').all(run.seq) as { column_id: string }[]
    ).map((row) => row.column_id),
  );
  checkColumns(input, columns);
  const vote: StoredVote = {
    votedAt: votedAt.toISOString(),
    outcome: input.outcome,
    shownOrder: input.shownOrder,
  };
  db.prepare(
    `INSERT INTO votes (run_seq, voted_at, outcome, shown_order) VALUES (?, ?, ?, ?)
     ON CONFLICT (run_seq) DO UPDATE SET voted_at = excluded.voted_at, outcome = excluded.outcome,
       shown_order = excluded.shown_order`,
  ).run(run.seq, vote.votedAt, JSON.stringify(vote.outcome), JSON.stringify(vote.shownOrder));
  return vote;
}

/**
 * Records that a blind run's names were shown without a vote ("Reveal without voting"); the first
 * reveal's time is kept. History then shows the names and no longer counts the run as unvoted.
 */
export function storeReveal(db: DatabaseSync, runId: string, at: Date): { revealedAt: string } {
  const row = db
    .prepare(
      `UPDATE runs SET revealed_at = coalesce(revealed_at, :at) WHERE id = :runId RETURNING revealed_at AS revealedAt`,
    )
    .get({ at: at.toISOString(), runId }) as { revealedAt: string } | undefined;
  if (!row)
    refuse('runId', 'This run is not in history (it may have been deleted), so the reveal was not kept.');
  return { revealedAt: row.revealedAt };
}
