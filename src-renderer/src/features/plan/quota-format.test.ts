import { describe, expect, it } from 'vitest';
import { windowRead as read } from '../../../../src-shared/plan-quota-test-support.ts';
import { estimateText, windowText } from './quota-format.ts';

const time = (iso: string) => iso.slice(11, 16);

describe('windowText', () => {
  it('writes counts with the reset time, percent for usage-bar plans, and never calls a missing window unlimited', () => {
    expect(
      windowText(read({ total: 1500, remaining: 1200, resetsAt: '2026-11-27T14:05:00.000Z' }), time),
    ).toBe('1,200 of 1,500 requests left, resets 14:05');
    expect(windowText(read({ remainingPercent: 61.6 }), time)).toBe('62 % left');
    expect(windowText(read({ status: 'unknown' }), time)).toBe('unknown (not reported)');
    expect(windowText(read({ status: 'unlimited' }), time)).toBe('unlimited');
    expect(windowText(read({ status: 'exhausted', total: 1500, remaining: 0 }), time)).toBe(
      'exhausted (0 of 1,500 requests left)',
    );
  });
});

describe('estimateText', () => {
  it('says what a measured call costs of the plan, and nothing when nothing was measured', () => {
    expect(
      estimateText({
        provider: 'minimax',
        model: 'MiniMax-M2.7',
        requestsPerCall: 1,
        fiveHourPercentPerCall: null,
        weeklyPercentPerCall: null,
        runs: 3,
        measuredAt: '2026-11-27T10:00:00.000Z',
      }),
    ).toBe('MiniMax-M2.7: 1 request per call (3 runs measured)');
    expect(
      estimateText({
        provider: 'minimax',
        model: 'x',
        requestsPerCall: null,
        fiveHourPercentPerCall: null,
        weeklyPercentPerCall: null,
        runs: 0,
        measuredAt: '2026-11-27T10:00:00.000Z',
      }),
    ).toBeNull();
  });
});

describe('windowText with both counts and percent', () => {
  it('shows the percent when the count total is 0 or missing', () => {
    expect(windowText(read({ total: 0, remaining: 0, remainingPercent: 62 }), time)).toBe('62 % left');
    expect(windowText(read({ remaining: 3, remainingPercent: 40 }), time)).toBe('40 % left');
  });
});

describe('estimateText for a still window and a named plan', () => {
  it('says the window did not move rather than "0 % per call", and names the plan measured on', () => {
    expect(
      estimateText({
        provider: 'minimax',
        model: 'MiniMax-M2.7',
        requestsPerCall: null,
        fiveHourPercentPerCall: 0,
        weeklyPercentPerCall: 0.01,
        runs: 2,
        measuredAt: '2026-11-27T10:00:00.000Z',
        plan: 'Plus',
      }),
    ).toBe(
      'MiniMax-M2.7 on Plus: the 5-hour window did not move (run more calls to measure), 0.01 % of the week per call (2 runs measured)',
    );
  });
});
