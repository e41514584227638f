import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { candidateIds, PriceCatalog } from './price-catalog.ts';
import { priceEntry } from './price-entry-test-support.ts';

describe('candidateIds: the ids a model may be known by, lower-cased, each once', () => {
  it.each([
    // PROVIDERS.md "MiniMax": "-lightning is an older name for -highspeed", and the other way round.
    ['MiniMax-M2.7-lightning', ['minimax-m2.7-lightning', 'minimax-m2.7-highspeed']],
    ['MiniMax-M2.5-HIGHSPEED', ['minimax-m2.5-highspeed', 'minimax-m2.5-lightning']],
    // Only a suffix is a speed variant: a name that merely contains the word is not rewritten.
    ['x-lightning-preview', ['x-lightning-preview']],
    ['x-highspeed-preview', ['x-highspeed-preview']],
    // The suffix, not the first occurrence, is the part that changes.
    ['x-lightning-y-lightning', ['x-lightning-y-lightning', 'x-lightning-y-highspeed']],
    ['x-highspeed-y-highspeed', ['x-highspeed-y-highspeed', 'x-highspeed-y-lightning']],
    // Dated snapshots (Anthropic's YYYYMMDD, OpenAI's YYYY-MM-DD) fall back to the undated id.
    ['claude-sonnet-4-5-20250929', ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5']],
    ['gpt-4o-2024-08-06', ['gpt-4o-2024-08-06', 'gpt-4o']],
    // A date in the middle is part of the name; an undated id has no second candidate.
    ['model-20250929-preview', ['model-20250929-preview']],
    ['gpt-4o', ['gpt-4o']],
  ])('%s', (model, expected) => {
    expect(candidateIds(model)).toEqual(expected);
  });
});

const entry = (model: string, aliases: string[], inputPerMillion: number): PriceEntry =>
  priceEntry({
    provider: 'openai',
    model,
    aliases,
    input: inputPerMillion / 1e6,
    output: 1 / 1e6,
    asOf: '2026-07-24',
  });

describe('one layer with two entries claiming the same name', () => {
  it('the first to claim a name keeps it, and a later alias of that name does not hide the first entry', () => {
    const own = entry('gpt-x', [], 2);
    const later = entry('gpt-x-mini', ['GPT-X'], 0.5);
    const catalog = new PriceCatalog({ bundled: [own, later] });
    expect(catalog.lookup('openai', 'gpt-x')).toBe(own);
    expect(catalog.lookup('openai', 'gpt-x-mini')).toBe(later);
    expect(catalog.all().map((row) => row.model)).toEqual(['gpt-x', 'gpt-x-mini']);
  });
});
