import { describe, expect, it } from 'vitest';
import { qualityScoreEntry as entry } from '../../../../src-shared/pricing-test-support.ts';
import type { QualityIndexInfo } from '../../../../src-shared/quality.ts';
import {
  describeQualityIndex,
  formatScore,
  indexKey,
  minimumQualityField,
  otherScoresTitle,
  parseIndexKey,
  perPointMeaningless,
  rowQualityView,
  scoreLine,
  shortVariant,
  shownScoreText,
} from './quality-view.ts';

function info(overrides: Partial<QualityIndexInfo>): QualityIndexInfo {
  return {
    index: 'aa-intelligence',
    version: 'v4.1',
    name: 'Artificial Analysis Intelligence Index',
    label: 'AA Intelligence v4.1',
    date: '2026-07-10',
    scale: '0–100',
    attribution: 'Data: Artificial Analysis (artificialanalysis.ai)',
    attributionUrl: 'https://artificialanalysis.ai',
    origin: 'bundled',
    measuredModels: 77,
    superseded: false,
    ...overrides,
  };
}

const INDEXES = [
  info({}),
  info({ version: 'v4.0.x', label: 'AA Intelligence v4.0.x', date: '2026-06-15', superseded: true }),
  info({
    index: 'lmarena-text',
    version: '2026-07-08',
    label: 'LMArena text',
    name: 'LMArena Text Arena',
    date: '2026-07-08',
    scale: 'rating (Bradley–Terry)',
  }),
];

describe('index keys', () => {
  it('round-trips an index version through the one string a <select> option holds', () => {
    expect(indexKey({ index: 'aa-coding', version: 'v4.0.x' })).toBe('aa-coding@v4.0.x');
    expect(parseIndexKey('aa-coding@v4.0.x')).toEqual({ index: 'aa-coding', version: 'v4.0.x' });
    expect(parseIndexKey('lmarena-text@2026-07-08')).toEqual({
      index: 'lmarena-text',
      version: '2026-07-08',
    });
  });

  it('refuses a key that names no known index or no version', () => {
    expect(parseIndexKey('constructor@v1')).toBeNull();
    expect(parseIndexKey('aa-coding@')).toBeNull();
    expect(parseIndexKey('aa-coding')).toBeNull();
  });
});

describe('formatScore', () => {
  it('keeps up to the two decimals AA publishes and no trailing zeros', () => {
    expect(formatScore(38.13)).toBe('38.13');
    expect(formatScore(46)).toBe('46');
    expect(formatScore(28.3)).toBe('28.3');
    expect(formatScore(1417)).toBe('1417');
  });
});

describe('shownScoreText', () => {
  it('marks an estimated score and leaves a measured one bare', () => {
    expect(shownScoreText(entry({ score: 28.31, estimated: true }))).toBe('28.31 est.');
    expect(shownScoreText(entry({ score: 38.13 }))).toBe('38.13');
  });
});

describe('scoreLine', () => {
  it('puts the score first, then the index version, date, variant and whether the index estimated it', () => {
    expect(scoreLine(entry({ score: 29.28, variant: 'non-reasoning', estimated: true }), INDEXES)).toBe(
      '29.28 — AA Intelligence v4.1, 2026-07-10, non-reasoning, estimated',
    );
    expect(
      scoreLine(
        entry({
          index: 'lmarena-text',
          version: '2026-07-08',
          date: '2026-07-08',
          score: 1455,
          variant: null,
        }),
        INDEXES,
      ),
    ).toBe('1455 — LMArena text, 2026-07-08');
  });
});

describe('otherScoresTitle', () => {
  it('lists the shown score, then every other score one per line', () => {
    const shown = entry({});
    const others = [
      entry({ variant: 'non-reasoning', score: 29.28, estimated: true }),
      entry({ version: 'v4.0.x', date: '2026-06-15', score: 43.03 }),
    ];
    expect(otherScoresTitle({ shown, missing: null, others }, INDEXES)).toBe(
      [
        '36.42 — AA Intelligence v4.1, 2026-07-10, reasoning',
        'Other scores:',
        '29.28 — AA Intelligence v4.1, 2026-07-10, non-reasoning, estimated',
        '43.03 — AA Intelligence v4.0.x, 2026-06-15, reasoning',
      ].join('\n'),
    );
  });

  it('starts with why there is no score, and says when there is no other one either', () => {
    expect(
      otherScoresTitle({ shown: null, missing: 'not measured on AA Intelligence v4.1', others: [] }, INDEXES),
    ).toBe('not measured on AA Intelligence v4.1\nNo other index scored this model.');
  });
});

describe('perPointMeaningless', () => {
  it('gives a reason on a rating scale, where a price per point would mean nothing', () => {
    expect(perPointMeaningless({ index: 'lmarena-text', version: '2026-07-08' })).toMatch(/LMArena/);
    expect(perPointMeaningless({ index: 'aa-intelligence', version: 'v4.1' })).toBeNull();
    expect(perPointMeaningless({ index: 'user', version: 'yours' })).toBeNull();
  });
});

