import { describe, expect, it } from 'vitest';
import { sourcedScoreRows } from './quality-data-test-support.ts';
import { BUNDLED_QUALITY } from './quality-scores.ts';
import { buildQualitySet } from './quality-snapshot.ts';
import { parseVariant } from './variant-labels.ts';

describe('the bundled quality snapshot', () => {
  it('is what the generator makes of data/quality/quality-scores.json (regenerate after editing it)', () => {
    const built = buildQualitySet(sourcedScoreRows());
    expect(BUNDLED_QUALITY.indexes).toEqual(built.indexes);
    expect(BUNDLED_QUALITY.models).toEqual(built.models);
    expect(BUNDLED_QUALITY.aaSlugs).toEqual(built.aaSlugs);
  });

  it("names LMArena's snapshot by its date alone, once in the label", () => {
    expect(BUNDLED_QUALITY.indexes.find((info) => info.index === 'lmarena-text')).toMatchObject({
      version: '2026-07-08',
      label: 'LMArena text 2026-07-08',
      date: '2026-07-08',
    });
  });

  it("records AA's own slug for each scored configuration (PROVENANCE.md: gpt-4o is the Nov '24 snapshot)", () => {
    const slug = (name: string) => BUNDLED_QUALITY.aaSlugs?.find((entry) => entry.slug === name);
    expect(slug('claude-4-5-haiku-reasoning')).toMatchObject({
      owner: 'anthropic',
      model: 'claude-haiku-4-5',
      reasoning: true,
    });
    expect(slug('gpt-4o')).toMatchObject({ owner: 'openai', model: 'gpt-4o-2024-11-20' });
    expect(slug('kimi-k2-0905')).toMatchObject({ owner: 'moonshot', model: 'kimi-k2-0905-preview' });
  });

  it('refuses a row of an unknown maker or index, and a second score for one variant', () => {
    const [row] = sourcedScoreRows();
    expect(() => buildQualitySet([{ ...row, provider: 'Acme' }])).toThrow(/row 0: unknown provider or index/);
    expect(() => buildQualitySet([row, row])).toThrow(/row 1: a second score/);
    expect(() => buildQualitySet([{ ...row, score: 'high' }])).toThrow();
  });

  it.each([
    ['non-reasoning', false, null],
    ['instant', false, null],
    ['non-reasoning, low effort', false, 'low'],
    ['xhigh', true, 'xhigh'],
    ['thinking-32k', true, null],
    ['adaptive reasoning, max effort', true, 'max'],
    ['default', null, null],
    ['something new', null, null],
  ] as const)('reads the variant label %j as reasoning %s, effort %s', (label, reasoning, effort) => {
    expect(parseVariant(label, 'Model X', 'model-x')).toMatchObject({ variant: label, reasoning, effort });
  });

  it('an LMArena label that only names the scored entry is no variant; a preview entry is marked', () => {
    expect(
      parseVariant("arena entry is 'minimax-m2.1-preview'", 'minimax-m2.1-preview', 'MiniMax-M2.1'),
    ).toEqual({
      variant: null,
      reasoning: null,
      effort: null,
      preview: true,
    });
    expect(parseVariant('gpt-4.1-2025-04-14', 'gpt-4.1-2025-04-14', 'gpt-4.1')).toMatchObject({
      variant: null,
    });
  });
});
