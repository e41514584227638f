import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../http/http-test-support.ts';
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
const PORTAL = '<!DOCTYPE html><html><head><title>Sign in to Hotel Wi-Fi</title></head><body>…</body></html>';
const fake = await fakeProviderForFile();

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

  it.each([
    [
      'an HTML page (a captive portal)',
      { body: PORTAL, headers: { 'content-type': 'text/html; charset=utf-8' } },
      'answered with an HTML page, not an API response',
    ],
    [
      'an HTML page that claims to be JSON',
      { body: PORTAL, headers: { 'content-type': 'application/json' } },
      'answered with an HTML page, not an API response',
    ],
    [
      'the price list gzip-compressed, unasked',
      {
        body: gzipSync(SMALL_LIST),
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      },
      'answered with a gzip-compressed body it was not asked for',
    ],
    [
      'a redirect',
      { status: 302, headers: { location: 'https://portal.example/login?session=abc' } },
      'redirect (HTTP 302) to https://portal.example/login',
    ],
  ])(
    '%s → failed, saying what came back; the last good copy kept, the redirect not followed',
    async (_name, response, reason) => {
      const { catalog, refresher } = setup();
      fake.enqueue({ body: SMALL_LIST, headers: { etag: '"v1"' } });
      await refresher.refresh();
      fake.enqueue(response);
      const status = await refresher.refresh(true);
      expect(status.state).toBe('failed');
      expect(status.message).toContain(reason);
      expect(status.message).not.toContain('not valid JSON');
      expect(status.message).not.toContain('session=abc');
      expect(status.message).toContain('kept the copy');
      expect(catalog.lookup('openai', 'gpt-4o-mini')).toMatchObject({ source: 'remote', input: 1e-7 });
      expect(fake.requests).toHaveLength(2);
    },
  );

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

  it.each([
    ['too long to load again', `W/"${'x'.repeat(2000)}"`],
    ['with a tab', '"v1\tv2"'],
    ['with a non-ASCII character', '"caf\u00e9"'],
  ])(
    'an ETag %s is not kept: the copy loads at the next start, which asks without If-None-Match',
    async (_name, etag) => {
      const { cacheFile, refresher } = setup();
      fake.enqueue({ body: SMALL_LIST, headers: { 'content-type': 'application/json', etag } });
      expect((await refresher.refresh()).state).toBe('ok');
      expect(fake.requests[0]!.headers).not.toHaveProperty('if-none-match');

      const restarted = new PriceRefresher({
        catalog: new PriceCatalog(),
        cacheFile,
        url: `${fake.url}/prices.json`,
      });
      expect(restarted.current()).toMatchObject({ state: 'ok', entries: 60 });
      expect(readdirSync(dirname(cacheFile))).toEqual([basename(cacheFile)]);
      expect(JSON.parse(readFileSync(cacheFile, 'utf8')).etag).toBeNull();
      fake.enqueue({ body: SMALL_LIST });
      expect((await restarted.refresh(true)).state).toBe('ok');
      expect(fake.requests[1]!.headers).not.toHaveProperty('if-none-match');
    },
  );

  it('a well-formed ETag is kept whole, weak marker included', async () => {
    const { cacheFile, refresher } = setup();
    const etag = `W/"${'a'.repeat(1000)}"`;
    fake.enqueue({ body: SMALL_LIST, headers: { etag } });
    await refresher.refresh();
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).etag).toBe(etag);
    fake.enqueue({ status: 304, body: '' });
    expect((await refresher.refresh(true)).state).toBe('not_modified');
    expect(fake.requests[1]!.headers['if-none-match']).toBe(etag);
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

