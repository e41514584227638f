// Every MiniMax business code, in each shape MiniMax sends it, against a table written by hand from
// the provider facts (MiniMax errorcode page; MiniMax-AI/cli src/errors/api.ts), not from the code:
//   1000, 1001, 1024, 1033  unknown / timeout / internal / system error   retry: yes, bounded
//   1002, 1039, 1041, 2045  rate, token-per-minute, connection, growth    retry: yes, with backoff
//   1004, 2049              not authorized / invalid key                  no
//   1008                    insufficient balance                          no
//   1026, 1027              input / output flagged as sensitive           no
//   1042                    too many invisible characters                 no
//   2013                    invalid params (unknown model and context overflow too: told apart by the message)  no
//   2056                    Token Plan usage limit reached (5-hour window) no: wait for the window
//   2061                    model not covered by your Token Plan          no
// The four shapes: (1) HTTP 4xx with the code only as "(NNNN)" at the end of error.message,
// (2) HTTP 200 with base_resp.status_code ≠ 0, (3) the same in a mid-stream SSE frame, (4) HTTP 500
// even for business errors.
import { describe, expect, it } from 'vitest';
import type { ArenaError, ErrorKind } from '../../../src-shared/domain.ts';
import { classifyHttpFailure, codecFor } from '../client/wire-codec.ts';
import { decideRetry } from '../http/retry-policy.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { classifyErrorPayload } from './classify.ts';
import { readErrorPayload } from './error-payload.ts';
import { MINIMAX_CODE_KINDS } from './minimax-codes.ts';

interface CodeCase {
  code: number;
  /** What MiniMax says, as its status_msg (the message text before the "(NNNN)" suffix). */
  said: string;
  kind: ErrorKind;
  retryable: boolean;
  /** What the user must be told to do: the remedy for this kind. */
  remedy: RegExp;
}

const TRY_AGAIN = /try again/i;
const SLOW_DOWN = /wait a moment|fewer columns/i;

const CODE_TABLE: readonly CodeCase[] = [
  { code: 1000, said: 'unknown error', kind: 'server', retryable: true, remedy: TRY_AGAIN },
  { code: 1001, said: 'request timeout', kind: 'timeout', retryable: true, remedy: TRY_AGAIN },
  { code: 1024, said: 'internal error', kind: 'server', retryable: true, remedy: TRY_AGAIN },
  { code: 1033, said: 'system error', kind: 'server', retryable: true, remedy: TRY_AGAIN },
  { code: 1002, said: 'rate limit exceeded', kind: 'rate_limit', retryable: true, remedy: SLOW_DOWN },
  { code: 1039, said: 'tokens per minute exceeded', kind: 'rate_limit', retryable: true, remedy: SLOW_DOWN },
  { code: 1041, said: 'connection limit exceeded', kind: 'rate_limit', retryable: true, remedy: SLOW_DOWN },
  {
    code: 2045,
    said: 'request growth rate exceeded',
    kind: 'rate_limit',
    retryable: true,
    remedy: SLOW_DOWN,
  },
  { code: 1004, said: 'not authorized', kind: 'auth', retryable: false, remedy: /Keys page/ },
  { code: 2049, said: 'invalid api key', kind: 'auth', retryable: false, remedy: /Keys page/ },
  {
    code: 1008,
    said: 'insufficient balance',
    kind: 'insufficient_balance',
    retryable: false,
    remedy: /top up/i,
  },
  {
    code: 1026,
    said: 'input new_sensitive',
    kind: 'content_filtered',
    retryable: false,
    remedy: /rephrase/i,
  },
  {
    code: 1027,
    said: 'output new_sensitive',
    kind: 'content_filtered',
    retryable: false,
    remedy: /rephrase/i,
  },
  {
    code: 1042,
    said: 'too many invisible characters',
    kind: 'invalid_request',
    retryable: false,
    remedy: /parameters/i,
  },
  {
    code: 2013,
    said: 'invalid params, temperature',
    kind: 'invalid_request',
    retryable: false,
    remedy: /parameters/i,
  },
  {
    code: 2013,
    said: 'invalid params, unknown model MiniMax-M9',
    kind: 'model_not_found',
    retryable: false,
    remedy: /model id/i,
  },
  {
    code: 2013,
    said: 'invalid params, context window exceeds limit',
    kind: 'context_length',
    retryable: false,
    remedy: /shorten/i,
  },
  {
    code: 2056,
    said: 'usage limit exceeded',
    kind: 'quota_exhausted',
    retryable: false,
    remedy: /5-hour window/,
  },
  {
    code: 2061,
    said: 'your current token plan not support model',
    kind: 'plan_excludes_model',
    retryable: false,
    remedy: /pay-as-you-go/,
  },
];

const CONTEXT = { provider: 'minimax' as const, model: 'MiniMax-M2.7' };

/** Shape 1 and 4: MiniMax's error envelope, the code only at the end of the message. */
function httpBody(said: string, code: number, httpCode: number): string {
  return JSON.stringify({
    type: 'error',
    error: { type: 'bad_request_error', message: `${said} (${code})`, http_code: String(httpCode) },
    request_id: 'req-1',
  });
}

const baseResp = (said: string, code: number) => ({
  choices: null,
  base_resp: { status_code: code, status_msg: said },
});

function shapes({ code, said }: CodeCase): ReadonlyArray<readonly [shape: string, error: ArenaError]> {
  const inStream = codecFor(PROVIDERS.minimax, 'openai-chat', CONTEXT.model).createDecoder();
  const frameEvents = inStream.push({ data: JSON.stringify(baseResp(said, code)) });
  const frameError = frameEvents.find((event) => event.type === 'error');
  if (frameError?.type !== 'error') throw new Error(`no error event for a base_resp ${code} frame`);
  const payload = readErrorPayload(baseResp(said, code));
  if (!payload) throw new Error(`base_resp ${code} read as no error`);
  return [
    ['1. HTTP 400, code in the message', classifyHttpFailure(400, {}, httpBody(said, code, 400), CONTEXT)],
    ['2. HTTP 200 with base_resp', classifyErrorPayload(payload, CONTEXT, 200)],
    ['3. a mid-stream frame with base_resp', frameError.error],
    ['4. HTTP 500 for a business error', classifyHttpFailure(500, {}, httpBody(said, code, 500), CONTEXT)],
  ];
}

describe('every MiniMax code, in every shape, against the documented table', () => {
  it.each(CODE_TABLE)('$code "$said" → $kind', (row) => {
    for (const [shape, error] of shapes(row)) {
      const where = `${row.code} in shape ${shape}`;
      expect(error.kind, where).toBe(row.kind);
      expect(error.providerCode, where).toBe(row.code);
      expect(error.message, where).toContain('MiniMax');
      expect(error.message, where).toContain(row.said);
      expect(error.message, where).toMatch(row.remedy);
      const decision = decideRetry({ error, attempt: 1, streamedAnyOutput: false, receivedAnyBytes: false });
      expect(decision.retry, where).toBe(row.retryable);
    }
  });

  it('the code table holds exactly the documented codes, so none is mapped without a row here', () => {
    const documented = new Set(CODE_TABLE.map((row) => row.code));
    expect(new Set(MINIMAX_CODE_KINDS.keys())).toEqual(documented);
  });
});
