// The Bradley–Terry model: P(i beats j) = γi / (γi + γj). Fitted by Hunter's MM algorithm (2004) with a
// small prior, so that a model that only ever won still gets a finite strength.
import { ratingVariances } from './rating-variance.ts';

/** What two players scored against each other: a win is 1, a tie ½ to each. */
export interface PairRecord {
  i: number;
  j: number;
  scoreI: number;
  scoreJ: number;
}

/**
 * The prior: one virtual tie added to every pair of models that met (½ a win to each). It keeps every
 * strength finite (a 3–0 record reads as 3.5 to 0.5, not as infinitely stronger), and its pull fades as
 * real votes add up. Models never compared, even through others, are not connected by it.
 */
export const PRIOR_TIES_PER_PAIR = 1;
/** Stop when no log-strength moves by more than this in an iteration… */
export const TOLERANCE = 1e-10;
/** …or after this many iterations (MM moves steadily uphill; this is only a bound). */
export const MAX_ITERATIONS = 10_000;

export interface BradleyTerryFit {
  /** Log-strengths ln γ, centred on 0 within each group of connected models. */
  theta: number[];
  /** Var(θi) from the Fisher information, under the same centring (Infinity for a lone player). */
  variance: number[];
  /** Each player's group of connected players (an id shared within the group; not numbered 1, 2, …). */
  groups: number[];
  iterations: number;
  converged: boolean;
}

/** A pair's games and scores with the prior's virtual tie added. */
interface PriorPair extends PairRecord {
  games: number;
}

function withPrior(pairs: readonly PairRecord[]): PriorPair[] {
  const merged = new Map<string, PriorPair>();
  for (const { i, j, scoreI, scoreJ } of pairs) {
    const [lo, hi, sLo, sHi] = i < j ? [i, j, scoreI, scoreJ] : [j, i, scoreJ, scoreI];
    const key = `${lo},${hi}`;
    const pair = merged.get(key) ?? {
      i: lo,
      j: hi,
      scoreI: PRIOR_TIES_PER_PAIR / 2,
      scoreJ: PRIOR_TIES_PER_PAIR / 2,
      games: PRIOR_TIES_PER_PAIR,
    };
    pair.scoreI += sLo;
    pair.scoreJ += sHi;
    pair.games += sLo + sHi;
    merged.set(key, pair);
  }
  return [...merged.values()];
}

/** Which group of connected players each player is in (union–find), as a group number per player. */
export function connectedGroups(players: number, pairs: readonly { i: number; j: number }[]): number[] {
  const parent = Array.from({ length: players }, (_, at) => at);
  const root = (at: number): number => {
    let node = at;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!;
      node = parent[node]!;
    }
    return node;
  };
  for (const { i, j } of pairs) parent[root(i)] = root(j);
  return parent.map((_, at) => root(at));
}

/** Shifts each group's log-strengths so that they average 0 (the scale's anchor). */
function centre(theta: number[], groups: readonly number[]): void {
  const sums = new Map<number, { total: number; count: number }>();
  groups.forEach((group, at) => {
    const sum = sums.get(group) ?? { total: 0, count: 0 };
    sum.total += theta[at]!;
    sum.count += 1;
    sums.set(group, sum);
  });
  groups.forEach((group, at) => {
    const sum = sums.get(group)!;
    theta[at]! -= sum.total / sum.count;
  });
}

export function fitBradleyTerry(players: number, records: readonly PairRecord[]): BradleyTerryFit {
  const pairs = withPrior(records);
  const groups = connectedGroups(players, pairs);
  const wins = new Array<number>(players).fill(0);
  for (const pair of pairs) {
    wins[pair.i]! += pair.scoreI;
    wins[pair.j]! += pair.scoreJ;
  }
  let theta = new Array<number>(players).fill(0);
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < MAX_ITERATIONS) {
    iterations += 1;
    // MM step: γi ← Wi / Σj nij / (γi + γj), every player at once from the last strengths.
    const gamma = theta.map(Math.exp);
    const denominators = new Array<number>(players).fill(0);
    for (const { i, j, games } of pairs) {
      const share = games / (gamma[i]! + gamma[j]!);
      denominators[i]! += share;
      denominators[j]! += share;
    }
    const next = theta.map((value, at) =>
      denominators[at]! > 0 ? Math.log(wins[at]! / denominators[at]!) : value,
    );
    centre(next, groups);
    converged = next.every((value, at) => Math.abs(value - theta[at]!) <= TOLERANCE);
    theta = next;
  }
  return { theta, variance: ratingVariances(theta, pairs, groups), groups, iterations, converged };
}
