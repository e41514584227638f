import { describe, expect, it } from 'vitest';
import type { ProviderId, ProviderInfo } from '../../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';
import { priceRow } from '../../../../../src-shared/pricing-test-support.ts';
import {
  buildModelOptions,
  type KeyedProviders,
  optionsFor,
  parseFreeText,
  rankOptions,
} from './model-options.ts';

function row(provider: ProviderId, model: string, input: number | null = 1e-6, output = 4e-6): PriceRow {
  return priceRow(provider, model, {
    inputUsdPerToken: input,
    outputUsdPerToken: input === null ? null : output,
    tier: 'STANDARD',
  });
}

function provider(id: ProviderId, models: string[], keyOptional = false): ProviderInfo {
  return {
    id,
    displayName: id.toUpperCase(),
    regions: ['global'],
    keyOptional,
    keyEnv: [],
    models,
    wires: ['openai-chat'],
    defaultBaseUrls: {},
    reasoningEffort: false,
    modelInfo: [],
  };
}

const PROVIDERS = [
  provider('minimax', ['MiniMax-M2.7', 'MiniMax-M3']),
  provider('openai', ['gpt-5-mini', 'gpt-5']),
  provider('openrouter', ['minimax/minimax-m2']),
  provider('custom', [], true),
];
const ROWS = [
  row('openai', 'gpt-5-mini'),
  row('openai', 'gpt-4o-mini'),
  row('minimax', 'MiniMax-M2.7'),
  row('anthropic', 'claude-haiku-4-5'),
];
const KEYS: KeyedProviders = { keyed: new Set(['minimax']), keyless: new Set(['custom']) };

describe('buildModelOptions', () => {
  it('lists every priced and every listed model once, keeping the price of a priced one', () => {
    const options = buildModelOptions(ROWS, PROVIDERS, KEYS);
    const ids = options.map((option) => option.id).sort();
    expect(ids).toEqual([
      'anthropic/claude-haiku-4-5',
      'minimax/MiniMax-M2.7',
      'minimax/MiniMax-M3',
      'openai/gpt-4o-mini',
      'openai/gpt-5',
      'openai/gpt-5-mini',
      'openrouter/minimax/minimax-m2',
    ]);
    expect(options.find((option) => option.id === 'minimax/MiniMax-M2.7')?.inputUsdPerToken).toBe(1e-6);
    expect(options.find((option) => option.id === 'minimax/MiniMax-M3')?.inputUsdPerToken).toBeNull();
  });

  it('marks models of providers without a key, and never a keyless local server', () => {
    const options = buildModelOptions(ROWS, PROVIDERS, KEYS);
    const needsKey = (id: string) => options.find((option) => option.id === id)?.needsKey;
    expect(needsKey('minimax/MiniMax-M2.7')).toBe(false);
    expect(needsKey('openai/gpt-5-mini')).toBe(true);
    expect(needsKey('anthropic/claude-haiku-4-5')).toBe(true);
    const typed = optionsFor([], 'llama3.2', PROVIDERS, KEYS).shown;
    expect(typed.map((option) => [option.id, option.needsKey])).toEqual([['custom/llama3.2', false]]);
  });

  it('treats model names from a refreshed price list as plain text, whatever they say', () => {
    const options = buildModelOptions([row('openai', '__proto__'), row('openai', 'constructor')], [], KEYS);
    expect(options.map((option) => option.id)).toEqual(['openai/__proto__', 'openai/constructor']);
  });
});

