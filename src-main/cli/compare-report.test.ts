// compare's table fits 100 columns whatever the cells hold, and the model column stays readable:
// other cells take a shorter form before the name is cut below 20 characters.
import { describe, expect, it } from 'vitest';
import type { ColumnResult } from '../../src-shared/compare.ts';
import type { FinishReason } from '../../src-shared/domain.ts';
import type { CostResult } from '../../src-shared/pricing.ts';
import { compareReport, type ReportedColumn } from './compare-report.ts';

const MAX_WIDTH = 100;
const MIN_MODEL = 20;

function cost(usd: number, billedCny?: number): CostResult {
  return {
    usd,
    breakdown: { input: usd, cacheRead: 0, cacheWrite: 0, output: 0 },
    source: 'litellm',
    asOf: '2026-01-01',
    estimated: billedCny !== undefined,
    tierAboveInputTokens: null,
    billed: billedCny === undefined ? null : { currency: 'CNY', amount: billedCny },
  };
}

interface Cells {
  label?: string;
  finish?: FinishReason;
  cost?: CostResult | null;
  tokens?: [number, number];
  ttftMs?: number;
  totalMs?: number;
  tokensPerSecond?: number;
}

function column(cells: Cells): ReportedColumn {
  const [inputTokens, outputTokens] = cells.tokens ?? [78, 9];
  const result: ColumnResult = {
    text: 'An answer.',
    reasoning: '',
    toolCalls: [],
    usage: { inputTokens, outputTokens, cacheReadTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 },
    finishReason: cells.finish ?? 'stop',
    error: null,
    timing: {
      ttftMs: cells.ttftMs ?? 420,
      totalMs: cells.totalMs ?? 1_900,
      tokensPerSecond: cells.tokensPerSecond ?? 52.3,
      tokensEstimated: true,
    },
    cost: cells.cost === undefined ? cost(0.0000342) : cells.cost,
    truncated: false,
  };
  return { label: cells.label ?? 'openai/gpt-4o', result };
}

/** The table's lines: from the header to the first blank line. */
function tableOf(report: string): string[] {
  const lines = report.split('\n');
  return lines.slice(0, lines.indexOf(''));
}

/** What the model column shows in a row: between the row number and the finish reason. */
function modelCell(row: string, finish: string): string {
  const match = new RegExp(`^\\s*\\d+  (.*?)\\s+${finish}\\s`).exec(row);
  expect(match, row).not.toBeNull();
  return match![1]!;
}

const LONG_LABEL = `openrouter/${'verylongvendor/'.repeat(3)}model-${'x'.repeat(40)}`;

describe('compare table width', () => {
  it('16 columns of huge tokens, long costs and long ids: ≤ 100 columns, the ids cut no shorter than 20', () => {
    const columns = Array.from({ length: 16 }, (_, index) =>
      column({
        label: `${LONG_LABEL}-${index}`,
        finish: index % 2 ? 'content_filter' : 'length',
        cost: cost(12_345.678901, 88_888.123456),
        tokens: [123_456_789, 987_654_321],
        ttftMs: 123_456.7,
        totalMs: 3_600_000,
        tokensPerSecond: 123_456.789,
      }),
    );
    const table = tableOf(compareReport(columns, { brief: true, wallMs: 3_600_000 }));
    expect(table).toHaveLength(17);
    for (const line of table) expect(line.length).toBeLessThanOrEqual(MAX_WIDTH);
    for (const [index, row] of table.slice(1).entries()) {
      const shown = modelCell(row, index % 2 ? 'content_filter' : 'length');
      expect(shown.length).toBeGreaterThanOrEqual(MIN_MODEL);
      expect(LONG_LABEL.startsWith(shown.replace(/…$/, ''))).toBe(true);
      // Shorter forms where needed (token counts to 3 significant digits, costs to 4); no number is cut.
      expect(row).toMatch(/\s123M\/988M$/);
      expect(row).toContain('$12.35K');
      expect(row).toMatch(/\s(123456\.8|123K)~\s/);
      expect(row).not.toMatch(/\d…/);
    }
  });

  it('every column at its widest possible cell at once still fits, the model column ≥ 20', () => {
    const finishes: FinishReason[] = ['stop', 'length', 'tool_calls', 'content_filter', 'error', 'cancelled'];
    const extremes: Cells[] = [
      { cost: cost(1e300, 1e300), tokens: [1e300, Number.MAX_SAFE_INTEGER] },
      { cost: cost(0.0000123456789, 0.0000876543219), tokens: [99_999, 88_888] },
      { cost: cost(1.23456789e-12, 8.76543219e-12), tokensPerSecond: Number.POSITIVE_INFINITY },
      { cost: cost(999_999.99, 7_099_999.93), tokensPerSecond: 1e300, ttftMs: 1e15, totalMs: 1e15 },
      { cost: cost(0.00012345678), tokens: [9_999, 9_999], ttftMs: 59_949, totalMs: 9_999_499 },
      { cost: null, tokens: [1_234_567_890_123, 12_345], tokensPerSecond: 999.94 },
    ];
    const columns = Array.from({ length: 16 }, (_, index) =>
      column({
        ...extremes[index % extremes.length],
        label: `custom/${'m'.repeat(200)}-${index}`,
        finish: finishes[index % finishes.length],
      }),
    );
    const table = tableOf(compareReport(columns, { brief: true, wallMs: 1e15 }));
    expect(table).toHaveLength(17);
    for (const line of table) expect(line.length).toBeLessThanOrEqual(MAX_WIDTH);
    for (const [index, row] of table.slice(1).entries()) {
      const shown = modelCell(row, finishes[index % finishes.length]!);
      expect(shown.length).toBeGreaterThanOrEqual(MIN_MODEL);
      expect(shown).toMatch(/^custom\/m+…$/);
    }
  });

  it('when everything fits, cells keep their full form: exact token counts and the CNY bill', () => {
    const columns = [
      column({ label: 'minimax/MiniMax-M2.7', cost: cost(0.0003255, 0.002311), tokens: [123_456, 7_890] }),
      column({ label: 'openai/gpt-4o', cost: cost(1_234.5678), tokens: [78, 9] }),
    ];
    const table = tableOf(compareReport(columns, { brief: true, wallMs: 2_000 }));
    expect(table[1]).toMatch(/^1 {2}minimax\/MiniMax-M2\.7 .*¥0\.002311 \(~\$0\.0003255\).*123,456\/7,890$/);
    expect(table[2]).toMatch(/^2 {2}openai\/gpt-4o .*\$1,234\.57 .*78\/9$/);
  });
});
