import { describe, expect, it } from 'vitest';
import { heldSpendingTo } from './held-spending.ts';

describe('heldSpendingTo', () => {
  // Local times, as the store's days are local days.
  it('is the local day before the day the blind run was asked for', () => {
    expect(heldSpendingTo(new Date(2026, 10, 27, 17, 30).getTime())).toBe('2026-11-26');
  });

  it('crosses months and years, leap day included', () => {
    expect(heldSpendingTo(new Date(2028, 2, 1, 0, 0, 1).getTime())).toBe('2028-02-29');
    expect(heldSpendingTo(new Date(2027, 0, 1, 9).getTime())).toBe('2026-12-31');
  });
});