describe('the cached price list is validated on load like any other input', () => {
  /** A real cache written by a refresh of SMALL_LIST, as parsed JSON to damage. */
  async function goodCache() {
    const { cacheFile, refresher } = setup();
    fake.enqueue({ body: SMALL_LIST });
    expect((await refresher.refresh()).state).toBe('ok');
    fake.reset();
    return { cacheFile, cache: JSON.parse(readFileSync(cacheFile, 'utf8')) };
  }

  function restart(cacheFile: string) {
    const catalog = new PriceCatalog();
    const refresher = new PriceRefresher({ catalog, cacheFile, url: `${fake.url}/prices.json` });
    return { catalog, refresher };
  }

  it('a good cache loads as the remote layer', async () => {
    const { cacheFile } = await goodCache();
    const { catalog, refresher } = restart(cacheFile);
    expect(refresher.current()).toMatchObject({ state: 'ok', entries: 60 });
    expect(catalog.lookup('openai', 'gpt-4o-mini')).toMatchObject({ source: 'remote', input: 1e-7 });
  });

  const damage: [
    string,
    (cache: { entries: Record<string, unknown>[] } & Record<string, unknown>) => void,
  ][] = [
    ['a price that is a string', (cache) => Object.assign(cache.entries[0]!, { input: '0.0000001' })],
    ['a model that is a number', (cache) => Object.assign(cache.entries[0]!, { model: 42 })],
    ['aliases that are not a list', (cache) => Object.assign(cache.entries[0]!, { aliases: 'gpt' })],
    ['a huge price', (cache) => Object.assign(cache.entries[0]!, { output: 1e300 })],
    ['a negative price', (cache) => Object.assign(cache.entries[0]!, { input: -1 })],
    ['a huge context window', (cache) => Object.assign(cache.entries[0]!, { contextWindow: 1e300 })],
    ['an unknown provider', (cache) => Object.assign(cache.entries[0]!, { provider: 'constructor' })],
    ['a provider named __proto__', (cache) => Object.assign(cache.entries[0]!, { provider: '__proto__' })],
    ['a source other than remote', (cache) => Object.assign(cache.entries[0]!, { source: 'user' })],
    ['an entry that is null', (cache) => cache.entries.splice(0, 1, null as never)],
    ['entries that are not a list', (cache) => Object.assign(cache, { entries: { a: 1 } })],
    ['a date that is not a date', (cache) => Object.assign(cache, { fetchedAt: 'yesterday' })],
    // A copy "from the future" would never be refreshed again.
    [
      'a fetch time in the future',
      (cache) => Object.assign(cache, { fetchedAt: '2999-01-01T00:00:00.000Z' }),
    ],
    ['an overlong model id', (cache) => Object.assign(cache.entries[0]!, { model: 'm'.repeat(100_000) })],
    ['an overlong ETag', (cache) => Object.assign(cache, { etag: `"${'x'.repeat(2000)}"` })],
    ['an ETag with a control character', (cache) => Object.assign(cache, { etag: '"v1\u0001"' })],
  ];

  it.each(damage)(
    '%s: the cache is moved aside with a notice, the bundled prices serve, a refresh follows',
    async (_name, spoil) => {
      const { cacheFile, cache } = await goodCache();
      spoil(cache);
      const damaged = JSON.stringify(cache);
      writeFileSync(cacheFile, damaged);
      const { catalog, refresher } = restart(cacheFile);
      expect(catalog.lookup('openai', 'gpt-4o-mini')?.source).not.toBe('remote');
      expect(catalog.lookup('openai', 'gpt-test-1')).toBeNull();
      const status = refresher.current();
      expect(status).toMatchObject({ state: 'never', entries: 0 });
      expect(status.message).toMatch(/saved price list .*not valid.*moved to .*\.corrupt-.*bundled/i);
      expect(existsSync(cacheFile)).toBe(false);
      const moved = readdirSync(dirname(cacheFile)).filter((name) =>
        name.startsWith(`${basename(cacheFile)}.corrupt-`),
      );
      expect(moved).toHaveLength(1);
      expect(readFileSync(join(dirname(cacheFile), moved[0]!), 'utf8')).toBe(damaged);
      fake.enqueue({ body: SMALL_LIST });
      expect((await refresher.refresh()).state).toBe('ok');
      expect(fake.requests).toHaveLength(1);
    },
  );

  it('a cache that is not JSON, or too large, is moved aside too', async () => {
    for (const content of ['{"etag":nul', 'x'.repeat(200_000)]) {
      const { cacheFile } = await goodCache();
      writeFileSync(cacheFile, content);
      const catalog = new PriceCatalog();
      const refresher = new PriceRefresher({
        catalog,
        cacheFile,
        url: `${fake.url}/prices.json`,
        maxBytes: 100_000,
      });
      expect(refresher.current().message).toMatch(/moved to/);
      expect(existsSync(cacheFile)).toBe(false);
    }
  });

  it('__proto__ keys anywhere in the cache pollute nothing and reach no entry', async () => {
    const { cacheFile, cache } = await goodCache();
    const text = JSON.stringify(cache)
      .replace('{"etag"', '{"__proto__":{"polluted":"top"},"etag"')
      .replace('"capabilities":{}', '"capabilities":{"__proto__":{"reasoning":true,"polluted":"caps"}}')
      .replace('{"provider"', '{"__proto__":{"polluted":"entry"},"provider"');
    expect(text.match(/__proto__/g)).toHaveLength(3);
    writeFileSync(cacheFile, text);
    const { catalog, refresher } = restart(cacheFile);
    expect(refresher.current().state).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const entry of catalog.all().filter((row) => row.source === 'remote')) {
      expect(Object.hasOwn(entry, '__proto__')).toBe(false);
      expect(Object.hasOwn(entry.capabilities, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
      expect(entry.capabilities.reasoning).toBeUndefined();
    }
  });

  it('moved-aside copies do not pile up: the newest 3 of this file are kept, nothing else is touched', async () => {
    const { cacheFile, cache } = await goodCache();
    const folder = dirname(cacheFile);
    const name = basename(cacheFile);
    const unrelated = [`other.json.corrupt-2020-01-01T00-00-00-000Z`, `${name}.corrupt-notes.txt`];
    for (const other of unrelated) writeFileSync(join(folder, other), 'not ours to remove');
    const moves = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'];
    for (const day of moves) {
      writeFileSync(cacheFile, JSON.stringify({ ...cache, etag: 42, fetchedAt: `${day}T00:00:00.000Z` }));
      const refresher = new PriceRefresher({
        catalog: new PriceCatalog(),
        cacheFile,
        url: `${fake.url}/prices.json`,
        now: () => new Date(`${day}T12:00:00.000Z`),
      });
      expect(refresher.current().message).toMatch(/moved to/);
    }
    expect(readdirSync(folder).sort()).toEqual(
      [
        ...unrelated,
        `${name}.corrupt-2026-01-03T12-00-00-000Z`,
        `${name}.corrupt-2026-01-04T12-00-00-000Z`,
        `${name}.corrupt-2026-01-05T12-00-00-000Z`,
      ].sort(),
    );
  });

  it("a write of the cache leaves no temporary file, and a killed writer's is removed at the next start", async () => {
    const { cacheFile } = await goodCache();
    expect(readdirSync(dirname(cacheFile))).toEqual([basename(cacheFile)]);
    writeFileSync(`${cacheFile}.2147483646.tmp`, '{"etag":');
    restart(cacheFile);
    expect(readdirSync(dirname(cacheFile))).toEqual([basename(cacheFile)]);
  });
});

it('a cache that cannot be read or written is reported, and the refreshed prices still serve this session', async () => {
  const catalog = new PriceCatalog();
  const cacheFile = join(mkdtempSync(join(tmpdir(), 'arena-prices-')), 'prices-cache.json');
  mkdirSync(cacheFile);
  const refresher = new PriceRefresher({ catalog, cacheFile, url: `${fake.url}/prices.json` });
  expect(refresher.current().message).toMatch(
    /could not be used \(a folder is in its place, EISDIR\).*bundled/,
  );
  fake.enqueue({ body: SMALL_LIST });
  const status = await refresher.refresh();
  expect(status.state).toBe('ok');
  expect(status.message).toMatch(
    /Refreshed 60 prices\. They could not be saved for the next start \(.*EISDIR\)/,
  );
  expect(catalog.lookup('openai', 'gpt-4o-mini')).toMatchObject({ source: 'remote', input: 1e-7 });
  expect(readdirSync(dirname(cacheFile))).toEqual(['prices-cache.json']);
});
