// Every voted turn in the history database, with the columns the vote names: the leaderboard's input.
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { PROVIDER_IDS } from '../../../../src-shared/domain.ts';
import { voteOutcomeSchema } from '../../../../src-shared/history-schemas.ts';
import type { VotedTurn } from './pairwise-outcomes.ts';

const shownOrderSchema = z.array(z.string()).max(64);
const providerSchema = z.enum(PROVIDER_IDS);

/** Parsed JSON, or undefined when the stored text is not JSON (never thrown: one bad row skips). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The votes and their runs' columns, oldest vote first. A row that does not read as a vote (a
 * database edited by hand, a newer app's shape) is left out rather than failing the leaderboard.
 */
export function readVotedTurns(db: DatabaseSync): VotedTurn[] {
  const votes = db
    .prepare('SELECT run_seq, voted_at, outcome, shown_order FROM votes ORDER BY voted_at, run_seq')
    .all() as { run_seq: number; voted_at: string; outcome: string; shown_order: string }[];
  const columns = new Map<number, VotedTurn['columns'][number][]>();
  const columnRows = db
    .prepare(
      'SELECT c.run_seq, c.column_id, c.provider, c.model FROM columns c JOIN votes v ON v.run_seq = c.run_seq ORDER BY c.run_seq, c.position',
    )
    .all() as { run_seq: number; column_id: string; provider: string; model: string }[];
  for (const row of columnRows) {
    const provider = providerSchema.safeParse(row.provider);
    if (!provider.success) continue;
    const list = columns.get(row.run_seq) ?? [];
    list.push({ columnId: row.column_id, provider: provider.data, model: row.model });
    columns.set(row.run_seq, list);
  }
  return votes.flatMap((row) => {
    const outcome = voteOutcomeSchema.safeParse(parsed(row.outcome));
    const shownOrder = shownOrderSchema.safeParse(parsed(row.shown_order));
    if (!outcome.success || !shownOrder.success) return [];
    return [
      {
        columns: columns.get(row.run_seq) ?? [],
        vote: { votedAt: row.voted_at, outcome: outcome.data, shownOrder: shownOrder.data },
      },
    ];
  });
}

/** Changes whenever a vote is added, replaced or deleted (with its run): when to rate again. */
export function votesFingerprint(db: DatabaseSync): string {
  const row = db
    .prepare('SELECT count(*) AS n, max(voted_at) AS newest, total(run_seq) AS runs FROM votes')
    .get() as { n: number; newest: string | null; runs: number };
  return `${row.n}|${row.newest ?? ''}|${row.runs}`;
}
