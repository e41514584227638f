import { roundMoney } from '../../../../src-shared/format-money.ts';
import type { StoredTurn } from '../../../../src-shared/history.ts';
import { csvRecords, numberCell, textCell } from './csv-cell.ts';

/**
 * One row per column per turn. `turn` counts from 1; costs: `costUsd` is what the column cost in USD
 * (estimated from CNY for a CNY-billed column), `costCny` the exact CNY amount billed, if any; times
 * in whole milliseconds; empty cells for what is unknown. Text cells that look like a formula start
 * with an apostrophe (see textCell).
 */
const HEADER = [
  'conversationId',
  'runId',
  'turn',
  'startedAt',
  'provider',
  'model',
  'state',
  'inputTokens',
  'outputTokens',
  'reasoningTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'costUsd',
  'costCny',
  'priceSource',
  'priceAsOf',
  'ttftMs',
  'tokensPerSecond',
  'totalMs',
  'errorKind',
] as const;

const wholeMs = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : Math.round(ms));
const precise = (value: number | null | undefined) =>
  value === null || value === undefined ? null : roundMoney(value);

export function conversationCsv(turns: readonly StoredTurn[]): string {
  const rows: string[][] = [[...HEADER]];
  for (const turn of turns) {
    for (const column of turn.columns) {
      const { usage, cost, timing } = column;
      rows.push([
        textCell(turn.conversationId),
        textCell(turn.runId),
        numberCell(turn.turnIndex + 1),
        textCell(turn.startedAt),
        textCell(column.provider),
        textCell(column.model),
        textCell(column.state),
        numberCell(usage?.inputTokens),
        numberCell(usage?.outputTokens),
        numberCell(usage?.reasoningTokens),
        numberCell(usage?.cacheReadTokens),
        numberCell(usage?.cacheWriteTokens),
        numberCell(precise(cost?.usd)),
        numberCell(cost?.billed?.currency === 'CNY' ? precise(cost.billed.amount) : null),
        textCell(cost?.source ?? ''),
        textCell(cost?.asOf ?? ''),
        numberCell(wholeMs(timing?.ttftMs)),
        numberCell(precise(timing?.tokensPerSecond)),
        numberCell(wholeMs(timing?.totalMs)),
        textCell(column.error?.kind ?? ''),
      ]);
    }
  }
  return csvRecords(rows);
}
