import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { PriceCatalog } from './price-catalog.ts';
import { LITELLM_PRICES_URL, PriceRefresher } from './price-refresh.ts';

const HOUR_MS = 60 * 60 * 1000;
const fake = await fakeProviderForFile();

/** A LiteLLM-shaped list of `count` OpenAI chat models (one usable entry each). */
function listOf(count: number): string {
  return JSON.stringify(
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `gpt-test-${i}`,
        { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
      ]),
    ),
  );
}
const SIXTY = listOf(60);

function setup(options: { now?: () => Date; timeoutMs?: number } = {}) {
  const catalog = new PriceCatalog();
  const cacheFile = join(mkdtempSync(join(tmpdir(), 'arena-prices-')), 'prices-cache.json');
  const make = () => new PriceRefresher({ catalog, cacheFile, url: `${fake.url}/prices.json`, ...options });
  return { catalog, cacheFile, make, refresher: make() };
}

/** Timers alive in this process (a refresh must leave none of its own behind). */
const liveTimers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

it("fetches LiteLLM's own price list by default", () => {
  // PROVIDERS.md, sources: LiteLLM's `model_prices_and_context_window.json` (BerriAI/litellm),
  // the raw file on the main branch.
  expect(LITELLM_PRICES_URL).toBe(
    'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
  );
});

describe('status messages say what happened, with the dates a user can check', () => {
  it('before any refresh: the bundled snapshot and curated prices serve', () => {
    expect(setup().refresher.current()).toEqual({
      state: 'never',
      lastAttemptAt: null,
      lastSuccessAt: null,
      entries: 0,
      message: 'Prices have not been refreshed; using the bundled snapshot and curated prices.',
    });
  });

  it('success, 304, failure and restart each name their outcome; dates are shown as days', async () => {
    let now = new Date('2026-11-22T10:00:00.000Z');
    const { make, refresher } = setup({ now: () => now });
    fake.enqueue({ body: SIXTY, headers: { etag: '"v1"' } });
    expect((await refresher.refresh()).message).toBe('Refreshed 60 prices.');
    expect(fake.requests[0]!.headers.accept).toBe('application/json');

    now = new Date('2026-11-22T20:00:00.000Z');
    expect((await refresher.refresh()).message).toBe(
      'Prices were refreshed 10 h ago; the next refresh is due after 24 h.',
    );

    fake.enqueue({ status: 304, body: '' });
    expect(await refresher.refresh(true)).toMatchObject({
      state: 'not_modified',
      message: 'Prices are up to date.',
    });

    now = new Date('2026-11-23T09:00:00.000Z');
    fake.enqueue({ status: 503, body: 'busy' });
    expect((await refresher.refresh(true)).message).toBe(
      'Refresh failed (the price source answered HTTP 503); kept the copy from 2026-11-22.',
    );

    expect(make().current()).toEqual({
      state: 'ok',
      lastAttemptAt: null,
      lastSuccessAt: '2026-11-22T20:00:00.000Z',
      entries: 60,
      message: 'Using prices refreshed on 2026-11-22.',
    });
  });
});

it('the copy is refreshed once it is 24 h old, not a millisecond later', async () => {
  const fetchedAt = new Date('2026-11-22T10:00:00.000Z');
  let now = fetchedAt;
  const { refresher } = setup({ now: () => now });
  fake.enqueue({ body: SIXTY });
  await refresher.refresh();
  now = new Date(fetchedAt.getTime() + 24 * HOUR_MS - 1);
  expect((await refresher.refresh()).state).toBe('skipped');
  now = new Date(fetchedAt.getTime() + 24 * HOUR_MS);
  fake.enqueue({ status: 304, body: '' });
  expect((await refresher.refresh()).state).toBe('not_modified');
  expect(fake.requests).toHaveLength(2);
});

it.each([
  [49, 'failed', 'Refresh failed (the price list had only 49 usable entries); using the bundled snapshot.'],
  [50, 'ok', 'Refreshed 50 prices.'],
])('a list of %i usable entries → %s', async (count, state, message) => {
  const { refresher } = setup();
  fake.enqueue({ body: listOf(count) });
  expect(await refresher.refresh()).toMatchObject({ state, message });
});

it('no answer in time: the message gives the limit in seconds', async () => {
  const { refresher } = setup({ timeoutMs: 300 });
  fake.enqueue({ stallBeforeHeaders: true });
  expect((await refresher.refresh()).message).toBe(
    'Refresh failed (no answer within 0.3 s); using the bundled snapshot.',
  );
});

it('an error status with an endless body: the connection is closed, not left waiting', async () => {
  const { refresher } = setup();
  fake.enqueue({ status: 500, body: 'x'.repeat(10_000), stallAfterBytes: 100 });
  expect((await refresher.refresh()).state).toBe('failed');
  await fake.requests[0]!.socketClose;
  expect(fake.requests[0]!.clientAborted).toBe(true);
});

it('a finished refresh leaves no timer running (it would keep the app alive for the whole timeout)', async () => {
  const { refresher } = setup({ timeoutMs: 600_000 });
  fake.enqueue({ body: SIXTY });
  const before = liveTimers();
  expect((await refresher.refresh()).state).toBe('ok');
  expect(liveTimers()).toBe(before);
});
