import type { ColumnResult } from '../../src-shared/compare.ts';
import { formatCost } from '../../src-shared/format-money.ts';
import { formatDuration, speedCell, toolCallLine, usageLine } from './column-text.ts';
import { oneLine, printable } from './terminal-text.ts';

function costLine(result: ColumnResult): string {
  const { cost } = result;
  if (cost) return `${formatCost(cost)} (${cost.source} ${cost.asOf})`;
  return result.usage ? 'unknown (no price for this model)' : 'unknown (no usage reported)';
}

/** `replay`'s human output: everything the client decoded, in the order a person checks it. */
export function replayReport(result: ColumnResult): string {
  const lines = [printable(result.text).trimEnd() || '(no text)', ''];
  if (result.reasoning)
    lines.push(`reasoning: ${result.reasoning.length.toLocaleString('en-US')} characters`);
  lines.push(...result.toolCalls.map(toolCallLine));
  lines.push(`finish: ${result.finishReason ?? 'none'}`);
  lines.push(`usage: ${usageLine(result) ?? 'none reported'}`);
  lines.push(`cost: ${costLine(result)}`);
  const speed = result.timing.tokensPerSecond === null ? '' : `, ${speedCell(result)} tok/s`;
  lines.push(
    `time: TTFT ${formatDuration(result.timing.ttftMs)}, total ${formatDuration(result.timing.totalMs)}${speed}`,
  );
  if (result.error) lines.push(`error: ${result.error.kind}: ${oneLine(result.error.message)}`);
  return `${lines.join('\n')}\n`;
}
