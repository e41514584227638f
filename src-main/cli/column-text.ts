import type { ColumnResult } from '../../src-shared/compare.ts';
import type { ToolCall } from '../../src-shared/domain.ts';
import { formatCost } from '../../src-shared/format-money.ts';
import { compactRate } from './compact-numbers.ts';
import { clip, oneLine, printable } from './terminal-text.ts';

// How one column's result reads in a terminal: the cells of `compare`'s table, the lines under it, and
// `replay`'s report. Provider text passes through printable() before it is shown.

export const BRIEF_LINES = 3;
export const LINE_WIDTH = 100;

/** "850 ms", "12.3 s", "3600 s", "2.8 h", "27 h": at most 6 characters, up to ">999 h". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 9_999.5) return `${seconds.toFixed(seconds < 59.95 ? 1 : 0)} s`;
  const hours = seconds / 3600;
  if (hours < 999.5) return `${hours.toFixed(hours < 9.95 ? 1 : 0)} h`;
  return '>999 h';
}

const count = (value: number) => value.toLocaleString('en-US');

export function speedCell(result: ColumnResult): string {
  const { tokensPerSecond, tokensEstimated } = result.timing;
  if (tokensPerSecond === null) return '—';
  // Exact to a tenth where that is a real speed; absurd or non-finite ones (a hostile usage count) short.
  const speed = tokensPerSecond < 1e6 ? tokensPerSecond.toFixed(1) : compactRate(tokensPerSecond);
  return `${speed}${tokensEstimated ? '~' : ''}`;
}

export function tokensCell(result: ColumnResult): string {
  return result.usage ? `${count(result.usage.inputTokens)}/${count(result.usage.outputTokens)}` : '—';
}

/** "unknown" where nothing prices what was used; "—" where nothing was answered, so nothing billed. */
export function costCell(result: ColumnResult): string {
  if (!result.cost && !result.usage && !result.text && result.error) return '—';
  return formatCost(result.cost);
}

export function usageLine(result: ColumnResult): string | null {
  const usage = result.usage;
  if (!usage) return null;
  const cached = usage.cacheReadTokens ? ` (${count(usage.cacheReadTokens)} cached)` : '';
  const written = usage.cacheWriteTokens ? ` (${count(usage.cacheWriteTokens)} written to cache)` : '';
  const reasoning = usage.reasoningTokens ? ` (${count(usage.reasoningTokens)} reasoning)` : '';
  return `${count(usage.inputTokens)} in${cached}${written}, ${count(usage.outputTokens)} out${reasoning}`;
}

export function toolCallLine(call: ToolCall): string {
  return `tool call: ${oneLine(call.name)}(${oneLine(call.arguments)})`;
}

/** The first lines of an answer, each within the line width, with "…" where anything was left out. */
function brief(text: string): string {
  const lines = text.trim().split('\n');
  const kept = lines.slice(0, BRIEF_LINES).map((line) => clip(line, LINE_WIDTH));
  const cut = lines.length > BRIEF_LINES || kept.some((line, index) => line !== lines[index]);
  return cut && !kept.at(-1)?.endsWith('…') ? `${kept.join('\n')} …` : kept.join('\n');
}

/** What a column said: its answer (whole, or brief), tool calls, the reasoning's size, its error. */
export function answerLines(result: ColumnResult, options: { brief: boolean }): string[] {
  const lines: string[] = [];
  const text = printable(result.text);
  if (text.trim()) lines.push(options.brief ? brief(text) : text.trimEnd());
  else if (!result.error && result.toolCalls.length === 0) lines.push('(no text)');
  for (const call of result.toolCalls) {
    const line = toolCallLine(call);
    lines.push(options.brief ? clip(line, LINE_WIDTH) : line);
  }
  if (result.reasoning)
    lines.push(`(reasoning: ${count(result.reasoning.length)} characters; --json includes it)`);
  if (result.error) lines.push(`error: ${result.error.kind}: ${oneLine(result.error.message)}`);
  return lines;
}
