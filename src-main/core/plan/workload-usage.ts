import type { Usage } from '../../../src-shared/domain.ts';
import type { Workload } from '../../../src-shared/plan.ts';

/**
 * The usage of each call in one conversation: turn k (1-based) resends the history, so it sends
 * inputTokens + (k − 1) × (inputTokens + outputTokens) input tokens. The cache-hit share applies to
 * each call's input; reasoning tokens are part of the output.
 */
export function turnUsages(workload: Workload): Usage[] {
  const perTurnGrowth = workload.inputTokens + workload.outputTokens;
  return Array.from({ length: Math.max(1, Math.floor(workload.turns)) }, (_, index) => {
    const inputTokens = workload.inputTokens + index * perTurnGrowth;
    return {
      inputTokens,
      outputTokens: workload.outputTokens,
      cacheReadTokens: inputTokens * workload.cacheHitShare,
      cacheWriteTokens: 0,
      reasoningTokens: workload.outputTokens * workload.reasoningShare,
    };
  });
}

/** The last turn resends the whole history, so it is the largest: its number and input tokens. */
export function largestTurn(workload: Workload): { turn: number; inputTokens: number } {
  const turn = Math.max(1, Math.floor(workload.turns));
  return {
    turn,
    inputTokens: workload.inputTokens + (turn - 1) * (workload.inputTokens + workload.outputTokens),
  };
}

/** Calls in a month: requests per day × active days. */
export function monthlyRequests(workload: Workload): number {
  return workload.requestsPerDay * workload.activeDaysPerMonth;
}
