import type { ColumnResult } from '../../src-shared/compare.ts';
import type { ToolCall } from '../../src-shared/domain.ts';
import { formatCost } from '../../src-shared/format-money.ts';
import { clip, oneLine, printable } from './terminal-text.ts';

// How one column's result reads in a terminal: the cells of `compare`'s table, the lines under it, and
// `replay`'s report. Provider text passes through printable() before it is shown.

export const BRIEF_LINES = 3;
export const LINE_WIDTH = 100;

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 60_000 ? 1 : 0)} s`;
}

const count = (value: number) => value.toLocaleString('en-US');

export function speedCell(result: ColumnResult): string {
  const { tokensPerSecond, tokensEstimated } = result.timing;
  return tokensPerSecond === null ? '—' : `${tokensPerSecond.toFixed(1)}${tokensEstimated ? '~' : ''}`;
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
