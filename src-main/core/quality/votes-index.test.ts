import { describe, expect, it } from 'vitest';
import { computeLeaderboard } from '../history/leaderboard/leaderboard.ts';
import type { VotedTurn } from '../history/leaderboard/pairwise-outcomes.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { priceRows } from '../pricing/price-rows.ts';
import { QualityTable } from './quality-scores.ts';
import { VOTES_INDEX, votesIndex } from './votes-index.ts';

/** A pair vote between two catalog models (the first better), on `day`. */
function vote(winner: [string, string], loser: [string, string], day = '2026-11-30'): VotedTurn {
  return {
    columns: [
      { columnId: 'x', provider: winner[0] as 'openai', model: winner[1] },
      { columnId: 'y', provider: loser[0] as 'openai', model: loser[1] },
    ],
    vote: {
      votedAt: `${day}T12:00:00.000Z`,
      outcome: { kind: 'pair', a: 'y', b: 'x', result: 'b' },
      shownOrder: ['y', 'x'],
    },
  };
}

const FABLE: [string, string] = ['anthropic', 'claude-fable-5'];
const GEMMA: [string, string] = ['gemini', 'gemma-3-27b-it'];

describe('your votes as a quality index', () => {
  it('is offered only once there are votes, labelled with their count and the newest day', () => {
    const quality = new QualityTable();
    expect(votesIndex(computeLeaderboard([]))).toBeNull();
    quality.setVotes(votesIndex(computeLeaderboard([vote(FABLE, GEMMA, '2026-11-29'), vote(FABLE, GEMMA)])));
    const info = quality.indexes().find((entry) => entry.index === 'votes');
    expect(info).toMatchObject({
      index: 'votes',
      version: 'yours',
      label: 'Your votes',
      date: '2026-11-30',
      origin: 'votes',
      votes: 2,
      measuredModels: 2,
    });
    quality.setVotes(null);
    expect(quality.indexes().some((entry) => entry.index === 'votes')).toBe(false);
  });

  it('scores the price table on the ratings, with interval and votes; tiers say two rated models are too few', () => {
    const quality = new QualityTable();
    // 3 wins to 1: 1000 ± 200·log10(7/3) = 1074 and 926 (see leaderboard.test.ts), interval ±166.
    quality.setVotes(
      votesIndex(
        computeLeaderboard([vote(FABLE, GEMMA), vote(FABLE, GEMMA), vote(FABLE, GEMMA), vote(GEMMA, FABLE)]),
      ),
    );
    const rows = priceRows(createDefaultCatalog(), quality, undefined, VOTES_INDEX);
    const fable = rows.find((row) => row.provider === 'anthropic' && row.model === 'claude-fable-5');
    const gemma = rows.find((row) => row.provider === 'gemini' && row.model === 'gemma-3-27b-it');
    expect(fable?.quality).toBe(1074);
    expect(gemma?.quality).toBe(926);
    expect(fable?.qualityScore).toMatchObject({
      interval: [907, 1240],
      votes: 4,
      source: 'your blind votes',
    });
    expect(fable?.qualitySource).toBe('Your votes, 2026-11-30, 95 % interval 907–1240, 4 votes');
    expect(fable?.tierReason).toContain('Your votes scored too few models (2) to rank');
    const unvoted = rows.find((row) => row.provider === 'openai');
    expect(unvoted?.quality).toBeNull();
    expect(unvoted?.qualityMissing).toBe('not measured on Your votes');
  });

  it('ranks tiers by percentile among the rated models once there are 10', () => {
    const catalog = createDefaultCatalog();
    const models = catalog
      .all()
      .filter((entry) => entry.currency === 'USD' && entry.provider === 'gemini')
      .slice(0, 11)
      .map((entry): [string, string] => [entry.provider, entry.model]);
    // A chain: each model beats the next, so the first is rated highest.
    const turns = models.slice(1).map((loser, at) => vote(models[at]!, loser));
    const quality = new QualityTable();
    quality.setVotes(votesIndex(computeLeaderboard(turns)));
    expect(quality.population(VOTES_INDEX)).toHaveLength(11);
    const rows = priceRows(catalog, quality, 'gemini', VOTES_INDEX);
    const ranked = rows.filter(
      (row) => row.qualityScore?.index === 'votes' && row.tierReason?.includes('quality band'),
    );
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked[0]?.tierReason).toMatch(/on Your votes = \d+(st|nd|rd|th) percentile of 11 models/);
  });
});