describe('minimumQualityField', () => {
  it('puts the bounds and the label on the chosen index scale', () => {
    expect(minimumQualityField(INDEXES[0])).toEqual({
      label: 'Minimum quality (AA Intelligence v4.1, 0–100, optional)',
      min: 0,
      max: 100,
    });
    expect(minimumQualityField(INDEXES[2])).toEqual({
      label: 'Minimum quality (LMArena text rating, e.g. 1400, optional)',
      min: 0,
      max: 3000,
    });
  });
});

describe('rowQualityView', () => {
  const chosen = { index: 'aa-intelligence', version: 'v4.1' } as const;
  const arena = entry({ index: 'lmarena-text', version: '2026-07-08', score: 1455, variant: 'thinking-32k' });
  const older = entry({ version: 'v4.0.x', score: 43.03 });
  const shown = entry({});
  const nonReasoning = entry({ variant: 'non-reasoning', score: 29.28, estimated: true });

  it('keeps the shown entry out of the others and lists the nearest first', () => {
    const view = rowQualityView(
      // As it crosses the bridge: equal copies, not the same objects.
      {
        qualityScore: { ...shown },
        qualityMissing: null,
        qualityScores: [arena, older, shown, nonReasoning],
      },
      chosen,
    );
    expect(view.shown).toEqual(shown);
    expect(view.missing).toBeNull();
    expect(view.others).toEqual([nonReasoning, older, arena]);
  });

  it('passes on why there is no score on the chosen index', () => {
    const view = rowQualityView(
      { qualityScore: null, qualityMissing: 'not measured on AA Intelligence v4.1', qualityScores: [arena] },
      chosen,
    );
    expect(view).toEqual({ shown: null, missing: 'not measured on AA Intelligence v4.1', others: [arena] });
  });
});

describe('describeQualityIndex', () => {
  it('names the index and version, then its date, scale and how many models it measured', () => {
    expect(describeQualityIndex(info({}))).toBe(
      'Artificial Analysis Intelligence Index v4.1 · 2026-07-10 · 0–100 · 77 models',
    );
    expect(describeQualityIndex(INDEXES[1] ?? info({}))).toBe(
      'Artificial Analysis Intelligence Index v4.0.x · 2026-06-15 · 0–100 · 77 models · superseded',
    );
  });

  it('does not repeat "yours" after your own indexes’ names', () => {
    const votes = info({
      index: 'votes',
      version: 'yours',
      name: 'Your blind votes',
      date: '2026-11-30',
      scale: 'rating (Bradley–Terry), 1000 = average',
      origin: 'votes',
      measuredModels: 3,
    });
    expect(describeQualityIndex(votes)).toBe(
      'Your blind votes · 2026-11-30 · rating (Bradley–Terry), 1000 = average · 3 models',
    );
  });

  it('says a date once when the version is the date or was named after it', () => {
    const fetched = info({
      version: 'fetched 2026-11-27',
      label: 'AA Intelligence · fetched 2026-11-27',
      date: '2026-11-27',
      origin: 'refreshed',
      measuredModels: 2,
    });
    expect(describeQualityIndex(fetched)).toBe(
      'Artificial Analysis Intelligence Index · fetched 2026-11-27 · 0–100 · 2 models',
    );
    const arena = info({
      index: 'lmarena-text',
      version: 'text 2026-07-08',
      name: 'LMArena Text Arena (overall, style control on)',
      date: '2026-07-08',
      scale: 'rating (Bradley–Terry, about 1300–1500)',
      measuredModels: 72,
    });
    expect(describeQualityIndex(arena)).toBe(
      'LMArena Text Arena (overall, style control on) · text 2026-07-08 · rating (Bradley–Terry, about 1300–1500) · 72 models',
    );
  });

  it('says so when a version has no date', () => {
    expect(describeQualityIndex(info({ date: null }))).toBe(
      'Artificial Analysis Intelligence Index v4.1 · undated · 0–100 · 77 models',
    );
  });
});

describe('shortVariant', () => {
  it('shortens the long labels the indexes use so they fit under a score', () => {
    expect(shortVariant('reasoning (always-on)')).toBe('always reasons');
    expect(shortVariant('non-reasoning')).toBe('no reasoning');
    expect(shortVariant('Non-Reasoning, High Effort')).toBe('no reas., high');
    expect(shortVariant('adaptive reasoning, max effort')).toBe('adaptive, max');
    expect(shortVariant('reasoning, high effort')).toBe('high effort');
    expect(shortVariant('reasoning (deepseek-reasoner)')).toBe('reasoning');
    expect(shortVariant('default (as served on arena)')).toBe('as served');
  });

  it('keeps a label that is short already or that it does not know', () => {
    expect(shortVariant('high')).toBe('high');
    expect(shortVariant('thinking-32k')).toBe('thinking-32k');
    expect(shortVariant('something new (preview)')).toBe('something new (preview)');
    expect(shortVariant('constructor')).toBe('constructor');
  });
});
