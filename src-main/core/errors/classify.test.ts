import { describe, expect, it } from 'vitest';
import { classifyErrorPayload, classifyHttpFailure } from './classify.ts';
import { readErrorPayload } from './error-payload.ts';
import { isRetryableKind } from './retryable.ts';
import { scrubSecrets } from './scrub-secrets.ts';

const minimax = { provider: 'minimax' as const, model: 'MiniMax-M2.7-highspeed' };
const minimaxError = (type: string, message: string, httpCode: string) =>
  JSON.stringify({ type: 'error', error: { type, message, http_code: httpCode }, request_id: 'r1' });

describe('MiniMax errors in all four shapes', () => {
  it('1. HTTP 4xx with the code only in the message suffix', () => {
    const error = classifyHttpFailure(
      401,
      {},
      minimaxError('authorized_error', 'invalid api key (1004)', '401'),
      minimax,
    );
    expect(error).toMatchObject({ kind: 'auth', providerCode: 1004, httpStatus: 401 });
    expect(error.message).toContain('Keys page');
  });

  it('2. HTTP 200 with base_resp.status_code ≠ 0', () => {
    const payload = readErrorPayload({
      choices: null,
      base_resp: { status_code: 1008, status_msg: 'insufficient balance' },
    });
    expect(payload).toEqual({ message: 'insufficient balance', code: 1008 });
    expect(classifyErrorPayload(payload!, minimax)).toMatchObject({
      kind: 'insufficient_balance',
      providerCode: 1008,
    });
  });

  it('3. a mid-stream frame with base_resp: 2056 means the Token Plan window is used up', () => {
    const payload = readErrorPayload({
      base_resp: { status_code: 2056, status_msg: 'usage limit exceeded' },
    });
    const error = classifyErrorPayload(payload!, minimax);
    expect(error).toMatchObject({ kind: 'quota_exhausted', providerCode: 2056 });
    expect(error.message).toContain('5-hour window');
  });

  it('4. HTTP 500 carrying a business code classifies by the code, not the status', () => {
    const error = classifyHttpFailure(
      500,
      {},
      minimaxError('api_error', 'insufficient balance (1008)', '500'),
      minimax,
    );
    expect(error).toMatchObject({ kind: 'insufficient_balance', providerCode: 1008, httpStatus: 500 });
  });

  it('2061 and "Token Plan Starter (0/0 used)" say the plan does not cover the model, with the remedy', () => {
    for (const body of [
      JSON.stringify({ base_resp: { status_code: 2061, status_msg: 'model not supported by your plan' } }),
      minimaxError('bad_request_error', 'Token Plan Starter (0/0 used) (2056)', '429'),
    ]) {
      const error = classifyHttpFailure(429, {}, body, minimax);
      expect(error.kind).toBe('plan_excludes_model');
      expect(error.message).toContain(
        'This Token Plan key does not cover MiniMax-M2.7-highspeed: use MiniMax-M2.7 or a pay-as-you-go key',
      );
    }
  });

  it.each([
    [1002, 'rate_limit'],
    [1039, 'rate_limit'],
    [2045, 'rate_limit'],
    [1000, 'server'],
    [1033, 'server'],
    [2049, 'auth'],
    [1026, 'content_filtered'],
    [1027, 'content_filtered'],
    [1042, 'invalid_request'],
  ])('code %i → %s', (code, kind) => {
    const error = classifyHttpFailure(
      200,
      {},
      JSON.stringify({ base_resp: { status_code: code, status_msg: 'x' } }),
      minimax,
    );
    expect(error).toMatchObject({ kind, providerCode: code });
  });

  it('2013 tells an unknown model from a context overflow by its wording', () => {
    const unknown = classifyHttpFailure(
      400,
      {},
      minimaxError('bad_request_error', 'invalid params, unknown model (2013)', '400'),
      minimax,
    );
    const overflow = classifyHttpFailure(
      400,
      {},
      minimaxError('bad_request_error', 'invalid params, context window exceeds limit (2013)', '400'),
      minimax,
    );
    const other = classifyHttpFailure(
      400,
      {},
      minimaxError('bad_request_error', 'invalid params, temperature (2013)', '400'),
      minimax,
    );
    expect([unknown.kind, overflow.kind, other.kind]).toEqual([
      'model_not_found',
      'context_length',
      'invalid_request',
    ]);
  });
});

describe('other providers', () => {
  it('honours Retry-After in seconds on a 429', () => {
    const error = classifyHttpFailure(
      429,
      { 'retry-after': '7' },
      JSON.stringify({
        error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' },
      }),
      { provider: 'openai' },
    );
    expect(error).toMatchObject({ kind: 'rate_limit', retryAfterMs: 7000, httpStatus: 429 });
  });

  it('Anthropic overloaded (529) and spend-limit 429 (not retryable)', () => {
    const overloaded = classifyHttpFailure(
      529,
      {},
      JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
      { provider: 'anthropic' },
    );
    expect(overloaded.kind).toBe('overloaded');
    expect(isRetryableKind(overloaded.kind)).toBe(true);
    const spend = classifyHttpFailure(
      429,
      {},
      JSON.stringify({
        type: 'error',
        error: { type: 'rate_limit_error', message: 'enforced_spend_limit_reached' },
      }),
      { provider: 'anthropic' },
    );
    expect(spend.kind).toBe('quota_exhausted');
    expect(isRetryableKind(spend.kind)).toBe(false);
  });

  it('OpenAI insufficient_quota is a balance problem, context_length_exceeded a context problem', () => {
    const quota = classifyHttpFailure(
      429,
      {},
      JSON.stringify({ error: { code: 'insufficient_quota', message: 'You exceeded your current quota' } }),
    );
    expect(quota.kind).toBe('insufficient_balance');
    const context = classifyHttpFailure(
      400,
      {},
      JSON.stringify({
        error: {
          code: 'context_length_exceeded',
          message: "This model's maximum context length is 128000 tokens.",
        },
      }),
    );
    expect(context.kind).toBe('context_length');
  });

  it('a non-JSON body still gives a kind from the status and a short detail', () => {
    const error = classifyHttpFailure(502, {}, '<html><body>Bad Gateway</body></html>', {
      provider: 'deepseek',
    });
    expect(error).toMatchObject({ kind: 'server', httpStatus: 502 });
    expect(error.message).toContain('Bad Gateway');
  });
});

describe('secrets in provider messages', () => {
  it('never repeats a key, even one the provider half-masked', () => {
    const error = classifyHttpFailure(
      401,
      {},
      JSON.stringify({
        error: {
          message: 'Incorrect API key provided: sk-proj-abc********************xyz9.',
          code: 'invalid_api_key',
        },
      }),
      { provider: 'openai' },
    );
    expect(error.kind).toBe('auth');
    expect(error.message).not.toContain('sk-proj');
    expect(error.message).toContain('[redacted]');
  });

  it('scrubs key shapes and known secrets', () => {
    expect(scrubSecrets('key sk-cp-1234567890abcdef and Bearer abcdefghijkl', [])).toBe(
      'key [redacted] and [redacted]',
    );
    expect(scrubSecrets('my-custom-secret-value leaked', ['my-custom-secret-value'])).toBe(
      '[redacted] leaked',
    );
  });
});
