import type { ErrorKind } from '../../../src-shared/domain.ts';
import { inOrderOnOneLine } from '../in-order-on-one-line.ts';

/** MiniMax business codes (errorcode page; MiniMax-AI/cli src/errors/api.ts). 2013 is refined by wording. */
export const MINIMAX_CODE_KINDS: ReadonlyMap<number, ErrorKind> = new Map([
  [1000, 'server'],
  [1001, 'timeout'],
  [1024, 'server'],
  [1033, 'server'],
  [1002, 'rate_limit'],
  [1039, 'rate_limit'],
  [1041, 'rate_limit'],
  [2045, 'rate_limit'],
  [1004, 'auth'],
  [2049, 'auth'],
  [1008, 'insufficient_balance'],
  [1026, 'content_filtered'],
  [1027, 'content_filtered'],
  [1042, 'invalid_request'],
  [2013, 'invalid_request'],
  [2056, 'quota_exhausted'],
  [2061, 'plan_excludes_model'],
]);

/** The numeric code MiniMax puts at the end of an error message: "... (1004)". */
export function minimaxCodeFromMessage(message: string): number | undefined {
  const match = /\((\d{4})\)\s*$/.exec(message);
  return match ? Number(match[1]) : undefined;
}

// The wording checks run on provider text of any length: "a … b" is inOrderOnOneLine, never /a.*b/.

/** Invalid params (2013) covers unknown models and context overflow too: tell them apart by wording. */
export function refineMinimax2013(message: string): ErrorKind {
  if (
    /context|too long/i.test(message) ||
    inOrderOnOneLine(message, /exceed/i, /token|length/i) ||
    inOrderOnOneLine(message, /max/i, /input/i)
  )
    return 'context_length';
  if (
    /unknown model|invalid model|unsupported model/i.test(message) ||
    inOrderOnOneLine(message, /model/i, /not (found|exist|support)/i)
  )
    return 'model_not_found';
  return 'invalid_request';
}

/** "Token Plan Starter (0/0 used)": the base Token Plan answers so for models it does not cover. */
export function isTokenPlanCoverageMessage(message: string): boolean {
  return (
    inOrderOnOneLine(message, /token plan/i, /\(\d+\/0 used\)/i) ||
    inOrderOnOneLine(message, /not (covered|included)/i, /(token|coding) plan/i)
  );
}
