// Your blind votes as a quality index: the personal leaderboard's ratings, 'votes' version 'yours',
// usable like any index (the chosen score, tiers by percentile, the advisor).
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { Leaderboard } from '../../../src-shared/history.ts';
import type { QualityIndexInfo, QualityIndexRef, QualityScoreEntry } from '../../../src-shared/quality.ts';

export const VOTES_INDEX: QualityIndexRef = { index: 'votes', version: 'yours' };

/** The ratings as the quality table holds them: the index's description and one entry per model. */
export interface VotesIndex {
  info: QualityIndexInfo;
  scores: { provider: ProviderId; model: string; entry: QualityScoreEntry }[];
}

const round = (value: number) => Math.round(value);

/** The leaderboard as an index, or null before the first vote (the index is not offered then). */
export function votesIndex(board: Leaderboard): VotesIndex | null {
  if (board.rows.length === 0 || board.updatedAt === null) return null;
  const date = board.updatedAt.slice(0, 10);
  const info: QualityIndexInfo = {
    ...VOTES_INDEX,
    name: 'Your blind votes',
    label: 'Your votes',
    date,
    scale: 'rating (Bradley–Terry), 1000 = average',
    attribution: `Your ${board.votes} blind vote${board.votes === 1 ? '' : 's'}`,
    attributionUrl: null,
    origin: 'votes',
    votes: board.votes,
    measuredModels: board.rows.length,
    superseded: false,
  };
  const scores = board.rows.map((row) => ({
    provider: row.provider,
    model: row.model,
    entry: {
      ...VOTES_INDEX,
      score: round(row.rating),
      date,
      variant: null,
      reasoning: null,
      effort: null,
      estimated: false,
      preview: false,
      sourceModel: row.model,
      source: 'your blind votes',
      interval: [round(row.ci95[0]), round(row.ci95[1])] as [number, number],
      votes: row.votes,
    },
  }));
  return { info, scores };
}
