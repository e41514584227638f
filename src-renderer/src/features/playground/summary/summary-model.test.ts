import { describe, expect, it } from 'vitest';
import type { ColumnSummary } from '../../../../../src-shared/compare.ts';
import { columnLabels, summaryLabels } from '../column-labels.ts';
import { type ColumnRun, startedColumn } from '../run-state.ts';
import { formatMultiple, summarizeRun } from './summary-model.ts';

function finished(usd: number | null, ttftMs: number | null, totalMs: number, error = false): ColumnRun {
  const summary: ColumnSummary = {
    usage: { inputTokens: 10, outputTokens: 10, cacheReadTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 },
    finishReason: error ? 'error' : 'stop',
    error: error ? { kind: 'server', message: 'Failed.' } : null,
    timing: { ttftMs, totalMs, tokensPerSecond: 10, tokensEstimated: false },
    cost:
      usd === null
        ? null
        : {
            usd,
            breakdown: { input: 0, cacheRead: 0, cacheWrite: 0, output: usd },
            source: 'litellm',
            asOf: '2026-07-24',
            estimated: false,
            tierAboveInputTokens: null,
            billed: null,
          },
    truncated: false,
  };
  return { ...startedColumn('r', 'p', []), phase: error ? 'failed' : 'done', summary };
}

describe('summarizeRun', () => {
  it('names the cheapest, fastest and best answer and each cost as a multiple of the cheapest', () => {
    const summary = summarizeRun([
      { label: 'MiniMax-M2.7', run: finished(0.0005, 900, 4000), quality: 61 },
      { label: 'claude-sonnet-4-5', run: finished(0.007, 400, 6000), quality: 63 },
      { label: 'gpt-5-mini', run: finished(0.00075, 1500, 3000), quality: null },
      { label: 'deepseek-v4-flash', run: finished(0.0001, 100, 100, true), quality: 70 },
    ]);
    expect(summary).toMatchObject({
      cheapest: { label: 'MiniMax-M2.7', value: 0.0005 },
      fastestFirstToken: { label: 'claude-sonnet-4-5', value: 400 },
      fastestTotal: { label: 'gpt-5-mini', value: 3000 },
      // The failed column is in the total but competes for nothing.
      highestQuality: { label: 'claude-sonnet-4-5', value: 63 },
      multiples: [
        { label: 'MiniMax-M2.7', multiple: '1×' },
        { label: 'gpt-5-mini', multiple: '1.5×' },
        { label: 'claude-sonnet-4-5', multiple: '14×' },
      ],
    });
    expect(summary?.total.usd).toBeCloseTo(0.0005 + 0.007 + 0.00075 + 0.0001, 12);
    expect(summary?.total).toMatchObject({ cny: 0, unknownColumns: 0 });
  });

  it('waits until every running column has finished', () => {
    const running = startedColumn('r', 'p', []);
    expect(
      summarizeRun([
        { label: 'a', run: finished(1, 1, 1), quality: null },
        { label: 'b', run: running, quality: null },
      ]),
    ).toBeNull();
    expect(summarizeRun([{ label: 'a', run: undefined, quality: null }])).toBeNull();
    // A column added after the run does not hold the summary back, nor takes part in it.
    expect(
      summarizeRun([
        { label: 'a', run: finished(1, 1, 1), quality: null },
        { label: 'b', run: undefined, quality: null },
      ]),
    ).toMatchObject({
      cheapest: { label: 'a', value: 1 },
      fastestTotal: { label: 'a', value: 1 },
      multiples: [{ label: 'a', multiple: '1×' }],
      total: { usd: 1 },
    });
  });

  it('counts answers with no known price instead of adding $0, and calls a free answer free', () => {
    const summary = summarizeRun([
      { label: 'local', run: finished(0, 50, 500), quality: null },
      { label: 'mystery', run: finished(null, 60, 600), quality: null },
      { label: 'paid', run: finished(0.002, 70, 700), quality: null },
    ]);
    expect(summary?.total).toEqual({ usd: 0.002, cny: 0, estimatedUsd: 0.002, unknownColumns: 1 });
    expect(summary?.multiples).toEqual([
      { label: 'local', multiple: 'free' },
      { label: 'paid', multiple: '1×' },
    ]);
  });

  it('keeps a CNY bill in CNY in the run total, beside the estimated USD of everything', () => {
    const china = finished(0.001, 80, 800);
    const billed = { currency: 'CNY' as const, amount: 0.0071 };
    const cost = china.summary?.cost ? { ...china.summary.cost, estimated: true, billed } : null;
    const chinaRun: ColumnRun = { ...china, summary: china.summary ? { ...china.summary, cost } : null };
    const summary = summarizeRun([
      { label: 'MiniMax-M2.7 (China)', run: chinaRun, quality: null },
      { label: 'gpt-5-mini', run: finished(0.002, 70, 700), quality: null },
    ]);
    expect(summary?.total).toEqual({ usd: 0.002, cny: 0.0071, estimatedUsd: 0.003, unknownColumns: 0 });
  });

  it('compares quality only among the answers scored on the chosen index, and counts the ones left out', () => {
    const summary = summarizeRun([
      { label: 'MiniMax-M3', run: finished(0.001, 100, 1000), quality: 44.44 },
      { label: 'unscored', run: finished(0.001, 100, 1000), quality: null },
      { label: 'MiniMax-M2.7', run: finished(0.001, 100, 1000), quality: 38.13 },
      // A failed answer is neither compared nor counted as left out.
      { label: 'failed', run: finished(0.001, 100, 1000, true), quality: null },
    ]);
    expect(summary?.highestQuality).toEqual({ label: 'MiniMax-M3', value: 44.44 });
    expect(summary?.qualityUnscored).toBe(1);
  });

  it('names no highest quality when no answer is scored on the chosen index', () => {
    const summary = summarizeRun([
      { label: 'a', run: finished(0.001, 100, 1000), quality: null },
      { label: 'b', run: finished(0.002, 100, 1000), quality: null },
    ]);
    expect(summary?.highestQuality).toBeNull();
    expect(summary?.qualityUnscored).toBe(2);
  });

  it('formats multiples with a decimal below ten', () => {
    expect(formatMultiple(1)).toBe('1×');
    expect(formatMultiple(2.04)).toBe('2×');
    expect(formatMultiple(9.96)).toBe('10×');
    expect(formatMultiple(1234.4)).toBe('1,234×');
  });
});

describe('column labels', () => {
  const columns = [
    { id: '1', provider: 'minimax', model: 'MiniMax-M2.7' },
    { id: '2', provider: 'openai', model: 'gpt-5-mini' },
    { id: '3', provider: 'minimax', model: 'MiniMax-M2.7' },
    { id: '4', provider: 'custom', model: 'gpt-5-mini' },
  ];
  it('number a duplicate column', () => {
    expect([...columnLabels(columns).values()]).toEqual([
      'minimax/MiniMax-M2.7',
      'openai/gpt-5-mini',
      'minimax/MiniMax-M2.7 #2',
      'custom/gpt-5-mini',
    ]);
  });
  it('use the model alone in the summary unless two providers serve it', () => {
    expect([...summaryLabels(columns).values()]).toEqual([
      'MiniMax-M2.7',
      'openai/gpt-5-mini',
      'MiniMax-M2.7 #2',
      'custom/gpt-5-mini',
    ]);
  });
});
