import { describe, expect, it } from 'vitest';
import type { LeaderboardRow, VoteOutcome } from '../../../../src-shared/history.ts';
import { computeLeaderboard } from './leaderboard.ts';
import type { VotedTurn } from './pairwise-outcomes.ts';

const ELO = 400 / Math.log(10);

/** A turn with one column per model name (provider 'openai'), voted `outcome`. */
function turn(models: string[], outcome: VoteOutcome, votedAt = '2026-11-20T10:00:00.000Z'): VotedTurn {
  return {
    columns: models.map((model, at) => ({ columnId: `c${at}`, provider: 'openai', model })),
    vote: { votedAt, outcome, shownOrder: models.map((_, at) => `c${at}`) },
  };
}
const aBeatsB = (result: 'a' | 'b' | 'tie' | 'both_bad' = 'a') =>
  turn(['A', 'B'], { kind: 'pair', a: 'c0', b: 'c1', result });
const times = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);

function row(rows: readonly LeaderboardRow[], model: string): LeaderboardRow {
  const found = rows.find((entry) => entry.model === model);
  if (!found) throw new Error(`no row for ${model}`);
  return found;
}

describe('the personal leaderboard (Bradley–Terry from blind votes)', () => {
  it('two models, 3 wins to 1: strengths 3.5 : 1.5 with the prior’s virtual tie, ratings ±73.6 around 1000', () => {
    const board = computeLeaderboard([...times(3, () => aBeatsB('a')), aBeatsB('b')]);
    const a = row(board.rows, 'A');
    const b = row(board.rows, 'B');
    // Two players: the fit is exact, γA / γB = (3 + ½) / (1 + ½) = 7/3, so the gap is 400·log10(7/3).
    expect(a.rating - b.rating).toBeCloseTo(147.1907, 3);
    expect(a.rating).toBeCloseTo(1073.5954, 3);
    expect(b.rating).toBeCloseTo(926.4046, 3);
    // Information on θA − θB: n·p·(1 − p) = 5 · 0.7 · 0.3 = 1.05; θA = (θA − θB)/2 has variance 1/4.2.
    const margin = 1.959964 * ELO * Math.sqrt(1 / 4.2);
    expect(a.ci95[0]).toBeCloseTo(1073.5954 - margin, 3);
    expect(a.ci95[1]).toBeCloseTo(1073.5954 + margin, 3);
    expect(margin).toBeCloseTo(166.1375, 3);
    expect(a).toMatchObject({ votes: 4, wins: 3, losses: 1, ties: 0 });
    expect(b).toMatchObject({ votes: 4, wins: 1, losses: 3, ties: 0 });
    expect(board.rows.map((entry) => entry.model)).toEqual(['A', 'B']);
  });

  it('with many votes the prior fades toward the plain ratio: 300 to 100 is close to 400·log10(3) ≈ 190.85', () => {
    const board = computeLeaderboard([...times(300, () => aBeatsB('a')), ...times(100, () => aBeatsB('b'))]);
    const gap = row(board.rows, 'A').rating - row(board.rows, 'B').rating;
    expect(gap).toBeCloseTo(400 * Math.log10(300.5 / 100.5), 3);
    expect(Math.abs(gap - 190.85)).toBeLessThan(1);
  });

  it('a model that only won stays finite: 5 to 0 reads as 5.5 to 0.5', () => {
    const board = computeLeaderboard(times(5, () => aBeatsB('a')));
    expect(row(board.rows, 'A').rating - row(board.rows, 'B').rating).toBeCloseTo(400 * Math.log10(11), 3);
    expect(Number.isFinite(row(board.rows, 'A').ci95[1])).toBe(true);
  });

  it('ties count half a win to each: 2 wins and 2 ties rate like 3 wins and 1 loss', () => {
    const board = computeLeaderboard([...times(2, () => aBeatsB('a')), ...times(2, () => aBeatsB('tie'))]);
    expect(row(board.rows, 'A').rating).toBeCloseTo(1073.5954, 3);
    expect(row(board.rows, 'A')).toMatchObject({ wins: 2, losses: 0, ties: 2 });
    expect(row(board.rows, 'B')).toMatchObject({ wins: 0, losses: 2, ties: 2 });
  });

  it('"both bad" is a tie between two bad answers: equal ratings, counted as ties', () => {
    const board = computeLeaderboard([aBeatsB('both_bad'), aBeatsB('both_bad'), aBeatsB('tie')]);
    expect(row(board.rows, 'A').rating).toBeCloseTo(1000, 6);
    expect(row(board.rows, 'B').rating).toBeCloseTo(1000, 6);
    expect(row(board.rows, 'A')).toMatchObject({ votes: 3, ties: 3, wins: 0, losses: 0 });
  });

  it('a symmetric cycle (A > B, B > C, C > A) rates all three 1000 with equal intervals', () => {
    const pair = (models: string[]) => turn(models, { kind: 'pair', a: 'c0', b: 'c1', result: 'a' });
    const board = computeLeaderboard([pair(['A', 'B']), pair(['B', 'C']), pair(['C', 'A'])]);
    for (const entry of board.rows) {
      expect(entry.rating).toBeCloseTo(1000, 6);
      expect(entry.ci95[1] - entry.ci95[0]).toBeCloseTo(board.rows[0]!.ci95[1] - board.rows[0]!.ci95[0], 6);
    }
  });

  it('a ranking of 3 expands into its 3 pairs: A > B, A > C, B > C', () => {
    const board = computeLeaderboard([turn(['A', 'B', 'C'], { kind: 'ranking', order: ['c0', 'c1', 'c2'] })]);
    expect(board.votes).toBe(1);
    expect(row(board.rows, 'A')).toMatchObject({ votes: 1, wins: 2, losses: 0 });
    expect(row(board.rows, 'B')).toMatchObject({ votes: 1, wins: 1, losses: 1 });
    expect(row(board.rows, 'C')).toMatchObject({ votes: 1, wins: 0, losses: 2 });
    // Each pair: 1 game + the virtual tie = 2 games, the winner scoring 1.5. By symmetry θB = 0 and
    // θA = −θC = t, where A's expected score equals its actual one: 2σ(t) + 2σ(2t) = 3 → t = 0.756308.
    expect(row(board.rows, 'B').rating).toBeCloseTo(1000, 6);
    expect(row(board.rows, 'A').rating).toBeCloseTo(1000 + ELO * 0.7563076, 3);
    expect(row(board.rows, 'C').rating).toBeCloseTo(1000 - ELO * 0.7563076, 3);
    expect(row(board.rows, 'A').rating).toBeCloseTo(1131.384, 2);
  });

  it('"best of 3" is the best beating each other column, the other two not compared', () => {
    const board = computeLeaderboard([turn(['A', 'B', 'C'], { kind: 'best', best: 'c1' })]);
    expect(row(board.rows, 'B')).toMatchObject({ wins: 2, losses: 0, ties: 0 });
    expect(row(board.rows, 'A')).toMatchObject({ wins: 0, losses: 1, ties: 0 });
    expect(row(board.rows, 'C')).toMatchObject({ wins: 0, losses: 1, ties: 0 });
    expect(row(board.rows, 'A').rating).toBeCloseTo(row(board.rows, 'C').rating, 6);
    expect(board.rows[0]?.model).toBe('B');
  });

  it('groups never compared with each other are each centred on 1000', () => {
    const board = computeLeaderboard([
      aBeatsB('a'),
      turn(['X', 'Y'], { kind: 'pair', a: 'c0', b: 'c1', result: 'b' }),
    ]);
    expect(row(board.rows, 'A').rating + row(board.rows, 'B').rating).toBeCloseTo(2000, 6);
    expect(row(board.rows, 'Y').rating).toBeCloseTo(row(board.rows, 'A').rating, 6);
  });

  it('numbers each group of models compared (directly or through others), so equal ratings across groups can be told apart', () => {
    const board = computeLeaderboard([
      aBeatsB('a'),
      turn(['X', 'Y'], { kind: 'pair', a: 'c0', b: 'c1', result: 'b' }),
      turn(['Y', 'Z'], { kind: 'pair', a: 'c0', b: 'c1', result: 'a' }),
    ]);
    const groupOf = (model: string) => row(board.rows, model).group;
    expect(groupOf('A')).toBe(groupOf('B'));
    expect(groupOf('X')).toBe(groupOf('Y'));
    expect(groupOf('Z')).toBe(groupOf('Y'));
    expect(groupOf('A')).not.toBe(groupOf('X'));
    // Numbered 1, 2, … in the order the board lists them (best first): Y leads the board.
    expect(board.rows[0]?.model).toBe('Y');
    expect(groupOf('Y')).toBe(1);
    expect(groupOf('A')).toBe(2);
    expect(computeLeaderboard([aBeatsB('a')]).rows.map((entry) => entry.group)).toEqual([1, 1]);
  });

  it('skips a duplicate of the same model and column ids the turn does not have; counts votes and the newest', () => {
    const duplicate = turn(['A', 'A'], { kind: 'pair', a: 'c0', b: 'c1', result: 'a' });
    const stray = turn(['A', 'B'], { kind: 'pair', a: 'c0', b: 'gone', result: 'a' });
    const counted = turn(
      ['A', 'B'],
      { kind: 'pair', a: 'c0', b: 'c1', result: 'b' },
      '2026-11-30T09:00:00.000Z',
    );
    const board = computeLeaderboard([duplicate, stray, counted, aBeatsB('a')]);
    expect(board.votes).toBe(2);
    expect(board.updatedAt).toBe('2026-11-30T09:00:00.000Z');
    expect(row(board.rows, 'A')).toMatchObject({ votes: 2, wins: 1, losses: 1 });
  });

  it('the same model from two providers is two rows', () => {
    const board = computeLeaderboard([
      {
        columns: [
          { columnId: 'x', provider: 'minimax', model: 'MiniMax-M2.7' },
          { columnId: 'y', provider: 'openrouter', model: 'MiniMax-M2.7' },
        ],
        vote: {
          votedAt: '2026-11-20T10:00:00.000Z',
          outcome: { kind: 'pair', a: 'x', b: 'y', result: 'a' },
          shownOrder: ['y', 'x'],
        },
      },
    ]);
    expect(board.rows.map((entry) => `${entry.provider}/${entry.model}`)).toEqual([
      'minimax/MiniMax-M2.7',
      'openrouter/MiniMax-M2.7',
    ]);
  });

  it('no votes: an empty board', () => {
    expect(computeLeaderboard([])).toEqual({ rows: [], votes: 0, updatedAt: null });
  });
});
