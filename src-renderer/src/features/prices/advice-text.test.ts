import { describe, expect, it } from 'vitest';
import type { PromptAdvice } from '../../../../src-shared/pricing.ts';
import { recommendationText } from './advice-text.ts';

const advice = (quality: number | null): PromptAdvice => ({
  tier: 'STANDARD',
  reason: 'a short question',
  recommendation: {
    provider: 'minimax',
    model: 'MiniMax-M2.7',
    tier: 'STANDARD',
    quality,
    blendedPerMillion: 0.525,
  },
  considered: 3,
});

describe('recommendationText', () => {
  it('names the index of the quality it quotes', () => {
    expect(recommendationText(advice(38.13), 'AA Intelligence v4.1')).toBe(
      'Cheapest good-enough model you have a key for: minimax/MiniMax-M2.7 (STANDARD, $0.53 per 1M tokens blended, quality 38.13 on AA Intelligence v4.1).',
    );
  });

  it('says the model has no score on that index rather than quoting another', () => {
    expect(recommendationText(advice(null), 'LMArena text')).toBe(
      'Cheapest good-enough model you have a key for: minimax/MiniMax-M2.7 (STANDARD, $0.53 per 1M tokens blended, not scored on LMArena text).',
    );
  });

  it('says why there is no recommendation', () => {
    expect(
      recommendationText({ ...advice(null), recommendation: null, considered: 0 }, 'AA Intelligence v4.1'),
    ).toBe('No priced model is configured yet: add a key on the Keys page.');
    expect(recommendationText({ ...advice(null), recommendation: null }, 'AA Intelligence v4.1')).toBe(
      'None of the 3 models you have keys for reaches that tier and quality on AA Intelligence v4.1.',
    );
  });
});
