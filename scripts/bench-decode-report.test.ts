import { describe, expect, it } from 'vitest';
import { decodeRow, decodeTable } from './bench-decode-report.ts';

// 1,000 events: a run of 1 ms is 1 µs per event.
const wallMs = {
  bytes: [0.5, 0.3, 0.4],
  sse: [0.6, 0.6, 0.9],
  json: [2, 1, 3],
  ours: [3, 4, 5],
  sdk: [9, 6, 7],
};

// CPU times: half of each wall time, except the SDK's, which equal ours.
const cpuMs = {
  bytes: [0.25, 0.15, 0.2],
  sse: [0.3, 0.3, 0.45],
  json: [1, 0.5, 1.5],
  ours: [1.5, 2, 2.5],
  sdk: [2, 2, 2],
};

describe('decodeRow', () => {
  it('turns run times into medians and ranges per event, and the ratios to the SDK and the floor', () => {
    expect(decodeRow('openai-chat', 1000, { wallMs, cpuMs })).toEqual({
      wire: 'openai-chat',
      events: 1000,
      oursUsPerEvent: 4,
      sdkUsPerEvent: 7,
      floorUsPerEvent: 2,
      ratioVsSdk: 1.75,
      ratioVsFloor: 2,
      spread: { ours: [3, 5], sdk: [6, 9], floor: [1, 3] },
      floors: { bytes: 0.4, sse: 0.6, json: 2 },
      cpu: {
        oursUsPerEvent: 2,
        sdkUsPerEvent: 2,
        floorUsPerEvent: 1,
        ratioVsSdk: 1,
        ratioVsFloor: 2,
        spread: { ours: [1.5, 2.5], sdk: [2, 2], floor: [0.5, 1.5] },
        floors: { bytes: 0.2, sse: 0.3, json: 1 },
      },
      runs: 3,
    });
  });

  it('rounds to thousandths of a µs, after taking the ratios', () => {
    const thirds = { ...wallMs, ours: [1, 1, 1], sdk: [2, 2, 2] };
    const row = decodeRow('anthropic-messages', 3000, { wallMs: thirds, cpuMs: thirds });
    expect(row.oursUsPerEvent).toBe(0.333);
    expect(row.ratioVsSdk).toBe(2);
  });
});

describe('decodeTable', () => {
  it('gives each wire a wall-time and a CPU-time line, marking a target met ✓ and one missed ✗', () => {
    const lines = decodeTable([decodeRow('openai-chat', 1000, { wallMs, cpuMs })]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      '| openai-chat, wall | 1000 | 0.4 | 0.6 | 2 (1–3) | 4 (3–5) | 7 (6–9) | 1.75× ✓ | 2× ✓ |',
    );
    expect(lines[3]).toBe(
      '| openai-chat, CPU | 1000 | 0.2 | 0.3 | 1 (0.5–1.5) | 2 (1.5–2.5) | 2 (2–2) | 1× ✗ | 2× ✓ |',
    );
  });

  it('marks a floor ratio over 2 ✗', () => {
    const slow = { ...wallMs, ours: [5, 5, 5], sdk: [5, 5, 5] };
    const [, , wall] = decodeTable([decodeRow('anthropic-messages', 1000, { wallMs: slow, cpuMs })]).split(
      '\n',
    );
    expect(wall).toBe(
      '| anthropic-messages, wall | 1000 | 0.4 | 0.6 | 2 (1–3) | 5 (5–5) | 5 (5–5) | 1× ✗ | 2.5× ✗ |',
    );
  });
});
