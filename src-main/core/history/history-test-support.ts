// Shared by the history store's tests and its bench (scripts/bench-history.ts): a store in a new
// temporary folder, and runs written into it as the recorder writes them (a run as it starts, then each
// column's end).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { CostResult } from '../../../src-shared/pricing.ts';
import { usdCost } from '../../../src-shared/pricing-test-support.ts';
import { HistoryStore } from './history-store.ts';
import { HISTORY_FILE_NAME } from './open-history-db.ts';
import type { ColumnOutcome } from './stored-column-fields.ts';

export { cnyCost, usdCost } from '../../../src-shared/pricing-test-support.ts';

export function tempHistoryFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'arena-history-')), HISTORY_FILE_NAME);
}

export function openTestStore(file = tempHistoryFile(), now?: () => Date): HistoryStore {
  return new HistoryStore(file, { scrub: (value) => value, log: () => {}, ...(now ? { now } : {}) });
}

export function doneColumn(text: string, cost: CostResult | null = usdCost(0.001)): ColumnOutcome {
  return {
    text,
    reasoning: '',
    toolCalls: [],
    usage: { inputTokens: 10, outputTokens: 5, cacheReadTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 },
    finishReason: 'stop',
    error: null,
    timing: { ttftMs: 100, totalMs: 500, tokensPerSecond: 20, tokensEstimated: false },
    cost,
    truncated: false,
  };
}

export interface SeededColumn {
  provider: ProviderId;
  model: string;
  outcome: ColumnOutcome;
}

/** One run of `columns` (column ids c0, c1, …), started at `startedAt`, each column ended at once. */
export function seedRun(
  store: HistoryStore,
  run: { runId: string; conversationId: string; startedAt: Date; prompt: string; columns: SeededColumn[] },
): void {
  const specs: ColumnSpec[] = run.columns.map((column, index) => ({
    columnId: `c${index}`,
    provider: column.provider,
    model: column.model,
  }));
  store.recordRunStart({
    runId: run.runId,
    conversationId: run.conversationId,
    startedAt: run.startedAt,
    prompt: run.prompt,
    system: null,
    params: {},
    blind: false,
    columns: specs,
  });
  run.columns.forEach((column, index) => {
    store.recordColumnEnd(run.runId, `c${index}`, column.outcome);
  });
}
