// Keeps the leaderboard and the 'votes' quality index in step with the votes in history: rated again
// only when the votes changed (a vote added, replaced, or deleted with its conversation).
import type { DatabaseSync } from 'node:sqlite';
import type { Leaderboard } from '../../../../src-shared/history.ts';
import { computeLeaderboard } from './leaderboard.ts';
import { readVotedTurns, votesFingerprint } from './voted-turns.ts';

export interface VotesRatings {
  /** The leaderboard from the votes stored now. */
  current(): Leaderboard;
}

const EMPTY: Leaderboard = { rows: [], votes: 0, updatedAt: null };

/**
 * `database` returns the open history database, or null when history is unavailable (no votes then).
 * `onChange` gets each new leaderboard (the core installs it as the quality index).
 */
export function createVotesRatings(
  database: () => DatabaseSync | null,
  onChange: (board: Leaderboard) => void,
): VotesRatings {
  let fingerprint: string | null = null;
  let board = EMPTY;
  return {
    current() {
      const db = database();
      const next = db ? votesFingerprint(db) : '';
      if (next !== fingerprint) {
        fingerprint = next;
        board = db ? computeLeaderboard(readVotedTurns(db)) : EMPTY;
        onChange(board);
      }
      return board;
    },
  };
}
