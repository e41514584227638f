import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { readPriceCache, validRemoteEntries } from './price-cache.ts';

const HOUR_MS = 60 * 60 * 1000;
const NOW = new Date('2026-11-27T12:00:00.000Z');

/**
 * MiniMax-M2.7 billed in China, per token (PROVIDERS.md, MiniMax: "China prices are in CNY
 * (M2.7: 2.1 / 8.4 / 0.42 / 2.625)" per million tokens).
 */
const M27_CHINA: PriceEntry = {
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  aliases: [],
  input: 2.1e-6,
  output: 8.4e-6,
  cacheRead: 0.42e-6,
  cacheWrite: 2.625e-6,
  tiers: [],
  currency: 'CNY',
  region: 'china',
  contextWindow: null,
  maxOutputTokens: null,
  capabilities: { reasoning: true, vision: false, tools: true, caching: true },
  source: 'remote',
  asOf: '2026-11-27',
  estimated: false,
};

function cacheFileIn(folder = mkdtempSync(join(tmpdir(), 'arena-price-cache-'))): string {
  return join(folder, 'prices-cache.json');
}

function cacheText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ etag: '"v1"', fetchedAt: NOW.toISOString(), entries: [M27_CHINA], ...overrides });
}

function read(text: string, maxBytes = 1_000_000) {
  const file = cacheFileIn();
  writeFileSync(file, text);
  return { file, result: readPriceCache(file, { maxBytes, now: NOW }) };
}

describe('remote price entries keep every field a refreshed list may carry', () => {
  it('a China-region CNY price and its capabilities pass unchanged', () => {
    expect(validRemoteEntries([M27_CHINA])).toEqual([M27_CHINA]);
    const { result } = read(cacheText());
    expect(result).toEqual({
      state: 'ok',
      cache: { etag: '"v1"', fetchedAt: NOW.toISOString(), entries: [M27_CHINA] },
    });
  });
});

describe('a fetch time ahead of our clock is accepted up to one day (24 h), no further', () => {
  it.each([
    ['23 h ahead', 23 * HOUR_MS, 'ok'],
    ['exactly 24 h ahead', 24 * HOUR_MS, 'ok'],
    ['24 h and 1 ms ahead', 24 * HOUR_MS + 1, 'moved'],
    ['25 h ahead', 25 * HOUR_MS, 'moved'],
  ])('%s → %s', (_name, aheadMs, state) => {
    const { result } = read(cacheText({ fetchedAt: new Date(NOW.getTime() + aheadMs).toISOString() }));
    expect(result.state).toBe(state);
    if (result.state === 'moved') expect(result.reason).toBe('it claims to have been fetched in the future');
  });
});

describe('a cache that fails its checks is moved aside with a reason that says where', () => {
  it.each([
    ['not JSON', '{"etag":nul', 'it is not valid JSON'],
    ['JSON that is not an object', '42', 'the top level: Invalid input: expected object, received number'],
    [
      'an ETag with a control character',
      cacheText({ etag: '"v1\u0001"' }),
      'etag: not a printable entity tag',
    ],
    [
      'a bad field at depth 3',
      cacheText({ entries: [{ ...M27_CHINA, input: 'cheap' }] }),
      'entries.0.input: Invalid input: expected number, received string',
    ],
    // The path is cut to its first four segments: deeper ones add nothing a user can act on.
    [
      'a bad field at depth 5',
      cacheText({
        entries: [
          {
            ...M27_CHINA,
            tiers: [
              { aboveInputTokens: 200_000, input: 1e-6, output: 2e-6, cacheRead: 'x', cacheWrite: null },
            ],
          },
        ],
      }),
      'entries.0.tiers.0: Invalid input: expected number, received string',
    ],
  ])('%s', (_name, text, reason) => {
    const { file, result } = read(text);
    expect(result).toMatchObject({ state: 'moved', reason });
    expect(existsSync(file)).toBe(false);
  });

  it('a file larger than the cap is moved aside unread; one exactly at the cap is read', () => {
    const text = cacheText();
    const bytes = Buffer.byteLength(text);
    expect(read(text, bytes).result.state).toBe('ok');
    const { file, result } = read(text, bytes - 1);
    expect(result).toMatchObject({ state: 'moved', reason: 'it is too large' });
    if (result.state === 'moved') expect(readFileSync(result.movedTo, 'utf8')).toBe(text);
    expect(existsSync(file)).toBe(false);
  });

  it('a missing file is "missing", not an error', () => {
    expect(readPriceCache(cacheFileIn(), { maxBytes: 1000, now: NOW })).toEqual({ state: 'missing' });
  });

  it('a bad file that cannot be moved aside is left in place and reported as unreadable', () => {
    const file = cacheFileIn();
    writeFileSync(file, '{"etag":nul');
    // A non-empty folder where the moved-aside copy would go (its name: file + ".corrupt-" + the
    // time with ":" and "." as "-") makes the rename fail.
    const obstacle = `${file}.corrupt-2026-11-27T12-00-00-000Z`;
    mkdirSync(obstacle);
    writeFileSync(join(obstacle, 'keep'), '');
    const result = readPriceCache(file, { maxBytes: 1000, now: NOW });
    expect(result.state).toBe('unreadable');
    if (result.state === 'unreadable') {
      expect(result.reason).toMatch(/^it is not valid JSON, and it could not be moved aside: .*EISDIR/);
    }
    expect(readFileSync(file, 'utf8')).toBe('{"etag":nul');
  });
});
