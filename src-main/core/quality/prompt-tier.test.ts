import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../linear-time-test-support.ts';
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

  it.each([
    ['int x = 1;\nreturn', { code: true, math: false, multiStep: false }],
    ['if (ok) {  \n  go()', { code: true, math: false, multiStep: false }],
    ['semicolons; inside a sentence', { code: false, math: false, multiStep: false }],
    ['what is 12 *\n 3?', { code: false, math: true, multiStep: false }],
    ['7 apples and 3 pears', { code: false, math: false, multiStep: false }],
    ['First boil the water, THEN add the pasta.', { code: false, math: false, multiStep: true }],
    ['first boil the water\nthen add the pasta', { code: false, math: false, multiStep: false }],
    ['Firstly, then', { code: false, math: false, multiStep: false }],
    ['Shopping:\n\n  1. eggs\n  2) milk', { code: false, math: false, multiStep: true }],
    ['Shopping: 1. eggs', { code: false, math: false, multiStep: false }],
  ] as const)('%#: sees %j as %j', (prompt, signals) => {
    expect(classifyPrompt(prompt).signals).toMatchObject(signals);
  });

  it.each([
    ['digits', (size: number) => '1'.repeat(size)],
    ['digits and spaces', (size: number) => '1        '.repeat(size / 9)],
    ['"first" with no "then"', (size: number) => 'first '.repeat(size / 6)],
    ['line breaks', (size: number) => `${'\n'.repeat(size)}x`],
    ['indented numbers', (size: number) => `\n${' '.repeat(size / 2)}${'1'.repeat(size / 2)}x`],
    ['semicolons and spaces', (size: number) => ';     x'.repeat(size / 7)],
    ['plain words', (size: number) => 'word '.repeat(size / 5)],
  ])('classifies a megabyte prompt of %s in linear time', (_, make) => {
    expectLinearTime(make, classifyPrompt);
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
