import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../../../../../src-shared/domain.ts';
import type { CostResult } from '../../../../../src-shared/pricing.ts';
import { startedColumn } from '../run-state.ts';
import {
  costDetails,
  costText,
  errorCodeLine,
  formatDuration,
  formatRate,
  formatTokens,
  liveMetrics,
  otherAnsweringModel,
  reasoningTokensText,
  statusText,
} from './column-format.ts';

const usage = {
  inputTokens: 1200,
  outputTokens: 340,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
};

const cost: CostResult = {
  usd: 0.000768,
  breakdown: { input: 0.00036, cacheRead: 0, cacheWrite: 0, output: 0.000408 },
  source: 'curated',
  asOf: '2026-09-01',
  estimated: false,
  tierAboveInputTokens: null,
  billed: null,
};

describe('column metrics', () => {
  it('durations read in ms, seconds or minutes', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(1240)).toBe('1.24 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(null)).toBeNull();
  });

  it('tokens per second are marked ~ when the output count was estimated', () => {
    const timing = { ttftMs: 1, totalMs: 2, tokensPerSecond: 42.46, tokensEstimated: false };
    expect(formatRate(timing)).toBe('42.5');
    expect(formatRate({ ...timing, tokensEstimated: true })).toBe('~42.5');
    expect(formatRate({ ...timing, tokensPerSecond: null })).toBeNull();
  });

  it('tokens break out cached and reasoning parts only when there are some', () => {
    expect(formatTokens(usage)).toBe('1,200 in · 340 out');
    expect(formatTokens({ ...usage, cacheReadTokens: 800, reasoningTokens: 120 })).toBe(
      '1,200 in (800 cached) · 340 out (120 reasoning)',
    );
    expect(formatTokens({ ...usage, cacheWriteTokens: 50 }, true)).toBe(
      '1,200 in (50 written to cache) · ~340 out',
    );
  });

  it('cost says "estimated" where it is, CNY beside USD, and details its parts and price source', () => {
    expect(costText(cost)).toBe('$0.000768');
    expect(costText(null)).toBe('price unknown');
    const cny = { ...cost, estimated: true, billed: { currency: 'CNY' as const, amount: 0.005376 } };
    expect(costText(cny)).toBe('¥0.005376 (~$0.000768) estimated');
    expect(costDetails(cost)).toBe('input $0.00036, output $0.000408. price: curated, 2026-09-01.');
    expect(costDetails({ ...cost, tierAboveInputTokens: 200_000, estimated: true })).toBe(
      'input $0.00036, output $0.000408. price: curated, 2026-09-01; the price for inputs above 200,000 tokens; an estimated price.',
    );
  });

  it('reasoning tokens come from usage when reported, else an estimate marked ~', () => {
    expect(reasoningTokensText('x'.repeat(400), { ...usage, reasoningTokens: 120 })).toBe('120 tokens');
    expect(reasoningTokensText('x'.repeat(401), usage)).toBe('~101 tokens');
    expect(reasoningTokensText('abc', null)).toBe('~1 token');
  });
});

describe('statusText', () => {
  const run = startedColumn('r', 'p', []);
  it('names each phase, with the attempt and a countdown for a retry', () => {
    expect(statusText(undefined, 0)).toBe('Ready');
    expect(statusText(run, 0)).toBe('Queued');
    expect(statusText({ ...run, phase: 'rate-limited' }, 0)).toBe('Waiting for rate limit');
    expect(statusText({ ...run, phase: 'requesting', attempt: 1 }, 0)).toBe('Requesting');
    expect(statusText({ ...run, phase: 'requesting', attempt: 3 }, 0)).toBe('Requesting (attempt 3)');
    expect(
      statusText({ ...run, phase: 'retrying', attempt: 2, retryAt: 5_000, retryReason: 'overloaded' }, 1_500),
    ).toBe('Retrying in 4 s (overloaded)');
    expect(statusText({ ...run, phase: 'failed' }, 0)).toBe('Failed');
  });
});

describe('otherAnsweringModel', () => {
  it('names a different model, not the same one in another case or a dated snapshot of it', () => {
    expect(otherAnsweringModel('MiniMax-M3-preview', 'MiniMax-M2.7')).toBe('MiniMax-M2.7');
    expect(otherAnsweringModel('minimax-m2.7', 'MiniMax-M2.7')).toBeNull();
    expect(otherAnsweringModel('gpt-5-mini', 'gpt-5-mini-2025-08-07')).toBeNull();
    expect(otherAnsweringModel('claude-haiku-4-5', 'claude-haiku-4-5-20251001')).toBeNull();
    expect(otherAnsweringModel('gpt-5', 'gpt-5-mini')).toBe('gpt-5-mini');
    expect(otherAnsweringModel('gpt-5', null)).toBeNull();
  });
});

describe('liveMetrics', () => {
  const run = { ...startedColumn('r', 'p', [], 1000), phase: 'requesting' as const };
  it('counts the time since the request went out, before any token', () => {
    expect(liveMetrics(run, 3_500)).toEqual({ ttft: null, total: '~2 s', rate: null, tokens: null });
    expect(liveMetrics({ ...run, phase: 'queued' }, 3_500).total).toBeNull();
  });
  it('shows the first token time and a rate from the characters so far, all marked ~', () => {
    const streaming = { ...run, phase: 'streaming' as const, firstTokenAt: 1_400, text: 'x'.repeat(400) };
    // 400 characters ≈ 100 tokens over the 2 s since the first token.
    expect(liveMetrics(streaming, 3_400)).toEqual({
      ttft: '~400 ms',
      total: '~2 s',
      rate: '~50',
      tokens: '~100 out',
    });
    expect(liveMetrics(streaming, 1_800).rate).toBeNull();
  });
});

describe('errorCodeLine', () => {
  it('names the kind in words, with the HTTP status and the provider’s own code', () => {
    expect(
      errorCodeLine(
        { kind: 'plan_excludes_model', httpStatus: 200, providerCode: 2061, message: 'x' },
        'MiniMax',
      ),
    ).toBe('Plan does not cover this model · HTTP 200 · MiniMax code 2061');
    expect(errorCodeLine({ kind: 'rate_limit', httpStatus: 429, message: 'x' }, 'OpenAI')).toBe(
      'Rate limited · HTTP 429',
    );
    expect(errorCodeLine({ kind: 'network', message: 'x' }, 'Anthropic')).toBe('Network error');
  });

  it('has words for every kind of error', () => {
    for (const kind of ERROR_KINDS) {
      expect(errorCodeLine({ kind, message: 'x' }, 'MiniMax')).not.toContain('_');
    }
  });
});
