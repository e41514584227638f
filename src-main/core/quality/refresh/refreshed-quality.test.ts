import { describe, expect, it } from 'vitest';
import type { AaModel } from './aa-payload.ts';
import type { CatalogMatcher } from './model-match.ts';
import { buildRefreshedQuality } from './refreshed-quality.ts';

const m3: AaModel = {
  name: 'MiniMax-M3',
  slug: 'minimax-m3',
  creator: 'minimax',
  intelligence: 57.25,
  coding: 61.5,
  estimated: false,
};
const matchM3: CatalogMatcher = (slug) =>
  slug === 'minimax-m3' ? [{ owner: 'minimax', model: 'minimax-m3' }] : [];
const FETCHED_AT = '2026-11-27T09:30:00.000Z';

const labels = (namedVersion: string | null) =>
  buildRefreshedQuality([m3], matchM3, FETCHED_AT, namedVersion).set.indexes.map((info) => info.label);

describe('the labels of a refreshed index version', () => {
  it('are short and dated when the payload names no version, so a selector shows them whole', () => {
    expect(labels(null)).toEqual(['AA Intelligence · fetched 2026-11-27', 'AA Coding · fetched 2026-11-27']);
  });

  it('carry the version the payload names', () => {
    expect(labels('v4.3.1')).toEqual(['AA Intelligence v4.3.1', 'AA Coding v4.3.1']);
  });
});
