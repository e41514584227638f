import { describe, expect, it } from 'vitest';
import { decodeRow, decodeTable } from './bench-decode-report.ts';

// 1,000 events: a run of 1 ms is 1 µs per event.
const durations = {
  bytes: [0.5, 0.3, 0.4],
  sse: [0.6, 0.6, 0.9],
  json: [2, 1, 3],
  ours: [3, 4, 5],
  sdk: [9, 6, 7],
};

describe('decodeRow', () => {
  it('turns run times into medians and ranges per event, and the ratios to the SDK and the floor', () => {
    expect(decodeRow('openai-chat', 1000, durations)).toEqual({
      wire: 'openai-chat',
      events: 1000,
      oursUsPerEvent: 4,
      sdkUsPerEvent: 7,
      floorUsPerEvent: 2,
      ratioVsSdk: 1.75,
      ratioVsFloor: 2,
      spread: { ours: [3, 5], sdk: [6, 9], floor: [1, 3] },
      floors: { bytes: 0.4, sse: 0.6, json: 2 },
      runs: 3,
    });
  });

  it('rounds to thousandths of a µs, after taking the ratios', () => {
    const row = decodeRow('anthropic-messages', 3000, { ...durations, ours: [1, 1, 1], sdk: [2, 2, 2] });
    expect(row.oursUsPerEvent).toBe(0.333);
    expect(row.ratioVsSdk).toBe(2);
  });
});

describe('decodeTable', () => {
  it('marks a target met with ✓ and one missed with ✗', () => {
    const met = decodeRow('openai-chat', 1000, durations);
    const missed = decodeRow('anthropic-messages', 1000, { ...durations, sdk: [5, 5, 5], ours: [5, 5, 5] });
    const lines = decodeTable([met, missed]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      '| openai-chat | 1000 | 0.4 | 0.6 | 2 (1–3) | 4 (3–5) | 7 (6–9) | 1.75× ✓ | 2× ✓ |',
    );
    expect(lines[3]).toBe(
      '| anthropic-messages | 1000 | 0.4 | 0.6 | 2 (1–3) | 5 (5–5) | 5 (5–5) | 1× ✗ | 2.5× ✗ |',
    );
  });
});
