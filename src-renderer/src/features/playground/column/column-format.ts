// How a column's status and metrics read. Pure; money itself is formatted by src-shared/format-money.ts.
import type { ColumnTiming } from '../../../../../src-shared/compare.ts';
import type { ArenaError, ErrorKind, Usage } from '../../../../../src-shared/domain.ts';
import { formatCost, formatMoney } from '../../../../../src-shared/format-money.ts';
import type { CostResult } from '../../../../../src-shared/pricing.ts';
import type { ColumnRun } from '../run-state.ts';

const COUNT = new Intl.NumberFormat('en-US');
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatCount = (count: number): string => COUNT.format(count);

/** 850 ms, 1.24 s, 2 min 5 s. */
export function formatDuration(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${TWO_DECIMALS.format(ms / 1000)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** 42.5, or ~42.5 when the output tokens were estimated from characters. */
export function formatRate(timing: ColumnTiming): string | null {
  const rate = timing.tokensPerSecond;
  if (rate === null || !Number.isFinite(rate)) return null;
  return `${timing.tokensEstimated ? '~' : ''}${ONE_DECIMAL.format(rate)}`;
}

/** "1,200 in (800 cached) · 340 out (120 reasoning)". */
export function formatTokens(usage: Usage, outputEstimated = false): string {
  const cache: string[] = [];
  if (usage.cacheReadTokens > 0) cache.push(`${formatCount(usage.cacheReadTokens)} cached`);
  if (usage.cacheWriteTokens > 0) cache.push(`${formatCount(usage.cacheWriteTokens)} written to cache`);
  const inputText = `${formatCount(usage.inputTokens)} in${cache.length > 0 ? ` (${cache.join(', ')})` : ''}`;
  const outputCount = `${outputEstimated ? '~' : ''}${formatCount(usage.outputTokens)}`;
  const outputText =
    usage.reasoningTokens > 0
      ? `${outputCount} out (${formatCount(usage.reasoningTokens)} reasoning)`
      : `${outputCount} out`;
  return `${inputText} · ${outputText}`;
}

/** The cost as shown, "estimated" spelled out where the price or the conversion is a guess. */
export function costText(cost: CostResult | null): string {
  const shown = formatCost(cost, 'price unknown');
  return cost?.estimated ? `${shown} estimated` : shown;
}

/** What hovering the cost tells: each part, and where the price came from and when. */
export function costDetails(cost: CostResult): string {
  const { breakdown } = cost;
  const parts = [`input ${formatMoney(breakdown.input)}`];
  if (breakdown.cacheRead > 0) parts.push(`cache read ${formatMoney(breakdown.cacheRead)}`);
  if (breakdown.cacheWrite > 0) parts.push(`cache write ${formatMoney(breakdown.cacheWrite)}`);
  parts.push(`output ${formatMoney(breakdown.output)}`);
  const notes = [`price: ${cost.source}, ${cost.asOf}`];
  if (cost.tierAboveInputTokens !== null) {
    notes.push(`the price for inputs above ${formatCount(cost.tierAboveInputTokens)} tokens`);
  }
  if (cost.billed) notes.push('billed in CNY; the USD figure is converted at an approximate rate');
  else if (cost.estimated) notes.push('an estimated price');
  return `${parts.join(', ')}. ${notes.join('; ')}.`;
}

/** Characters per token, roughly, for English prose and code; only for counts marked "~". */
const CHARS_PER_TOKEN = 4;

const tokens = (count: number) => `${formatCount(count)} ${count === 1 ? 'token' : 'tokens'}`;

/** The reasoning's token count: reported when the provider said, else estimated and marked "~". */
export function reasoningTokensText(reasoning: string, usage: Usage | null): string {
  if (usage && usage.reasoningTokens > 0) return tokens(usage.reasoningTokens);
  return `~${tokens(Math.ceil(reasoning.length / CHARS_PER_TOKEN))}`;
}

export interface LiveMetrics {
  ttft: string | null;
  rate: string | null;
  total: string | null;
  /** Output so far, estimated from its characters. */
  tokens: string | null;
}

/** Below this much streaming, a rate says more about timing noise than about the model. */
const MIN_RATE_WINDOW_S = 0.5;

/**
 * While a column streams: what this window measures itself, marked "~" (it sees the request and the
 * tokens a little after main does), until main's exact figures arrive with the column's end.
 */
export function liveMetrics(run: ColumnRun, now: number): LiveMetrics {
  const sent = run.phase === 'requesting' || run.phase === 'streaming';
  const first = run.firstTokenAt;
  const streamingSeconds = first === null ? 0 : (now - first) / 1000;
  const tokens = (run.text.length + run.reasoning.length) / CHARS_PER_TOKEN;
  return {
    ttft: first === null ? null : `~${formatDuration(first - run.requestedAt)}`,
    total: sent ? `~${formatCount(Math.max(0, Math.floor((now - run.requestedAt) / 1000)))} s` : null,
    rate: streamingSeconds >= MIN_RATE_WINDOW_S ? `~${ONE_DECIMAL.format(tokens / streamingSeconds)}` : null,
    tokens: tokens > 0 ? `~${formatCount(Math.round(tokens))} out` : null,
  };
}

const REASONS: ReadonlyMap<ErrorKind, string> = new Map([
  ['rate_limit', 'rate limited'],
  ['overloaded', 'overloaded'],
  ['server', 'server error'],
  ['timeout', 'timed out'],
  ['network', 'network error'],
]);

/** The footer's status: what the column is doing, in words. */
export function statusText(run: ColumnRun | undefined, now: number): string {
  if (!run) return 'Ready';
  switch (run.phase) {
    case 'idle':
      return 'Ready';
    case 'queued':
      return 'Queued';
    case 'rate-limited':
      return 'Waiting for rate limit';
    case 'requesting':
      return run.attempt > 1 ? `Requesting (attempt ${run.attempt})` : 'Requesting';
    case 'retrying': {
      const seconds = Math.max(0, Math.ceil(((run.retryAt ?? now) - now) / 1000));
      const reason = run.retryReason ? (REASONS.get(run.retryReason) ?? run.retryReason) : null;
      return `Retrying in ${seconds} s${reason ? ` (${reason})` : ''}`;
    }
    case 'streaming':
      return 'Streaming';
    case 'done':
      return run.summary?.truncated
        ? 'Done (cut at the output limit)'
        : run.summary?.finishReason === 'length'
          ? 'Done (hit max output tokens)'
          : 'Done';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}

// A dated snapshot of the model asked for ("gpt-5-mini" → "gpt-5-mini-2025-08-07") is the same model.
const SNAPSHOT_SUFFIX = /^(?:\d{4}-\d{2}-\d{2}|\d{8})$/;

/** The model that answered when it is not the one asked for (nor a dated snapshot of it), else null. */
export function otherAnsweringModel(asked: string, answered: string | null): string | null {
  if (!answered) return null;
  const a = asked.toLowerCase();
  const b = answered.toLowerCase();
  if (a === b) return null;
  if (b.startsWith(`${a}-`) && SNAPSHOT_SUFFIX.test(b.slice(a.length + 1))) return null;
  return answered;
}

const ERROR_KIND_LABELS: ReadonlyMap<ErrorKind, string> = new Map([
  ['auth', 'Key refused'],
  ['rate_limit', 'Rate limited'],
  ['insufficient_balance', 'Balance too low'],
  ['plan_excludes_model', 'Plan does not cover this model'],
  ['quota_exhausted', 'Quota used up'],
  ['invalid_request', 'Request refused'],
  ['model_not_found', 'Model not found'],
  ['context_length', 'Prompt too long for the model'],
  ['content_filtered', 'Blocked by the content filter'],
  ['overloaded', 'Provider overloaded'],
  ['server', 'Provider server error'],
  ['timeout', 'Timed out'],
  ['network', 'Network error'],
  ['cancelled', 'Cancelled'],
  ['protocol', 'Unreadable answer'],
  ['invalid_input', 'Invalid setting'],
  ['forbidden', 'Not allowed'],
  ['internal', 'Internal error'],
]);

/** Under a failed column's message: the kind in words, the HTTP status and the provider's code. */
export function errorCodeLine(error: ArenaError, providerName: string): string {
  const parts = [ERROR_KIND_LABELS.get(error.kind) ?? 'Failed'];
  if (error.httpStatus) parts.push(`HTTP ${error.httpStatus}`);
  if (error.providerCode !== undefined) parts.push(`${providerName} code ${error.providerCode}`);
  return parts.join(' · ');
}
