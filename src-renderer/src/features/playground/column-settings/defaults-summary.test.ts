import { describe, expect, it } from 'vitest';
import { defaultsSummary } from './defaults-summary.ts';

describe('defaultsSummary', () => {
  it('says the models decide when nothing is set', () => {
    expect(defaultsSummary({})).toBe('model defaults');
  });

  it('lists only what is set, in the form order, with readable numbers', () => {
    expect(defaultsSummary({ temperature: 0.9 })).toBe('temp 0.9');
    expect(
      defaultsSummary({ temperature: 0, maxOutputTokens: 16384, reasoning: false, reasoningEffort: 'high' }),
    ).toBe('temp 0 · max 16,384 tokens · reasoning off · effort high');
    expect(defaultsSummary({ reasoning: true })).toBe('reasoning on');
  });
});
