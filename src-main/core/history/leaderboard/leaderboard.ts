// Your personal leaderboard: a Bradley–Terry rating per model from your blind votes, on an Elo-like
// scale, with a 95 % interval and the votes, wins, losses and ties behind it.
import type { ModelRef } from '../../../../src-shared/domain.ts';
import type { Leaderboard, LeaderboardRow } from '../../../../src-shared/history.ts';
import { fitBradleyTerry, type PairRecord } from './bradley-terry.ts';
import { type PairOutcome, pairwiseOutcomes, type VotedTurn } from './pairwise-outcomes.ts';

/** The rating of the average model (the mean log-strength of a group of compared models). */
export const RATING_ANCHOR = 1000;
/** Elo's scale: 400 points is odds of 10 to 1, so rating = 1000 + 400 · log10 γ. */
export const RATING_SCALE = 400 / Math.LN10;
/** The normal quantile of a two-sided 95 % interval. */
const Z_95 = 1.959964;

interface Tally extends ModelRef {
  votes: number;
  wins: number;
  losses: number;
  ties: number;
}

const modelKey = (model: ModelRef) => `${model.provider}\u0000${model.model}`;

/** Each model's player number and tallies, and every pair's scores (a win 1, a tie ½ each). */
function tally(turns: readonly VotedTurn[]) {
  const players = new Map<string, Tally & { index: number }>();
  const records = new Map<string, PairRecord>();
  let votes = 0;
  let newest: string | null = null;
  const player = (model: ModelRef) => {
    const key = modelKey(model);
    const found = players.get(key);
    if (found) return found;
    const added = { ...model, index: players.size, votes: 0, wins: 0, losses: 0, ties: 0 };
    players.set(key, added);
    return added;
  };
  const record = (outcome: PairOutcome) => {
    const first = player(outcome.first);
    const second = player(outcome.second);
    const key = `${first.index},${second.index}`;
    const pair = records.get(key) ?? { i: first.index, j: second.index, scoreI: 0, scoreJ: 0 };
    if (outcome.result === 'tie') {
      pair.scoreI += 0.5;
      pair.scoreJ += 0.5;
      first.ties += 1;
      second.ties += 1;
    } else {
      pair.scoreI += 1;
      first.wins += 1;
      second.losses += 1;
    }
    records.set(key, pair);
  };
  for (const turn of turns) {
    const outcomes = pairwiseOutcomes(turn);
    if (outcomes.length === 0) continue;
    votes += 1;
    if (newest === null || turn.vote.votedAt > newest) newest = turn.vote.votedAt;
    const inVote = new Set<Tally>();
    for (const outcome of outcomes) {
      record(outcome);
      inVote.add(player(outcome.first));
      inVote.add(player(outcome.second));
    }
    for (const model of inVote) model.votes += 1;
  }
  return { players: [...players.values()], records: [...records.values()], votes, newest };
}

/**
 * The leaderboard from every voted turn. Ties (and "both bad") count half a win to each side; a
 * vote for the best of n beats each other column; a ranking counts every pair. Ratings are
 * 1000 + 400 · log10 γ with the strengths γ of each group of compared models averaging 1000 (see
 * bradley-terry.ts for the fit and its prior); the interval is ±1.96 standard errors from the Fisher
 * information. Best first. Models never compared with each other, even through others, are in
 * different groups (`group`), each centred on 1000 by itself: their ratings cannot be compared.
 */
export function computeLeaderboard(turns: readonly VotedTurn[]): Leaderboard {
  const { players, records, votes, newest } = tally(turns);
  const fit = fitBradleyTerry(players.length, records);
  const rated = players.map(({ index, provider, model, ...counts }) => {
    const rating = RATING_ANCHOR + RATING_SCALE * fit.theta[index]!;
    const margin = Z_95 * RATING_SCALE * Math.sqrt(fit.variance[index]!);
    const row: LeaderboardRow = {
      provider,
      model,
      rating,
      ci95: [rating - margin, rating + margin],
      ...counts,
    };
    return { row, component: fit.groups[index]! };
  });
  rated.sort((a, b) => b.row.rating - a.row.rating || a.row.model.localeCompare(b.row.model));
  // Groups numbered 1, 2, … in the order the board lists them: each is centred on 1000 by itself.
  const numbers = new Map<number, number>();
  const rows = rated.map(({ row, component }) => {
    if (!numbers.has(component)) numbers.set(component, numbers.size + 1);
    return { ...row, group: numbers.get(component)! };
  });
  return { rows, votes, updatedAt: newest };
}
