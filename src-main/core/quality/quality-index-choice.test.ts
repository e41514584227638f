import { describe, expect, it } from 'vitest';
import { effectiveQualityIndex } from './quality-index-choice.ts';
import { BUNDLED_QUALITY } from './quality-scores.ts';

describe('the index version a saved choice stands for', () => {
  it("reads LMArena's old version name 'text 2026-07-08' as the snapshot it named", () => {
    expect(
      effectiveQualityIndex({ index: 'lmarena-text', version: 'text 2026-07-08' }, BUNDLED_QUALITY.indexes),
    ).toEqual({ index: 'lmarena-text', version: '2026-07-08' });
  });

  it('keeps a version the table has and turns one it lacks into the default', () => {
    const coding = { index: 'aa-coding', version: 'v4.0.x' } as const;
    expect(effectiveQualityIndex(coding, BUNDLED_QUALITY.indexes)).toEqual(coding);
    expect(
      effectiveQualityIndex({ index: 'aa-intelligence', version: 'v9' }, BUNDLED_QUALITY.indexes),
    ).toEqual({ index: 'aa-intelligence', version: 'v4.1' });
  });
});
