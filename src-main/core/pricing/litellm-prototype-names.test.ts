// A refreshed price list is untrusted: entries and providers named after Object.prototype members
// must be skipped or listed like any other, never break the catalog for the rest of the session.
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../src-shared/domain.ts';
import type { PriceRow } from '../../../src-shared/pricing.ts';
import { createTempCore } from '../core-test-support.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { parseLiteLLM } from './litellm-parse.ts';

const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const chat = (litellmProvider: string) => ({
  litellm_provider: litellmProvider,
  mode: 'chat',
  input_cost_per_token: 1e-6,
  output_cost_per_token: 2e-6,
});

/** 60 ordinary OpenAI entries (enough to count as the real list), and `name` everywhere a name goes. */
function priceListNaming(name: string): string {
  return JSON.stringify(
    Object.fromEntries([
      ...Array.from({ length: 60 }, (_, i) => [`gpt-test-${i}`, chat('openai')]),
      [name, chat(name)],
      [`${name}-model`, chat(name)],
      [`openai/${name}`, chat('openai')],
      [`gpt-${name}`, { ...chat('openai'), mode: name }],
    ]),
  );
}

const fake = await fakeProviderForFile();

describe('a refreshed price list naming Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES)(
    '%j as a provider and a model id parses to entries of our providers only',
    (name) => {
      const { entries } = parseLiteLLM(JSON.parse(priceListNaming(name)), '2026-11-01', 'remote');
      expect(() => structuredClone(entries)).not.toThrow();
      for (const entry of entries) expect(PROVIDER_IDS).toContain(entry.provider);
      expect(entries.map((entry) => entry.model)).toContain(name);
      expect(entries).toHaveLength(61);
    },
  );

  it.each(PROTOTYPE_NAMES)('%j as a provider and a model id leaves prices.list working', async (name) => {
    const { call } = createTempCore({ pricesUrl: `${fake.url}/prices.json` });
    fake.enqueue({ body: priceListNaming(name), headers: { 'content-type': 'application/json' } });
    const refreshed = await call('prices.refresh');
    expect(refreshed).toMatchObject({ ok: true, value: { refresh: { state: 'ok', entries: 61 } } });

    const listed = await call('prices.list');
    if (!listed.ok) throw new Error(listed.error.message);
    const { rows } = listed.value as { rows: PriceRow[] };
    expect(() => structuredClone(rows)).not.toThrow();
    for (const row of rows) {
      expect(PROVIDER_IDS).toContain(row.provider);
      expect(typeof row.model).toBe('string');
    }
    expect(rows).toContainEqual(
      expect.objectContaining({ provider: 'openai', model: name, source: 'remote', inputUsdPerToken: 1e-6 }),
    );
    expect(rows.filter((row) => row.model === `${name}-model`)).toEqual([]);

    const advice = await call('prices.recommend', { prompt: name });
    expect(advice).toMatchObject({ ok: true, value: { tier: 'MICRO' } });
  });
});
