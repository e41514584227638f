// The validated reads behind a key check, at the edges of what each one accepts.
import { describe, expect, it } from 'vitest';
import { amountOf, countOf, currencyOf, isoFromEpoch, providerCodeOf, textOf } from './reply-fields.ts';

describe('countOf', () => {
  it.each([
    [0, 0],
    [1e15, 1e15],
    [1e15 + 2, null],
    [-1, null],
  ])('%s → %s (sane counts go up to 1e15, inclusive)', (value, expected) => {
    expect(countOf(value)).toBe(expected);
  });
});

describe('textOf', () => {
  it.each([
    ['  abc  ', 'abc'],
    ['   ', null],
    ['', null],
    ['abc', 'abc'],
    ['abcd', 'abc…'],
  ])('%j → %j (trimmed, at most 3 characters here)', (value, expected) => {
    expect(textOf(value, [], 3)).toBe(expected);
  });
});

describe('isoFromEpoch', () => {
  it.each([
    // Seconds (below 1e12) become milliseconds: 1795000000 s is 2026-11-18T11:06:40Z.
    [1_795_000_000, '2026-11-18T11:06:40.000Z'],
    [1_795_000_000_000, '2026-11-18T11:06:40.000Z'],
    // 1e12 is read as milliseconds: 2001-09-09T01:46:40Z.
    [1e12, '2001-09-09T01:46:40.000Z'],
    // The believable range is 2000-01-01 to 2200-01-01, both ends included (2000-01-01 in seconds).
    [946_684_800, '2000-01-01T00:00:00.000Z'],
    [946_684_799, null],
    [Date.UTC(2200, 0, 1), '2200-01-01T00:00:00.000Z'],
    [Date.UTC(1999, 11, 31), null],
    [900_000_000, null], // seconds: 1998-07-09
    [Date.UTC(2200, 0, 2), null],
    [Date.UTC(2300, 0, 1), null],
  ])('%s → %s', (value, expected) => {
    expect(isoFromEpoch(value)).toBe(expected);
  });
});

describe('amountOf', () => {
  it.each([
    [true, null],
    [null, null],
    [[5], null],
    ['  ', null],
    ['', null],
    [`${'0'.repeat(40)}1`, null], // 41 characters: too long to be an amount
    [`${'0'.repeat(39)}1`, 1], // 40 characters: still read
    [' 12.5 ', 12.5],
    [1e12, 1e12],
    [-1e12, -1e12],
    [1e12 + 1, null],
    ['-3.25', -3.25],
  ])('%j → %j', (value, expected) => {
    expect(amountOf(value)).toBe(expected);
  });
});

describe('currencyOf', () => {
  it.each([
    ['usd', 'USD'],
    ['CNY', 'CNY'],
    // Three characters whose upper case is four: ß → SS, ﬀ → FF. Not a code.
    ['usß', null],
    ['1ﬀx', null],
    // Two characters whose upper case is three letters: still not a three-letter code.
    ['ßa', null],
    ['US1', null],
    ['USDX', null],
  ])('%j → %j', (value, expected) => {
    expect(currencyOf(value)).toBe(expected);
  });
});

describe('providerCodeOf', () => {
  it.each([
    [1004, 1004],
    [Number.NaN, undefined],
    ['rate_limit_exceeded', 'rate_limit_exceeded'],
    ['', undefined],
    ['c'.repeat(64), 'c'.repeat(64)],
    ['c'.repeat(65), undefined],
    ['bad\u0000code', undefined],
    ['bad\ncode', undefined],
    [{ code: 1 }, undefined],
  ])('%j → %j', (value, expected) => {
    expect(providerCodeOf(value)).toBe(expected);
  });
});
