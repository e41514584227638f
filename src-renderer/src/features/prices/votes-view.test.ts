import { describe, expect, it } from 'vitest';
import type { QualityIndexInfo, QualityScoreEntry } from '../../../../src-shared/quality.ts';
import { intervalText, recordText, tiersNote, votesOptionLabel } from './votes-view.ts';

const info = (votes: number): QualityIndexInfo => ({
  index: 'votes',
  version: 'yours',
  name: 'Your blind votes',
  label: 'Your votes',
  date: '2026-11-30',
  scale: 'rating',
  attribution: 'Your votes',
  attributionUrl: null,
  origin: 'votes',
  votes,
  measuredModels: 3,
  superseded: false,
});

describe('your votes on Models & Prices', () => {
  it('labels the index option with the vote count and the newest day', () => {
    expect(votesOptionLabel(info(37))).toBe('Your votes (yours, 37 votes, 2026-11-30)');
    expect(votesOptionLabel(info(1))).toBe('Your votes (yours, 1 vote, 2026-11-30)');
  });

  it('writes a rating’s interval and votes, and nothing for a published score', () => {
    const entry = { interval: [907, 1240], votes: 4 } as QualityScoreEntry;
    // Under the score, where the column is narrow: the interval's half-width (the hover has the rest).
    expect(intervalText(entry)).toBe('±167');
    expect(intervalText({ interval: [522, 1351], votes: 1 } as QualityScoreEntry)).toBe('±415');
    expect(intervalText({} as QualityScoreEntry)).toBeNull();
    expect(recordText({ wins: 3, losses: 1, ties: 2 })).toBe('3–1–2');
  });

  it('says tiers need 10 rated models, and how many there are', () => {
    expect(tiersNote(3)).toContain('at least 10 rated models');
    expect(tiersNote(3)).toContain('you have rated 3');
    expect(tiersNote(12)).toContain('among your 12 rated models');
  });
});
