import { describe, expect, it } from 'vitest';
import { combineRuns } from './bench-latency.ts';

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
