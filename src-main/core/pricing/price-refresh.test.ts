import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import { PriceCatalog } from './price-catalog.ts';
import { PriceRefresher } from './price-refresh.ts';

const LITELLM_FILE = join(
  import.meta.dirname,
  '../../../e2e/fixtures/litellm/model_prices_and_context_window.json',
);
const LITELLM = readFileSync(LITELLM_FILE, 'utf8');
/** A small but valid price list: 60 OpenAI chat models, gpt-4o-mini at a price of our own. */
const SMALL_LIST = JSON.stringify(
  Object.fromEntries([
    [
      'gpt-4o-mini',
      { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 1e-7, output_cost_per_token: 4e-7 },
    ],
    ...Array.from({ length: 59 }, (_, i) => [
      `gpt-test-${i}`,
      { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
    ]),
  ]),
);
let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function setup(options: { now?: () => Date; timeoutMs?: number; maxBytes?: number } = {}) {
  const catalog = new PriceCatalog();
  const cacheFile = join(mkdtempSync(join(tmpdir(), 'arena-prices-')), 'prices-cache.json');
  const refresher = new PriceRefresher({ catalog, cacheFile, url: `${fake.url}/prices.json`, ...options });
  return { catalog, cacheFile, refresher };
}

describe('remote price refresh', () => {
  it('200 with an ETag: the remote layer is used and cached; the next refresh sends If-None-Match; 304 keeps it', async () => {
    const { catalog, cacheFile, refresher } = setup();
    fake.enqueue({ body: LITELLM, headers: { 'content-type': 'application/json', etag: '"v1"' } });
    const first = await refresher.refresh();
    expect(first).toMatchObject({ state: 'ok' });
    expect(first.entries).toBeGreaterThan(250);
    expect(catalog.lookup('openai', 'gpt-4o-mini')?.source).toBe('remote');

    fake.enqueue({ status: 304, body: '' });
    const second = await refresher.refresh(true);
    expect(second.state).toBe('not_modified');
    expect(fake.requests[1]!.headers['if-none-match']).toBe('"v1"');

    // A restart loads the cached copy without any request.
    const restarted = new PriceRefresher({
      catalog: new PriceCatalog(),
      cacheFile,
      url: `${fake.url}/prices.json`,
    });
    expect(restarted.current()).toMatchObject({ state: 'ok' });
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ['HTTP 500', { status: 500, body: 'oops' }, 'HTTP 500'],
    [
      'invalid JSON',
      { body: '{"gpt-4o": {', headers: { 'content-type': 'application/json' } },
      'not valid JSON',
    ],
    ['a document that is not the price list', { json: { hello: 'world' } }, 'only 0 usable entries'],
  ])('%s → failed, last good copy kept', async (_name, response, reason) => {
    const { catalog, refresher } = setup();
    fake.enqueue({ body: LITELLM, headers: { etag: '"v1"' } });
    await refresher.refresh();
    fake.enqueue(response);
    const status = await refresher.refresh(true);
    expect(status.state).toBe('failed');
    expect(status.message).toContain(reason);
    expect(status.message).toContain('kept the copy');
    expect(catalog.lookup('openai', 'gpt-4o-mini')?.source).toBe('remote');
  });

  it('a timeout → failed, with the bundled snapshot still in use when there is no copy yet', async () => {
    const { refresher } = setup({ timeoutMs: 300 });
    fake.enqueue({ stallBeforeHeaders: true });
    const status = await refresher.refresh();
    expect(status.state).toBe('failed');
    expect(status.message).toContain('bundled snapshot');
  });

  it('a timeout or a stall mid-body after a good refresh → failed, the good copy kept in memory and on disk', async () => {
    const { catalog, cacheFile, refresher } = setup({ timeoutMs: 300 });
    fake.enqueue({ body: SMALL_LIST, headers: { etag: '"v1"' } });
    expect((await refresher.refresh()).state).toBe('ok');
    const cached = readFileSync(cacheFile, 'utf8');
    fake.enqueue({ stallBeforeHeaders: true });
    const afterStall = await refresher.refresh(true);
    expect(afterStall).toMatchObject({ state: 'failed', message: expect.stringContaining('kept the copy') });
    fake.enqueue({ body: LITELLM, chunkSize: 1000, stallAfterBytes: 5000 });
    expect((await refresher.refresh(true)).state).toBe('failed');
    expect(catalog.lookup('openai', 'gpt-4o-mini')).toMatchObject({ source: 'remote', input: 1e-7 });
    expect(readFileSync(cacheFile, 'utf8')).toBe(cached);
  });

  it('an oversized body → failed, not read past the cap; a good copy from before is kept', async () => {
    const { catalog, cacheFile, refresher } = setup({ maxBytes: 100_000 });
    fake.enqueue({ body: SMALL_LIST });
    expect((await refresher.refresh()).state).toBe('ok');
    const cached = readFileSync(cacheFile, 'utf8');
    fake.enqueue({ body: LITELLM });
    const status = await refresher.refresh(true);
    expect(status.state).toBe('failed');
    expect(status.message).toMatch(/larger than/);
    expect(status.message).toContain('kept the copy');
    expect(catalog.lookup('openai', 'gpt-4o-mini')).toMatchObject({ source: 'remote', input: 1e-7 });
    expect(readFileSync(cacheFile, 'utf8')).toBe(cached);
  });

  it('skips a refresh within 24 hours unless forced', async () => {
    let now = new Date('2026-11-22T10:00:00Z');
    const { refresher } = setup({ now: () => now });
    fake.enqueue({ body: LITELLM });
    await refresher.refresh();
    now = new Date('2026-11-22T20:00:00Z');
    expect((await refresher.refresh()).state).toBe('skipped');
    expect(fake.requests).toHaveLength(1);
    now = new Date('2026-11-23T11:00:00Z');
    fake.enqueue({ status: 304, body: '' });
    expect((await refresher.refresh()).state).toBe('not_modified');
  });
});