describe('rankOptions', () => {
  const options = buildModelOptions(ROWS, PROVIDERS, KEYS);
  const ids = (text: string) => rankOptions(options, text).map((option) => option.id);

  it('keeps only options containing every typed word, case-insensitively', () => {
    // Equal matches of one provider: by name, numbers compared as numbers.
    expect(ids('MINI gpt')).toEqual(['openai/gpt-4o-mini', 'openai/gpt-5-mini']);
    expect(ids('minimax m2')).toEqual(['minimax/MiniMax-M2.7', 'openrouter/minimax/minimax-m2']);
    expect(ids('nothing-like-this')).toEqual([]);
  });

  it('puts an exact name first, then names that start with the text, then the rest', () => {
    expect(ids('gpt-5')).toEqual(['openai/gpt-5', 'openai/gpt-5-mini']);
    expect(ids('m2.7')[0]).toBe('minimax/MiniMax-M2.7');
    expect(ids('haiku')).toEqual(['anthropic/claude-haiku-4-5']);
  });

  it('lists models you can call before those that need a key when they match equally', () => {
    // "mini" is inside MiniMax (keyed) and gpt-*-mini (no key): the keyed ones come first.
    expect(ids('mini').slice(0, 2)).toEqual(['minimax/MiniMax-M2.7', 'minimax/MiniMax-M3']);
  });
});

describe('parseFreeText', () => {
  it('reads provider/model with a known provider id, the model being everything after the first slash', () => {
    expect(parseFreeText(' openai/gpt-9-preview ')).toEqual({
      kind: 'model',
      parsed: { provider: 'openai', model: 'gpt-9-preview' },
    });
    expect(parseFreeText('openrouter/z-ai/glm-5.1')).toEqual({
      kind: 'model',
      parsed: { provider: 'openrouter', model: 'z-ai/glm-5.1' },
    });
    expect(parseFreeText('MiniMax/MiniMax-M9')).toEqual({
      kind: 'model',
      parsed: { provider: 'minimax', model: 'MiniMax-M9' },
    });
    expect(parseFreeText('ollama/llama3.2:3b')).toEqual({
      kind: 'model',
      parsed: { provider: 'custom', model: 'llama3.2:3b' },
    });
  });

  it('says when the provider part is no provider it knows, and takes nothing incomplete', () => {
    expect(parseFreeText('acme/model-1')).toEqual({ kind: 'unknown-provider', provider: 'acme' });
    expect(parseFreeText('__proto__/x')).toEqual({ kind: 'unknown-provider', provider: '__proto__' });
    expect(parseFreeText('openai/')).toEqual({ kind: 'none' });
    expect(parseFreeText('/gpt-5')).toEqual({ kind: 'none' });
    expect(parseFreeText('gpt-5')).toEqual({ kind: 'none' });
    expect(parseFreeText(`openai/${'x'.repeat(201)}`)).toEqual({ kind: 'none' });
  });
});

describe('optionsFor', () => {
  const options = buildModelOptions(ROWS, PROVIDERS, KEYS);

  it('offers a typed provider/model first, marked when there is no key for it', () => {
    const list = optionsFor(options, 'openai/gpt-9', PROVIDERS, KEYS);
    expect(list.shown[0]).toMatchObject({ id: 'openai/gpt-9', typed: true, needsKey: true });
  });

  it('uses the listed option (with its price) when the typed text names one exactly', () => {
    const list = optionsFor(options, 'openai/gpt-5-mini', PROVIDERS, KEYS);
    expect(list.shown[0]).toMatchObject({ id: 'openai/gpt-5-mini', typed: false, inputUsdPerToken: 1e-6 });
    expect(list.shown.filter((option) => option.id === 'openai/gpt-5-mini')).toHaveLength(1);
  });

  it('puts a bare name for a custom server last, after the real matches', () => {
    const list = optionsFor(options, 'gpt-5', PROVIDERS, KEYS);
    expect(list.shown.map((option) => option.id)).toEqual([
      'openai/gpt-5',
      'openai/gpt-5-mini',
      'custom/gpt-5',
    ]);
  });

  it('reports an unknown provider instead of offering to add it', () => {
    const list = optionsFor(options, 'acme/model-1', PROVIDERS, KEYS);
    expect(list.shown).toEqual([]);
    expect(list.unknownProvider).toBe('acme');
  });

  it('shows at most the limit, and says how many matched', () => {
    const many = Array.from({ length: 120 }, (_, index) => row('openai', `model-${index}`));
    const list = optionsFor(buildModelOptions(many, [], KEYS), 'model', [], KEYS, 50);
    expect(list.shown).toHaveLength(50);
    expect(list.matched).toBe(120);
  });
});
