import { roundMoney } from '../../../../src-shared/format-money.ts';
import type { Conversation, MoneyTotal, StoredColumn } from '../../../../src-shared/history.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { addMoney, moneyTotal, NO_MONEY } from '../money.ts';
import { costFields } from '../stored-column-fields.ts';

/**
 * What the columns cost: USD-billed and CNY-billed apart, both as estimated USD. A column counts as
 * unpriced by the store's own rule (costFields: only when something came back), so an export's total
 * agrees with History's.
 */
export function totalOf(columns: readonly StoredColumn[]): MoneyTotal {
  let sum = NO_MONEY;
  for (const column of columns) {
    const { costUsd, costCny, costUnknown } = costFields(column);
    sum = addMoney(sum, moneyTotal({ usd: costUsd ?? 0, cny: costCny ?? 0, unknown: costUnknown }));
  }
  return {
    usd: roundMoney(sum.usd),
    cny: roundMoney(sum.cny),
    estimatedUsd: roundMoney(sum.estimatedUsd),
    unknownColumns: sum.unknownColumns,
  };
}

/**
 * The part of a conversation an export covers: one run (`runId`) or every turn, with the total of
 * exactly those turns.
 */
export function selectTurns(conversation: Conversation, runId?: string): Conversation {
  const turns =
    runId === undefined ? conversation.turns : conversation.turns.filter((turn) => turn.runId === runId);
  if (turns.length === 0) {
    throw new ArenaErrorException({
      kind: 'invalid_input',
      field: 'runId',
      message: `Conversation ${conversation.conversationId} has no run ${runId ?? ''}: it may have been deleted. Open the conversation again and export from there.`,
    });
  }
  return { ...conversation, turns, total: totalOf(turns.flatMap((turn) => turn.columns)) };
}
