import { describe, expect, it } from 'vitest';
import type { KeySummary } from '../../../../../src-shared/keys.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';
import type { PlaygroundColumn } from '../setup-store.ts';
import { columnInputPrice, regionOf } from './column-price.ts';

function key(id: string, region: 'global' | 'china' | undefined, isDefault: boolean): KeySummary {
  return {
    id,
    provider: 'minimax',
    label: id,
    masked: 'sk-…0000',
    keyKind: 'pay_as_you_go',
    ...(region ? { region } : {}),
    isDefault,
    createdAt: '2026-11-01T00:00:00Z',
    lastCheck: null,
  };
}

const column = (extra: Partial<PlaygroundColumn> = {}): PlaygroundColumn => ({
  id: 'c1',
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  ...extra,
});

const KEYS = [key('global-key', undefined, false), key('china-key', 'china', true)];

describe('regionOf', () => {
  it('takes the column’s own region first, then its chosen key’s, then the default key’s', () => {
    expect(regionOf(column({ region: 'global' }), KEYS)).toBe('global');
    expect(regionOf(column({ keyId: 'global-key' }), KEYS)).toBe('global');
    expect(regionOf(column(), KEYS)).toBe('china');
    expect(regionOf(column(), [])).toBe('global');
  });

  it('is global for a column with its own base URL (the key’s region picks no host then)', () => {
    expect(regionOf(column({ baseUrl: 'http://127.0.0.1:8080/v1' }), KEYS)).toBe('global');
  });
});

describe('columnInputPrice', () => {
  const row = { inputUsdPerToken: 0.3e-6, estimated: false } as PriceRow;

  it('is the table’s USD price for a global column', () => {
    expect(columnInputPrice(row, 'global', 'minimax')).toEqual({
      perToken: 0.3e-6,
      currency: 'USD',
      estimated: false,
    });
  });

  it('is in CNY, converted at the shared dated rate and marked estimated, for MiniMax in China', () => {
    const price = columnInputPrice(row, 'china', 'minimax');
    expect(price?.currency).toBe('CNY');
    expect(price?.estimated).toBe(true);
    // 7.1 CNY per USD (src-shared/pricing.ts, CNY_PER_USD).
    expect(price?.perToken).toBeCloseTo(0.3e-6 * 7.1, 15);
  });

  it('is unknown without a priced row', () => {
    expect(columnInputPrice(null, 'china', 'minimax')).toBeNull();
  });
});
