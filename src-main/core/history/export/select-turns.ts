import { roundMoney } from '../../../../src-shared/format-money.ts';
import type { Conversation, MoneyTotal, StoredColumn } from '../../../../src-shared/history.ts';
import { CNY_PER_USD } from '../../../../src-shared/pricing.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';

/** What the columns cost: USD-billed and CNY-billed apart, both as estimated USD; unpriced ones counted. */
export function totalOf(columns: readonly StoredColumn[]): MoneyTotal {
  let usd = 0;
  let cny = 0;
  let unknownColumns = 0;
  for (const { cost } of columns) {
    if (!cost) unknownColumns++;
    else if (cost.billed?.currency === 'CNY') cny += cost.billed.amount;
    else usd += cost.usd;
  }
  return {
    usd: roundMoney(usd),
    cny: roundMoney(cny),
    estimatedUsd: roundMoney(usd + cny / CNY_PER_USD.rate),
    unknownColumns,
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
