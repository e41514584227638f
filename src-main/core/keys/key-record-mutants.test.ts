// Stored-record rules the Keys page relies on: which entries count as keys, what a newer version's
// record shows as, and that every provider keeps exactly one default after a merge.
import { describe, expect, it } from 'vitest';
import {
  type KeyRecord,
  keptEntryId,
  newerVersionSummary,
  recordSchema,
  withOneDefault,
} from './key-record.ts';

const record = (id: string, provider: KeyRecord['provider'], isDefault: boolean): KeyRecord => ({
  id,
  provider,
  label: id,
  ciphertext: 'AAAA',
  masked: '…',
  keyKind: 'standard',
  isDefault,
  createdAt: '2026-11-28T00:00:00.000Z',
  lastCheck: null,
});

describe('withOneDefault', () => {
  // Rule (written by hand): each provider keeps its first default, else its first key becomes the default.
  it.each([
    [
      'the first of two defaults stays default',
      [
        ['a1', 'openai', true],
        ['a2', 'openai', true],
      ],
      ['a1'],
    ],
    [
      'a later default is kept over an earlier plain key',
      [
        ['a1', 'openai', false],
        ['a2', 'openai', true],
      ],
      ['a2'],
    ],
    [
      'a provider with no default gets its first key',
      [
        ['b1', 'anthropic', false],
        ['b2', 'anthropic', false],
      ],
      ['b1'],
    ],
    [
      'each provider is settled on its own',
      [
        ['a1', 'openai', false],
        ['b1', 'anthropic', true],
        ['a2', 'openai', true],
        ['b2', 'anthropic', true],
        ['c1', 'minimax', false],
      ],
      ['b1', 'a2', 'c1'],
    ],
  ] as const)('%s', (_name, input, defaults) => {
    const result = withOneDefault(input.map(([id, provider, isDefault]) => record(id, provider, isDefault)));
    expect(result.filter((entry) => entry.isDefault).map((entry) => entry.id)).toEqual(defaults);
    expect(result.map((entry) => entry.id)).toEqual(input.map(([id]) => id));
  });
});

describe('keptEntryId', () => {
  it.each([
    ['null', null, null],
    ['a string', 'key-1', null],
    ['an array', [{ id: 'key-1' }], null],
    ['a function carrying an id', Object.assign(() => undefined, { id: 'key-1' }), null],
    ['an empty id', { id: '' }, null],
    ['a numeric id', { id: 7 }, null],
    ['a one-character id', { id: 'k' }, 'k'],
    ['a 100-character id', { id: 'k'.repeat(100) }, 'k'.repeat(100)],
    ['a 101-character id', { id: 'k'.repeat(101) }, null],
  ])('%s', (_name, entry, expected) => {
    expect(keptEntryId(entry)).toBe(expected);
  });
});

describe('newerVersionSummary', () => {
  const scrubCanary = (text: string) => text.replaceAll('sk-CANARY-secret', '[key]');

  it('shows trimmed, scrubbed texts', () => {
    expect(
      newerVersionSummary(
        { id: 'n1', provider: '  mistral  ', label: ' Team sk-CANARY-secret ', masked: ' ms-…9a9a ' },
        scrubCanary,
      ),
    ).toEqual({
      id: 'n1',
      unsupported: 'newer-version',
      provider: 'mistral',
      label: 'Team [key]',
      masked: 'ms-…9a9a',
    });
  });

  it.each([
    ['missing', {}],
    ['blank', { provider: '   ', label: '\t', masked: ' \n ' }],
    ['not text', { provider: 3, label: null, masked: ['x'] }],
  ])('falls back to words a user can read when the texts are %s', (_name, fields) => {
    expect(newerVersionSummary({ id: 'n1', ...fields }, scrubCanary)).toEqual({
      id: 'n1',
      unsupported: 'newer-version',
      provider: 'unknown provider',
      label: 'Unnamed key',
      masked: '…',
    });
  });
});

describe('recordSchema', () => {
  // A check result is an object or null; anything else means the record is not one this version wrote.
  it.each([
    ['null', null, true],
    ['an object', { status: 'valid' }, true],
    ['a string', 'valid', false],
    ['a number', 0, false],
  ])('lastCheck %s: readable %s', (_name, lastCheck, readable) => {
    expect(recordSchema.safeParse({ ...record('k', 'openai', true), lastCheck }).success).toBe(readable);
  });
});
