import type { ErrorKind } from '../../../src-shared/domain.ts';

/** MiniMax business codes (errorcode page; MiniMax-AI/cli src/errors/api.ts). 2013 is refined by wording. */
export const MINIMAX_CODE_KINDS: Readonly<Record<number, ErrorKind>> = {
  1000: 'server',
  1001: 'timeout',
  1024: 'server',
  1033: 'server',
  1002: 'rate_limit',
  1039: 'rate_limit',
  1041: 'rate_limit',
  2045: 'rate_limit',
  1004: 'auth',
  2049: 'auth',
  1008: 'insufficient_balance',
  1026: 'content_filtered',
  1027: 'content_filtered',
  1042: 'invalid_request',
  2013: 'invalid_request',
  2056: 'quota_exhausted',
  2061: 'plan_excludes_model',
};

/** The numeric code MiniMax puts at the end of an error message: "... (1004)". */
export function minimaxCodeFromMessage(message: string): number | undefined {
  const match = /\((\d{4})\)\s*$/.exec(message.trim());
  return match ? Number(match[1]) : undefined;
}

/** Invalid params (2013) covers unknown models and context overflow too: tell them apart by wording. */
export function refineMinimax2013(message: string): ErrorKind {
  if (/context|too long|exceed.*(token|length)|max.*input/i.test(message)) return 'context_length';
  if (/unknown model|model.*(not (found|exist|support))|invalid model|unsupported model/i.test(message)) {
    return 'model_not_found';
  }
  return 'invalid_request';
}

/** "Token Plan Starter (0/0 used)": the base Token Plan answers so for models it does not cover. */
export function isTokenPlanCoverageMessage(message: string): boolean {
  return (
    /token plan.*\(\d+\/0 used\)/i.test(message) ||
    /not (covered|included).*(token|coding) plan/i.test(message)
  );
}
