import type { ColumnResult } from '../../src-shared/compare.ts';
import { formatMoney } from '../../src-shared/format-money.ts';
import { CNY_PER_USD } from '../../src-shared/pricing.ts';
import { answerLines, costCell, formatDuration, LINE_WIDTH } from './column-text.ts';
import { costForms, speedForms, tokensForms } from './table-cells.ts';
import { oneLine } from './terminal-text.ts';
import { renderTable, type TableColumn } from './text-table.ts';

export interface ReportedColumn {
  /** PROVIDER/MODEL as the user gave it. */
  label: string;
  result: ColumnResult;
}

/** Long ids are cut to this before any other cell is shortened: enough to tell models apart. */
const MIN_MODEL_WIDTH = 20;

const COLUMNS: readonly TableColumn[] = [
  { header: '#', align: 'right' },
  { header: 'model', shrinks: true, minWidth: MIN_MODEL_WIDTH },
  { header: 'finish' },
  { header: 'cost', align: 'right' },
  { header: 'time', align: 'right' },
  { header: 'TTFT', align: 'right' },
  { header: 'tok/s', align: 'right' },
  { header: 'in/out', align: 'right' },
];

function footnotes(results: readonly ColumnResult[]): string[] {
  const notes: string[] = [];
  if (results.some((result) => result.timing.tokensPerSecond !== null && result.timing.tokensEstimated))
    notes.push('~ tok/s is estimated from characters: the provider reported no usage.');
  if (results.some((result) => result.cost?.billed))
    notes.push(
      `~ cost is estimated in USD: converted from the CNY bill at ${CNY_PER_USD.rate} CNY per USD (${CNY_PER_USD.asOf}).`,
    );
  if (results.some((result) => result.cost?.estimated && !result.cost.billed))
    notes.push('~ cost is estimated: the price is a guess, not a published list price.');
  return notes;
}

function summary(results: readonly ColumnResult[], wallMs: number): string {
  const priced = results.filter((result) => result.cost);
  const total = priced.reduce((sum, result) => sum + (result.cost?.usd ?? 0), 0);
  const estimated = priced.some((result) => result.cost?.estimated);
  // Columns that never got an answer cost nothing; only answered but unpriced ones are "unknown".
  const unpriced = results.filter((result) => costCell(result) === 'unknown').length;
  const models = results.length === 1 ? '1 model' : `${results.length} models`;
  const cost = priced.length ? `${estimated ? '~' : ''}${formatMoney(total)}` : unpriced ? 'unknown' : '—';
  const rest = priced.length && unpriced ? ` (+ ${unpriced} unknown)` : '';
  return `${models} in ${formatDuration(wallMs)}; cost ${cost}${rest}.`;
}

/**
 * `compare`'s human output: a table that fits 100 columns whatever the cells hold (long cells take a
 * shorter form before a model id is cut below 20 characters), notes for any ~, then every answer.
 */
export function compareReport(
  columns: readonly ReportedColumn[],
  options: { brief: boolean; wallMs: number },
): string {
  const results = columns.map((column) => column.result);
  const rows = columns.map(({ label, result }, index) => [
    `${index + 1}`,
    oneLine(label),
    result.finishReason ?? '—',
    costForms(result),
    formatDuration(result.timing.totalMs),
    formatDuration(result.timing.ttftMs),
    speedForms(result),
    tokensForms(result),
  ]);
  const parts = [
    renderTable(COLUMNS, rows, LINE_WIDTH),
    '',
    ...footnotes(results),
    summary(results, options.wallMs),
  ];
  for (const [index, { label, result }] of columns.entries()) {
    parts.push('', `── ${index + 1}. ${oneLine(label)} ──`, ...answerLines(result, options));
  }
  return `${parts.join('\n')}\n`;
}
