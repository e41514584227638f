import { describe, expect, it } from 'vitest';
import { type Candidate, classifyPrompt, recommendModel } from './prompt-tier.ts';

describe('prompt tier', () => {
  it.each([
    ['Hi! How are you today?', 'MICRO'],
    ['Write a function that parses a CSV line:\n```js\nconst row = "a,b"\n```', 'STANDARD'],
    ['Prove that the sum of two odd numbers is even.', 'STANDARD'],
    [
      'Step by step, design a migration plan and prove the invariant holds: x^2 + 1 > 0.\n```sql\nSELECT 1;\n```',
      'HEAVY',
    ],
    ['word '.repeat(10_000), 'STANDARD'],
    [`${'word '.repeat(100_000)} then analyse the trade-offs`, 'HEAVY'],
  ] as const)('%#: %s… → %s', (prompt, tier) => {
    expect(classifyPrompt(prompt).tier).toBe(tier);
  });

  it('says what it saw', () => {
    expect(classifyPrompt('Prove it step by step').reason).toBe(
      'About 6 tokens; math, multi-step reasoning.',
    );
  });

  it('recommends the cheapest model at the tier or above that clears the quality bar', () => {
    const candidates: Candidate[] = [
      { provider: 'openai', model: 'gpt-4o-mini', tier: 'MICRO', quality: 40, price: 0.26 },
      { provider: 'minimax', model: 'MiniMax-M2.7', tier: 'STANDARD', quality: null, price: 0.53 },
      { provider: 'minimax', model: 'MiniMax-M2', tier: 'STANDARD', quality: 61, price: 0.53 },
      { provider: 'gemini', model: 'gemini-2.5-flash', tier: 'STANDARD', quality: 54, price: 0.85 },
      { provider: 'anthropic', model: 'claude-sonnet-4-5', tier: 'VERSATILE', quality: 63, price: 6 },
    ];
    const prompt = classifyPrompt('Prove that the sum of two odd numbers is even.');
    expect(recommendModel(prompt, candidates)?.model).toBe('MiniMax-M2.7');
    expect(recommendModel(prompt, candidates, 55)?.model).toBe('MiniMax-M2');
    expect(recommendModel(prompt, candidates, 62)?.model).toBe('claude-sonnet-4-5');
    expect(recommendModel(prompt, candidates, 90)).toBeNull();
  });
});
