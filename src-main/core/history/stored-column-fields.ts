import type { ColumnResult, ColumnSpec } from '../../../src-shared/compare.ts';
import type { AssistantReplay } from '../../../src-shared/conversation.ts';
import type { StoredColumn, StoredColumnState } from '../../../src-shared/history.ts';

/** A column's end as the orchestrator has it: its result with the answering model and the replay. */
export type ColumnOutcome = ColumnResult & { answeredModel?: string; replay?: AssistantReplay };

/** What a column was asked with, as kept in `columns.spec` (never a key: only its id). */
export type StoredSpec = Pick<StoredColumn, 'region' | 'baseUrl' | 'wire' | 'keyId' | 'params'>;

/** Everything but the text and reasoning that came back, as kept in `columns.result`. */
export type StoredResult = Pick<
  StoredColumn,
  | 'toolCalls'
  | 'usage'
  | 'finishReason'
  | 'error'
  | 'timing'
  | 'cost'
  | 'truncated'
  | 'answeredModel'
  | 'replay'
>;

/** A column's row before it ends: 'running' is the store's own state, never shown as such. */
export type ColumnRowState = StoredColumnState | 'running';

export function specOf(column: ColumnSpec): StoredSpec {
  const { region, baseUrl, wire, keyId, params } = column;
  return {
    ...(region === undefined ? {} : { region }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(wire === undefined ? {} : { wire }),
    ...(keyId === undefined ? {} : { keyId }),
    ...(params === undefined ? {} : { params }),
  };
}

export function stateOf(outcome: ColumnOutcome): StoredColumnState {
  if (outcome.finishReason === 'cancelled' || outcome.error?.kind === 'cancelled') return 'cancelled';
  return outcome.error ? 'failed' : 'done';
}

export function resultOf(outcome: ColumnOutcome): StoredResult {
  const { text: _text, reasoning: _reasoning, answeredModel, replay, ...rest } = outcome;
  return {
    ...rest,
    ...(answeredModel === undefined ? {} : { answeredModel }),
    ...(replay === undefined ? {} : { replay }),
  };
}

/**
 * The cost columns: USD-billed and CNY-billed amounts apart. A column is "unknown" when something came
 * back (usage or output) but it has no cost; one that ended with nothing (refused, cancelled at once)
 * cost nothing and counts nowhere.
 */
export function costFields(outcome: Pick<ColumnOutcome, 'cost' | 'usage' | 'text' | 'reasoning'>): {
  costUsd: number | null;
  costCny: number | null;
  costUnknown: 0 | 1;
} {
  const { cost } = outcome;
  if (cost) {
    return cost.billed
      ? { costUsd: null, costCny: cost.billed.amount, costUnknown: 0 }
      : { costUsd: cost.usd, costCny: null, costUnknown: 0 };
  }
  const cameBack = outcome.usage !== null || outcome.text.length > 0 || outcome.reasoning.length > 0;
  return { costUsd: null, costCny: null, costUnknown: cameBack ? 1 : 0 };
}

/** The local calendar day of a time, YYYY-MM-DD (what the History and Spending filters mean by a day). */
export function localDay(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
