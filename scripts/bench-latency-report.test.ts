import { describe, expect, it } from 'vitest';
import { combineRuns, latencyTable, summarizeRun } from './bench-latency-report.ts';

const runOf = (base: number) => ({
  p50Ms: base,
  p95Ms: base * 2,
  p99Ms: base * 3,
  messagesPerSecond: 100 + base,
  cpuPerColumnPct: base / 10,
  floorCpuPerColumnPct: 0.1,
  cpuRatioVsFloor: base,
  floorP95Ms: 1,
});

describe('combineRuns', () => {
  it("takes each figure's median over the runs and its min–max", () => {
    const row = combineRuns(16, [runOf(6), runOf(1), runOf(2)]);
    expect(row).toEqual({
      columns: 16,
      runs: 3,
      p50Ms: 2,
      p95Ms: 4,
      p99Ms: 6,
      messagesPerSecond: 102,
      cpuPerColumnPct: 0.2,
      floorCpuPerColumnPct: 0.1,
      cpuRatioVsFloor: 2,
      floorP95Ms: 1,
      spread: {
        p50Ms: [1, 6],
        p95Ms: [2, 12],
        p99Ms: [3, 18],
        messagesPerSecond: [101, 106],
        cpuPerColumnPct: [0.1, 0.6],
        floorCpuPerColumnPct: [0.1, 0.1],
        cpuRatioVsFloor: [1, 6],
        floorP95Ms: [1, 1],
      },
    });
  });
});

describe('summarizeRun', () => {
  it("takes ours' added-latency quantiles, messages per second and the CPU ratio to the floor", () => {
    const ours = {
      latenciesMs: Array.from({ length: 100 }, (_, i) => (100 - i) / 10),
      messages: 300,
      seconds: 4,
      cpuPerColumnPct: 0.9,
    };
    const floor = { latenciesMs: [0.5, 0.2, 0.4, 0.3], messages: 0, seconds: 4, cpuPerColumnPct: 0.6 };
    expect(summarizeRun(ours, floor)).toEqual({
      p50Ms: 5,
      p95Ms: 9.5,
      p99Ms: 9.9,
      messagesPerSecond: 75,
      cpuPerColumnPct: 0.9,
      floorCpuPerColumnPct: 0.6,
      cpuRatioVsFloor: 1.5,
      floorP95Ms: 0.5,
    });
  });
});

describe('latencyTable', () => {
  it('marks the p95 target at 16 columns only, and the CPU ratio target on every row', () => {
    const fast = combineRuns(16, [{ ...runOf(1), p95Ms: 1.5, cpuRatioVsFloor: 1.2 }]);
    const slow = combineRuns(16, [{ ...runOf(1), p95Ms: 2.5, cpuRatioVsFloor: 1.4 }]);
    const few = combineRuns(4, [{ ...runOf(1), p95Ms: 9 }]);
    const lines = latencyTable([fast, slow, few]).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('| 16 | 1 | 1.5 (1.5–1.5) ✓ | 3 | 101 | 0.1 | 0.1 | 1.2× (1.2–1.2) ✓ | 1 |');
    expect(lines[3]).toBe('| 16 | 1 | 2.5 (2.5–2.5) ✗ | 3 | 101 | 0.1 | 0.1 | 1.4× (1.4–1.4) ✗ | 1 |');
    expect(lines[4]).toBe('| 4 | 1 | 9 (9–9) | 3 | 101 | 0.1 | 0.1 | 1× (1–1) ✓ | 1 |');
  });
});
