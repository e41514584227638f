// The decode and latency sections end to end at a tiny size: the real core, the official SDKs and the
// floors against the loopback server, each client's reading checked by the section itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run as runDecode } from './bench-decode.ts';
import { run as runLatency } from './bench-latency.ts';

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
});

describe('decode section', () => {
  it('runs every client over both wires and reports a row per wire with the documented keys', async () => {
    const { rows } = await runDecode({ quick: true, sizes: { minEvents: 300, warmups: 0, runs: 1 } });
    expect(rows.map((row) => row.wire)).toEqual(['openai-chat', 'anthropic-messages']);
    for (const row of rows) {
      // The transcript repeats whole spans of text frames: 8 per span (OpenAI), 95 (Anthropic).
      expect(row.events).toBe(row.wire === 'openai-chat' ? 304 : 380);
      expect(row.runs).toBe(1);
      for (const figure of [
        row.oursUsPerEvent,
        row.sdkUsPerEvent,
        row.floorUsPerEvent,
        row.cpu.oursUsPerEvent,
      ]) {
        expect(figure).toBeGreaterThan(0);
      }
      expect(row.ratioVsSdk).toBeCloseTo(row.sdkUsPerEvent / row.oursUsPerEvent, 1);
    }
  });
});

describe('latency section', () => {
  it('delivers every mark of every column through the core and reports a row per column count', async () => {
    const sizes = {
      columnCounts: [1, 2],
      chunks: 3,
      repeats: 1,
      warmUpColumns: 1,
      warmUpRuns: 1,
      settleMs: 0,
    };
    const { rows } = await runLatency({ quick: true, sizes });
    expect(rows.map((row) => [row.columns, row.runs])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    for (const row of rows) {
      expect(row.p50Ms).toBeGreaterThan(0);
      expect(row.p95Ms).toBeGreaterThanOrEqual(row.p50Ms);
      expect(row.p99Ms).toBeGreaterThanOrEqual(row.p95Ms);
      expect(row.messagesPerSecond).toBeGreaterThan(0);
      expect(row.cpuRatioVsFloor).toBeGreaterThan(0);
    }
  });
});
