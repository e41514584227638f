import { describe, expect, it } from 'vitest';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import { qualityScoreEntry as entry, priceRow } from '../../../../src-shared/pricing-test-support.ts';
import type { QualityIndexInfo, QualityScoreEntry } from '../../../../src-shared/quality.ts';
import { columnCallMode, columnQuality } from './column-quality.ts';

// claude-sonnet-4-5 as the bundled data scores it (PROVENANCE: AA v4.1 and v4.0.x, LMArena 2026-07-08).
const SONNET = [
  entry({ score: 36.42, variant: 'reasoning', reasoning: true }),
  entry({ score: 29.28, variant: 'non-reasoning', reasoning: false, estimated: true }),
  entry({ version: 'v4.0.x', date: '2026-06-15', score: 43.03, variant: 'reasoning', reasoning: true }),
  entry({
    index: 'lmarena-text',
    version: '2026-07-08',
    date: '2026-07-08',
    score: 1455,
    variant: 'thinking-32k',
    reasoning: true,
  }),
];

const AA = 'Data: Artificial Analysis (artificialanalysis.ai)';
const INDEXES = [
  { index: 'aa-intelligence', version: 'v4.1', label: 'AA Intelligence v4.1', attribution: AA },
  { index: 'aa-intelligence', version: 'v4.0.x', label: 'AA Intelligence v4.0.x', attribution: AA },
  { index: 'lmarena-text', version: '2026-07-08', label: 'LMArena text', attribution: 'LMArena (arena.ai)' },
] as QualityIndexInfo[];

function table(scores: QualityScoreEntry[], index = INDEXES[0] as QualityIndexInfo): PriceTable {
  return {
    rows: [priceRow('anthropic', 'claude-sonnet-4-5', { qualityScores: scores })],
    qualityIndex: { index: index.index, version: index.version },
    qualityIndexes: INDEXES,
  } as PriceTable;
}

const sonnet = { provider: 'anthropic', model: 'claude-sonnet-4-5' } as const;

describe('columnCallMode', () => {
  it("takes the column's reasoning and effort, else the shared defaults, else how the app calls the model", () => {
    expect(columnCallMode({ ...sonnet, params: { reasoning: true, reasoningEffort: 'high' } }, {})).toEqual({
      reasoning: true,
      effort: 'high',
    });
    expect(columnCallMode(sonnet, { reasoning: true, reasoningEffort: 'low' })).toEqual({
      reasoning: true,
      effort: 'low',
    });
    expect(columnCallMode({ ...sonnet, params: { reasoning: false } }, { reasoning: true })).toEqual({
      reasoning: false,
      effort: null,
    });
    // Claude thinks only when asked; MiniMax M2.x always thinks.
    expect(columnCallMode(sonnet, {})).toEqual({ reasoning: false, effort: null });
    expect(columnCallMode({ provider: 'minimax', model: 'MiniMax-M2.7' }, {})).toEqual({
      reasoning: true,
      effort: null,
      alwaysReasons: true,
    });
  });
});

describe('columnQuality', () => {
  it("shows the chosen index's score for the variant the column calls, the others on hover", () => {
    const off = columnQuality(table(SONNET), sonnet, {});
    expect(off?.view.shown?.score).toBe(29.28);
    expect(off?.label).toBe('AA Intelligence v4.1');
    expect(off?.view.others.map((other) => other.score)).toEqual([36.42, 43.03, 1455]);
    expect(off?.title.split('\n')[0]).toBe(
      '29.28 — AA Intelligence v4.1, 2026-07-10, non-reasoning, estimated',
    );

    const on = columnQuality(table(SONNET), { ...sonnet, params: { reasoning: true } }, {});
    expect(on?.view.shown?.score).toBe(36.42);
  });

  it('follows the chosen index version and never shows another version’s number', () => {
    const thinking = { ...sonnet, params: { reasoning: true } };
    expect(columnQuality(table(SONNET, INDEXES[1]), thinking, {})?.view.shown?.score).toBe(43.03);
    const missing = columnQuality(table(SONNET.slice(0, 2), INDEXES[1]), thinking, {});
    expect(missing?.view.shown).toBeNull();
    expect(missing?.view.missing).toBe('not measured on AA Intelligence v4.0.x');
  });

  it('a version that measured the model only while reasoning shows none for a column that does not reason', () => {
    const off = columnQuality(table(SONNET, INDEXES[1]), sonnet, {});
    expect(off?.view.shown).toBeNull();
    expect(off?.view.missing).toBe(
      'not measured as the app calls it (reasoning off) on AA Intelligence v4.0.x',
    );
    expect(off?.view.others.map((other) => other.score)).toContain(43.03);
  });

  it("the hover ends with the chosen index's required attribution", () => {
    expect(columnQuality(table(SONNET), sonnet, {})?.title.split('\n').at(-1)).toBe(AA);
    expect(columnQuality(table(SONNET, INDEXES[2]), sonnet, {})?.title.split('\n').at(-1)).toBe(
      'LMArena (arena.ai)',
    );
  });

  it('knows nothing of a model the table lacks', () => {
    expect(columnQuality(table(SONNET), { provider: 'openai', model: 'gpt-5-mini' }, {})).toBeNull();
    expect(columnQuality(null, sonnet, {})).toBeNull();
  });
});
