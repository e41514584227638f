import { describe, expect, it } from 'vitest';
import { basedOnText, basisText } from './basis-text.ts';

const measured = [
  {
    provider: 'minimax' as const,
    model: 'MiniMax-M2.7',
    inputTokens: 2000,
    outputTokens: 500,
    cacheHitShare: 0.3,
    reasoningShare: 0.4,
    answers: 1,
  },
];

describe('basis texts', () => {
  it('says typed tokens are assumed, and names the run and its measured tokens otherwise', () => {
    expect(basisText({ kind: 'hand' })).toBe('Tokens per request: as typed below (assumed).');
    expect(basedOnText({ kind: 'hand' })).toBeUndefined();
    expect(basisText({ kind: 'history', measured, runs: 2 })).toBe(
      'Tokens per request: measured per model, averaged over 2 History conversations (1 model).',
    );
    expect(basedOnText({ kind: 'playground', measured, prompt: 'Summarise this' })).toBe(
      'the Playground run "Summarise this", tokens measured per request: minimax/MiniMax-M2.7 2000 in, 500 out',
    );
  });

  it('stays within the 500 characters the export accepts', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({
      ...measured[0]!,
      model: `model-${index}-long-name`,
    }));
    expect(basedOnText({ kind: 'history', measured: many, runs: 9 })?.length).toBeLessThanOrEqual(500);
  });
});
