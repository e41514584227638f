// What a run consumed of a window, which remains entry a model counts against, and the pooled estimates.
import { describe, expect, it } from 'vitest';
import type { QuotaMeasurement, QuotaWindowDelta } from '../../../src-shared/plan-quota.ts';
import { windowRead as read } from '../../../src-shared/plan-quota-test-support.ts';
import { estimatesOf, familyFor, windowDelta } from './quota-delta.ts';

const family = (model: string) => ({ model, fiveHour: read({}), weekly: read({}) });

describe('windowDelta', () => {
  it('counts requests when both reads count them', () => {
    expect(
      windowDelta(read({ total: 1500, remaining: 1500 }), read({ total: 1500, remaining: 1499 })),
    ).toMatchObject({
      before: 1500,
      after: 1499,
      consumed: 1,
      unit: 'requests',
      total: 1500,
    });
  });

  it('is unknown, never 0, when a read is missing', () => {
    expect(windowDelta(null, read({ remaining: 1499 }))).toMatchObject({ consumed: null, unit: null });
    expect(windowDelta(read({ remaining: 1500 }), null)).toMatchObject({ consumed: null, status: 'unknown' });
  });

  it('is unknown when more is left after than before (the rolling window released requests)', () => {
    expect(windowDelta(read({ remaining: 10 }), read({ remaining: 40 }))).toMatchObject({
      before: 10,
      after: 40,
      consumed: null,
    });
  });

  it('measures percent when counts are absent, without float noise', () => {
    expect(windowDelta(read({ remainingPercent: 60.1 }), read({ remainingPercent: 59.9 }))).toMatchObject({
      consumed: 0.2,
      unit: 'percent',
    });
  });

  it('has nothing to consume in an unlimited window', () => {
    expect(
      windowDelta(read({ remaining: 9, status: 'unlimited' }), read({ remaining: 8, status: 'unlimited' })),
    ).toMatchObject({ consumed: null, unit: null, status: 'unlimited' });
  });
});

describe('familyFor', () => {
  const families = [family('general'), family('MiniMax-M2.7'), family('video')];

  it('takes the entry naming the model, in any case', () => {
    expect(familyFor(families, 'minimax-m2.7')?.model).toBe('MiniMax-M2.7');
  });

  it('counts a highspeed model against the family it starts with', () => {
    expect(familyFor(families, 'MiniMax-M2.7-highspeed')?.model).toBe('MiniMax-M2.7');
  });

  it('falls back to the shared bar, then the only entry, then nothing', () => {
    expect(familyFor(families, 'MiniMax-M3')?.model).toBe('general');
    expect(familyFor([family('MiniMax-M2.5')], 'MiniMax-M3')?.model).toBe('MiniMax-M2.5');
    expect(familyFor([family('MiniMax-M2.5'), family('video')], 'MiniMax-M3')).toBeNull();
  });
});

const delta = (consumed: number | null, unit: QuotaWindowDelta['unit']): QuotaWindowDelta => ({
  before: null,
  after: null,
  consumed,
  unit,
  total: null,
  status: 'normal',
  resetsAt: null,
});

const measurement = (fields: Partial<QuotaMeasurement>): QuotaMeasurement => ({
  runId: 'r',
  at: '2026-11-27T18:00:00.000Z',
  keyId: 'k',
  plan: null,
  model: 'MiniMax-M2.7',
  models: ['MiniMax-M2.7'],
  calls: 1,
  family: 'MiniMax-M2.7',
  fiveHour: delta(1, 'requests'),
  weekly: delta(null, null),
  overlapped: false,
  note: null,
  ...fields,
});

describe('estimatesOf', () => {
  it('pools requests per call as total consumed ÷ total calls, per model', () => {
    const estimates = estimatesOf([
      measurement({ fiveHour: delta(1, 'requests') }),
      measurement({ fiveHour: delta(1, 'requests') }),
      measurement({ fiveHour: delta(7, 'requests') }),
      measurement({
        model: 'MiniMax-M2.7-highspeed',
        models: ['MiniMax-M2.7-highspeed'],
        fiveHour: delta(4, 'requests'),
        calls: 2,
      }),
    ]);
    expect(estimates).toEqual([
      // (1 + 1 + 7) requests over 3 calls; the median (1) would hide the run that cost 7.
      expect.objectContaining({ model: 'MiniMax-M2.7', requestsPerCall: 3, runs: 3 }),
      expect.objectContaining({ model: 'MiniMax-M2.7-highspeed', requestsPerCall: 2, runs: 1 }),
    ]);
  });

  it('leaves out runs that cannot be told apart: unknown, overlapped, mixed models, no call', () => {
    expect(
      estimatesOf([
        measurement({ fiveHour: delta(null, null) }),
        measurement({ overlapped: true }),
        measurement({ models: ['MiniMax-M2.7', 'MiniMax-M3'] }),
        measurement({ calls: 0 }),
      ]),
    ).toEqual([]);
  });

  it('pools percent samples, so runs too small to move the bar still count as calls: 0, 0, 0.3 % over 3 calls is 0.1 %', () => {
    const [estimate] = estimatesOf([
      measurement({ fiveHour: delta(0, 'percent') }),
      measurement({ fiveHour: delta(0, 'percent') }),
      measurement({ fiveHour: delta(0.3, 'percent') }),
    ]);
    expect(estimate?.fiveHourPercentPerCall).toBeCloseTo(0.1, 8);
  });

  it("carries the plan named by the key's subscription title", () => {
    const [estimate] = estimatesOf([measurement({ plan: 'Plus', fiveHour: delta(1, 'percent') })]);
    expect(estimate?.plan).toBe('Plus');
  });
});

describe('windowDelta with both counts and percent', () => {
  it('uses the percent when the count total is 0 or missing', () => {
    expect(
      windowDelta(
        read({ total: 0, remaining: 0, remainingPercent: 90 }),
        read({ total: 0, remaining: 0, remainingPercent: 80 }),
      ),
    ).toMatchObject({ consumed: 10, unit: 'percent' });
    expect(
      windowDelta(read({ remaining: 5, remainingPercent: 90 }), read({ remaining: 5, remainingPercent: 85 })),
    ).toMatchObject({ consumed: 5, unit: 'percent' });
  });
});
