// The Markdown export: a readable report of one run or a whole conversation. Everything that came
// from a user or a provider is fenced (answers, prompts, reasoning) or escaped (names, messages).
import type { CompareParams } from '../../../../src-shared/compare.ts';
import { formatCost, formatMoney } from '../../../../src-shared/format-money.ts';
import type { Conversation, MoneyTotal, StoredColumn, StoredTurn } from '../../../../src-shared/history.ts';
import { shortStatus, statusSentence } from './column-status.ts';
import { fenced, inline } from './markdown-text.ts';
import { formatCount, formatDuration, formatRate, formatUtcMinute, NONE } from './metric-format.ts';

export interface MarkdownOptions {
  exportedAt: Date;
  /** The export is of one run (the conversation holds that turn alone). */
  oneRun: boolean;
}

export function conversationMarkdown(conversation: Conversation, options: MarkdownOptions): string {
  const blocks: string[] = [...header(conversation, options)];
  for (const turn of conversation.turns) blocks.push(...turnBlocks(turn));
  return `${blocks.join('\n\n')}\n`;
}

function header(conversation: Conversation, { exportedAt, oneRun }: MarkdownOptions): string[] {
  const exported = `Exported ${formatUtcMinute(exportedAt.toISOString())}`;
  const id = inline(conversation.conversationId);
  const turns = conversation.turns;
  if (oneRun) {
    const turnNumber = (turns[0]?.turnIndex ?? 0) + 1;
    return [
      '# BYOK Arena run',
      `${exported} · turn ${turnNumber} of conversation ${id}`,
      totalLine(conversation.total),
    ];
  }
  const count = `${turns.length} ${turns.length === 1 ? 'turn' : 'turns'}`;
  return [
    '# BYOK Arena conversation',
    `${exported} · ${count}, started ${formatUtcMinute(conversation.createdAt)}`,
    totalLine(conversation.total),
  ];
}

function totalLine(total: MoneyTotal): string {
  const unknown =
    total.unknownColumns > 0
      ? ` · ${total.unknownColumns} ${total.unknownColumns === 1 ? 'answer' : 'answers'} without a known price, left out`
      : '';
  if (total.cny > 0) {
    const usd = total.usd > 0 ? `${formatMoney(total.usd)} and ` : '';
    return `Total: ${usd}${formatMoney(total.cny, 'CNY')} (~${formatMoney(total.estimatedUsd)} in all)${unknown}`;
  }
  if (total.usd === 0 && total.unknownColumns > 0) return `Total: unknown${unknown}`;
  return `Total: ${formatMoney(total.usd)}${unknown}`;
}

function paramsText(params: CompareParams | undefined): string {
  if (!params) return '';
  const parts: string[] = [];
  if (params.temperature !== undefined) parts.push(`temperature ${params.temperature}`);
  if (params.maxOutputTokens !== undefined)
    parts.push(`max ${formatCount(params.maxOutputTokens)} output tokens`);
  if (params.reasoning !== undefined) parts.push(`reasoning ${params.reasoning ? 'on' : 'off'}`);
  if (params.reasoningEffort !== undefined) parts.push(`reasoning effort ${inline(params.reasoningEffort)}`);
  return parts.join(', ');
}

function turnBlocks(turn: StoredTurn): string[] {
  const blocks = [`## Turn ${turn.turnIndex + 1} · ${formatUtcMinute(turn.startedAt)}`];
  const params = paramsText(turn.params);
  if (params) blocks.push(`Parameters: ${params}`);
  if (turn.blind) blocks.push('Run blind: the models were named only after the vote.');
  if (turn.system) blocks.push('**System prompt**', fenced(turn.system, 'text'));
  blocks.push('**Prompt**', fenced(turn.prompt, 'text'));
  for (const column of turn.columns) blocks.push(...columnBlocks(column));
  blocks.push('### Metrics', metricsTable(turn.columns));
  return blocks;
}

function columnName(column: StoredColumn): string {
  const region = column.region === 'china' ? ' (China)' : '';
  return `${inline(column.provider)}/${inline(column.model)}${region}`;
}

function columnBlocks(column: StoredColumn): string[] {
  const blocks = [`### ${columnName(column)}`];
  const message = column.state === 'failed' && column.error ? `. ${inline(column.error.message)}` : '';
  blocks.push(`Status: ${statusSentence(column)}${message}`);
  const settings = paramsText(column.params);
  if (settings) blocks.push(`Settings: ${settings}`);
  if (column.answeredModel && column.answeredModel !== column.model) {
    blocks.push(`Answered by: ${inline(column.answeredModel)}`);
  }
  if (column.text) blocks.push(fenced(column.text, 'markdown'));
  else if (column.state === 'done') blocks.push('No text came back.');
  if (column.reasoning) {
    blocks.push(
      `<details>\n<summary>Reasoning</summary>\n\n${fenced(column.reasoning, 'text')}\n\n</details>`,
    );
  }
  for (const call of column.toolCalls) {
    blocks.push(`Tool call: ${inline(call.name)}`, fenced(call.arguments, 'json'));
  }
  return blocks;
}

const METRICS_HEAD = [
  '| Model | Status | Input tokens | Output tokens | Cost | Price source | TTFT | Tokens/s | Total time |',
  '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
];

function metricsTable(columns: readonly StoredColumn[]): string {
  const rows = columns.map((column) => {
    const { usage, cost, timing } = column;
    const cells = [
      columnName(column),
      inline(shortStatus(column)),
      usage ? formatCount(usage.inputTokens) : NONE,
      usage ? formatCount(usage.outputTokens) : NONE,
      cost || usage ? formatCost(cost, 'price unknown') : NONE,
      cost ? `${inline(cost.source)}, ${inline(cost.asOf)}` : NONE,
      formatDuration(timing?.ttftMs),
      formatRate(timing),
      formatDuration(timing?.totalMs),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [...METRICS_HEAD, ...rows].join('\n');
}
