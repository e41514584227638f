import { describe, expect, it } from 'vitest';
import type { QualityIndexInfo, QualityScoreEntry } from './quality.ts';
import {
  defaultCallMode,
  describeQualityScore,
  otherQualityScores,
  pickQualityScore,
} from './quality-pick.ts';

const V41 = { index: 'aa-intelligence', version: 'v4.1' } as const;
const entry = (
  variant: string | null,
  reasoning: boolean | null,
  effort: string | null,
  score: number,
  ref: { index: QualityScoreEntry['index']; version: string } = V41,
): QualityScoreEntry => ({
  ...ref,
  score,
  date: '2026-07-10',
  variant,
  reasoning,
  effort,
  estimated: false,
  preview: false,
  sourceModel: 'm',
  source: 's',
});

// DeepSeek V4 Flash on AA v4.1: max 40.28, high 37.36, non-reasoning 28.65; v4.0.x max 46.52.
const flash = [
  entry('reasoning, max effort', true, 'max', 40.28),
  entry('reasoning, high effort', true, 'high', 37.36),
  entry('non-reasoning', false, null, 28.65),
  entry('reasoning, max effort', true, 'max', 46.52, { index: 'aa-intelligence', version: 'v4.0.x' }),
];
// GPT-5 mini on AA v4.1: high 25.31, medium 30.92, minimal 14.25 (no non-reasoning variant).
const mini = [
  entry('high', true, 'high', 25.31),
  entry('medium', true, 'medium', 30.92),
  entry('minimal', true, 'minimal', 14.25),
];

describe('choosing the score to show', () => {
  it('reasoning off shows the non-reasoning variant', () => {
    expect(pickQualityScore(flash, V41, { reasoning: false })?.score).toBe(28.65);
  });

  it('reasoning on shows the asked effort, else the one nearest medium, ties to the higher', () => {
    expect(pickQualityScore(flash, V41, { reasoning: true, effort: 'max' })?.score).toBe(40.28);
    expect(pickQualityScore(flash, V41, { reasoning: true })?.score).toBe(37.36);
    expect(pickQualityScore(mini, V41, { reasoning: true })?.score).toBe(30.92);
    expect(pickQualityScore(mini, V41, { reasoning: true, effort: 'high' })?.score).toBe(25.31);
    const highOrLow = [entry('high', true, 'high', 39.55), entry('low', true, 'low', 33.07)];
    expect(pickQualityScore(highOrLow, V41, { reasoning: true })?.score).toBe(39.55);
  });

  it('a model that cannot stop thinking shows its least-effort variant when reasoning is off', () => {
    expect(pickQualityScore(mini, V41, { reasoning: false, alwaysReasons: true })?.score).toBe(14.25);
  });

  it('any other model measured only while reasoning has no score with reasoning off', () => {
    expect(pickQualityScore(mini, V41, { reasoning: false })).toBeNull();
  });

  it("the default mode prefers the index's single as-served entry", () => {
    const arena = [
      entry('high', true, 'high', 1455, { index: 'lmarena-text', version: 't' }),
      entry('default', null, null, 1439, { index: 'lmarena-text', version: 't' }),
    ];
    expect(pickQualityScore(arena, { index: 'lmarena-text', version: 't' }, { reasoning: null })?.score).toBe(
      1439,
    );
    expect(pickQualityScore(flash, V41, { reasoning: null })?.score).toBe(37.36);
  });

  it('never answers from another index version', () => {
    expect(pickQualityScore(flash, { index: 'aa-coding', version: 'v4.1' }, { reasoning: null })).toBeNull();
    expect(
      pickQualityScore(flash, { index: 'aa-intelligence', version: 'v4.0.x' }, { reasoning: true })?.score,
    ).toBe(46.52);
  });

  it('Claude is called without thinking unless asked; other providers at their default', () => {
    expect(defaultCallMode('anthropic', 'claude-haiku-4-5')).toEqual({ reasoning: false });
    expect(defaultCallMode('openrouter', 'anthropic/claude-haiku-4.5')).toEqual({ reasoning: false });
    expect(defaultCallMode('openai', 'gpt-5-mini')).toEqual({
      reasoning: true,
      effort: 'medium',
      alwaysReasons: true,
    });
    expect(defaultCallMode('openai', 'gpt-5.1')).toEqual({ reasoning: false });
    expect(defaultCallMode('zhipu', 'glm-5')).toEqual({ reasoning: null });
  });

  it("the hover lists the chosen version's other variants and the other versions' scores", () => {
    const shown = pickQualityScore(flash, V41, { reasoning: false });
    const others = otherQualityScores(flash, V41, shown);
    expect(others.otherVariants.map((e) => e.score)).toEqual([40.28, 37.36]);
    expect(others.otherIndexes.map((e) => e.score)).toEqual([46.52]);
  });
});

describe('describeQualityScore', () => {
  const index = (ref: Pick<QualityIndexInfo, 'index' | 'version' | 'label' | 'date'>): QualityIndexInfo => ({
    ...ref,
    name: ref.label,
    scale: '0–100',
    attribution: 'credit',
    attributionUrl: null,
    origin: 'bundled',
    measuredModels: 1,
    superseded: false,
  });
  const indexes = [
    index({ index: 'aa-intelligence', version: 'v4.1', label: 'AA Intelligence v4.1', date: '2026-07-10' }),
    index({
      index: 'lmarena-text',
      version: 'text 2026-07-08',
      label: 'LMArena text 2026-07-08',
      date: '2026-07-08',
    }),
    index({
      index: 'aa-intelligence',
      version: 'fetched 2026-11-27',
      label: 'AA Intelligence · fetched 2026-11-27',
      date: '2026-11-27',
    }),
  ];

  it('names the index version, its date, the variant and whether the index estimated it', () => {
    expect(describeQualityScore({ ...entry('high', true, 'high', 25.31), estimated: true }, indexes)).toBe(
      'AA Intelligence v4.1, 2026-07-10, high, estimated',
    );
  });

  it('says a date once when the index label already carries it', () => {
    const arena = { ...entry(null, null, null, 1417), index: 'lmarena-text' as const };
    expect(describeQualityScore({ ...arena, version: 'text 2026-07-08', date: '2026-07-08' }, indexes)).toBe(
      'LMArena text 2026-07-08',
    );
    const fetched = entry('high', true, 'high', 52.75, {
      index: 'aa-intelligence',
      version: 'fetched 2026-11-27',
    });
    expect(describeQualityScore({ ...fetched, date: '2026-11-27' }, indexes)).toBe(
      'AA Intelligence · fetched 2026-11-27, high',
    );
  });
});
