import type { ColumnResult } from '../../src-shared/compare.ts';
import { roundMoney } from '../../src-shared/format-money.ts';

/** The JSON shape `replay --json` and `compare --json` print for one column. */
export interface ColumnReport {
  text: string;
  reasoning: string;
  finishReason: ColumnResult['finishReason'];
  toolCalls: { name: string; arguments: string }[];
  usage: {
    inputTokens: number;
    outputTokens: number;
    cacheReadTokens: number;
    cacheWriteTokens: number;
    reasoningTokens: number;
  } | null;
  /** `billed`: the exact amount in the billing currency when it is not USD (then `usd` is estimated). */
  cost: {
    usd: number | null;
    source: string | null;
    estimated: boolean;
    billed: { currency: string; amount: number } | null;
  };
  error: null | {
    kind: string;
    providerCode: number | string | null;
    httpStatus: number | null;
    message: string;
  };
  timing: {
    ttftMs: number | null;
    totalMs: number;
    tokensPerSecond: number | null;
    tokensEstimated: boolean;
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function toColumnReport(result: ColumnResult): ColumnReport {
  return {
    text: result.text,
    reasoning: result.reasoning,
    finishReason: result.finishReason,
    toolCalls: result.toolCalls.map((call) => ({ name: call.name, arguments: call.arguments })),
    usage: result.usage && {
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      cacheReadTokens: result.usage.cacheReadTokens,
      cacheWriteTokens: result.usage.cacheWriteTokens,
      reasoningTokens: result.usage.reasoningTokens,
    },
    // Unknown usage or price → null, never $0.
    cost: result.cost
      ? {
          usd: roundMoney(result.cost.usd),
          source: result.cost.source,
          estimated: result.cost.estimated,
          billed: result.cost.billed && {
            currency: result.cost.billed.currency,
            amount: roundMoney(result.cost.billed.amount),
          },
        }
      : { usd: null, source: null, estimated: false, billed: null },
    error: result.error && {
      kind: result.error.kind,
      providerCode: result.error.providerCode ?? null,
      httpStatus: result.error.httpStatus ?? null,
      message: result.error.message,
    },
    timing: {
      ttftMs: result.timing.ttftMs === null ? null : round(result.timing.ttftMs),
      totalMs: round(result.timing.totalMs),
      tokensPerSecond: result.timing.tokensPerSecond === null ? null : round(result.timing.tokensPerSecond),
      tokensEstimated: result.timing.tokensEstimated,
    },
  };
}
