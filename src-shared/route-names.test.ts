import { describe, expect, it } from 'vitest';
import { routes } from './contract.ts';
import { ROUTE_NAMES } from './route-names.ts';

describe('route names', () => {
  it('lists every route the contract declares, and nothing else', () => {
    const declared = Object.keys(routes);
    expect(declared.filter((name) => !(ROUTE_NAMES as readonly string[]).includes(name))).toEqual([]);
    expect(ROUTE_NAMES.filter((name) => !declared.includes(name))).toEqual([]);
  });

  it('lists each name once', () => {
    expect(new Set(ROUTE_NAMES).size).toBe(ROUTE_NAMES.length);
  });
});
