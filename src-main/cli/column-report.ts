import type { ColumnResult } from '../../src-shared/compare.ts';

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
  cost: { usd: number | null; source: string | null };
  error: null | {
    kind: string;
    providerCode: number | string | null;
    httpStatus: number | null;
    message: string;
  };
  timing: { ttftMs: number | null; totalMs: number };
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
    cost: { usd: result.cost?.usd ?? null, source: result.cost?.source ?? null },
    error: result.error && {
      kind: result.error.kind,
      providerCode: result.error.providerCode ?? null,
      httpStatus: result.error.httpStatus ?? null,
      message: result.error.message,
    },
    timing: {
      ttftMs: result.timing.ttftMs === null ? null : round(result.timing.ttftMs),
      totalMs: round(result.timing.totalMs),
    },
  };
}
