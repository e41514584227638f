// Cases the mutation run showed no other test checked. Expectations come from the providers' error
// documentation and from what the user must be told, not from classify.ts's output.
import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../../src-shared/domain.ts';
import { classifyErrorPayload, classifyHttpFailure, incompleteStreamError } from './classify.ts';
import { readErrorPayload } from './error-payload.ts';
import { isRetryableKind } from './retryable.ts';

const openai = { provider: 'openai' as const, model: 'gpt-4o' };
const minimax = { provider: 'minimax' as const };

describe('documented error types decide the kind even without an HTTP status', () => {
  // A type seen inside a 200 stream frame has no status to fall back on: the type alone must decide.
  const documented: ReadonlyArray<readonly [type: string, kind: ErrorKind, source: string]> = [
    ['authentication_error', 'auth', 'Anthropic 401'],
    ['authorized_error', 'auth', 'MiniMax (Anthropic-compatible) 401'],
    ['invalid_api_key', 'auth', 'OpenAI code for a wrong key'],
    ['permission_error', 'auth', 'Anthropic 403'],
    ['permission_denied', 'auth', 'OpenAI-compatible 403'],
    ['not_found_error', 'model_not_found', 'Anthropic 404'],
    ['model_not_found', 'model_not_found', 'OpenAI code for an unknown model'],
    ['rate_limit_error', 'rate_limit', 'Anthropic 429'],
    ['rate_limit_exceeded', 'rate_limit', 'OpenAI code for 429'],
    ['overloaded_error', 'overloaded', 'Anthropic 529'],
    ['insufficient_quota', 'insufficient_balance', 'OpenAI code: out of credit'],
    ['billing_error', 'insufficient_balance', 'Anthropic billing problem'],
    ['context_length_exceeded', 'context_length', 'OpenAI code for a too-long prompt'],
    ['request_too_large', 'context_length', 'Anthropic 413'],
    ['api_error', 'server', 'Anthropic 500'],
    ['server_error', 'server', 'OpenAI 500'],
    ['invalid_request_error', 'invalid_request', 'Anthropic and OpenAI 400'],
    ['bad_request_error', 'invalid_request', 'OpenAI-compatible 400'],
  ];
  for (const [type, kind, source] of documented) {
    it(`${type} (${source}) → ${kind}`, () => {
      expect(classifyErrorPayload({ message: 'Something went wrong.', type }, openai).kind).toBe(kind);
      expect(classifyErrorPayload({ message: 'Something went wrong.', code: type }, openai).kind).toBe(kind);
    });
  }
});

describe('wording and codes', () => {
  it('a server-fault type outranks the status it came with: the provider says the fault is its own', () => {
    // OpenAI-compatible gateways answer some internal faults with HTTP 400; the type still says "retry".
    for (const type of ['api_error', 'server_error']) {
      const body = JSON.stringify({ error: { message: 'Something went wrong.', type } });
      const error = classifyHttpFailure(400, {}, body, openai);
      expect(error.kind).toBe('server');
      expect(isRetryableKind(error.kind)).toBe(true);
    }
  });

  it('"spend limit" without "-ing" is a spending limit too', () => {
    const error = classifyErrorPayload({ message: 'You have reached your monthly spend limit.' }, openai);
    expect(error.kind).toBe('quota_exhausted');
  });

  it('a context-length message that never says "input … too long" is still a context overflow', () => {
    const error = classifyHttpFailure(
      400,
      {},
      JSON.stringify({
        error: {
          message: "This model's maximum context length is 8192 tokens.",
          type: 'invalid_request_error',
        },
      }),
      openai,
    );
    expect(error.kind).toBe('context_length');
  });

  it('a numeric MiniMax code decides the kind whoever the provider is', () => {
    // A base_resp frame relayed with no provider known: 1008 is MiniMax's "insufficient balance".
    const error = classifyErrorPayload({ message: 'Balance is not enough.', code: 1008 });
    expect(error.kind).toBe('insufficient_balance');
  });

  it("a non-MiniMax message ending in a four-digit number in brackets is not read as MiniMax's code", () => {
    // 1008 would be MiniMax's "insufficient balance"; for OpenAI this is a plain rate limit.
    const error = classifyErrorPayload(
      { message: 'Too many requests from org (1008)', type: 'rate_limit_error' },
      openai,
    );
    expect(error.kind).toBe('rate_limit');
  });

  it('a 200 response carrying an error that states 429 is a rate limit, not a bad request', () => {
    const error = classifyErrorPayload({ message: 'Slow down.', statedStatus: 429 }, openai, 200);
    expect(error.kind).toBe('rate_limit');
    expect(error.httpStatus).toBeUndefined();
  });
});

describe('advice names the provider, the model and the wait', () => {
  it('says "The provider" when no provider is known', () => {
    expect(classifyErrorPayload({ message: 'nope', type: 'authentication_error' }).message).toMatch(
      /^The provider rejected the key/,
    );
    expect(incompleteStreamError({}).message).toContain('from The provider ended');
  });

  it('names the model the provider does not offer, or says "this model"', () => {
    const named = classifyHttpFailure(404, {}, '', { provider: 'openai', model: 'gpt-9' });
    expect(named.message).toContain('"gpt-9"');
    const unnamed = classifyHttpFailure(404, {}, '', { provider: 'openai' });
    expect(unnamed.message).toContain('this model');
  });

  it('adds nothing between the sentence and its full stop when the provider said nothing', () => {
    const error = classifyErrorPayload({ message: '   ', type: 'authentication_error' }, openai);
    expect(error.message).toMatch(/^OpenAI rejected the key\. /);
  });

  it('says how long a rate limit lasts, in seconds, and nothing when it is not known', () => {
    const timed = classifyHttpFailure(429, { 'retry-after': '30' }, '', openai);
    expect(timed.retryAfterMs).toBe(30_000);
    expect(timed.message).toContain('for about 30 s');
    const untimed = classifyHttpFailure(429, {}, '', openai);
    expect(untimed.message).toMatch(/^OpenAI is rate-limiting this key \(OpenAI said: HTTP 429\)\. /);
  });

  it('tells a Token Plan user which model to use instead', () => {
    const message = 'your current token plan not support model, MiniMax-M2.7-highspeed (0/0 used)';
    const highspeed = classifyErrorPayload({ message }, { ...minimax, model: 'MiniMax-M2.7-highspeed' });
    expect(highspeed.kind).toBe('plan_excludes_model');
    expect(highspeed.message).toContain('use MiniMax-M2.7 or');
    // Only a trailing -highspeed/-lightning is a speed tier: a name with it in the middle has no plain twin.
    const middle = classifyErrorPayload({ message }, { ...minimax, model: 'MiniMax-M2.7-highspeed-preview' });
    expect(middle.message).toContain('use a model your plan includes or');
    const twice = classifyErrorPayload({ message }, { ...minimax, model: 'MiniMax-lightning-x-highspeed' });
    expect(twice.message).toContain('use MiniMax-lightning-x or');
    const unnamed = classifyErrorPayload({ message }, minimax);
    expect(unnamed.message).toContain('does not cover this model');
  });

  it("tells other providers' users to raise the spending limit, not to wait for a Token Plan window", () => {
    const error = classifyErrorPayload({ message: 'Usage limit reached for this month.' }, openai);
    expect(error.kind).toBe('quota_exhausted');
    expect(error.message).not.toContain('Token Plan');
    expect(error.message).toMatch(/^OpenAI says a spending or usage limit is reached/);
    expect(error.message).toContain('Raise the limit');
  });

  it('says "overloaded" for an overload and "internal error" for a server fault', () => {
    const overloaded = classifyHttpFailure(529, {}, '', { provider: 'openai' });
    expect(overloaded.kind).toBe('overloaded');
    expect(overloaded.message).toContain('overloaded');
    const server = classifyHttpFailure(500, {}, '', { provider: 'openai' });
    expect(server.kind).toBe('server');
    expect(server.message).toContain('internal error');
    expect(server.message).not.toContain('timed out');
  });
});

describe('what is kept of provider text', () => {
  it('keeps a 64-character code whole and cuts a longer one', () => {
    const exact = 'c'.repeat(64);
    expect(classifyErrorPayload({ message: 'x', code: exact }, openai).providerCode).toBe(exact);
    const longer = classifyErrorPayload({ message: 'x', code: 'c'.repeat(65) }, openai).providerCode;
    expect(typeof longer === 'string' && longer.length).toBe(64);
  });

  it('trims and bounds what the provider said', () => {
    const padded = classifyErrorPayload({ message: '   quota gone   ', type: 'server_error' }, openai);
    expect(padded.message).toContain('(OpenAI said: quota gone)');
    const huge = classifyErrorPayload({ message: 'word '.repeat(2_000), type: 'server_error' }, openai);
    expect(huge.message.length).toBeLessThan(600);
  });

  it('shows at most 200 characters of a plain-text error body', () => {
    const error = classifyHttpFailure(502, {}, 'x'.repeat(5_000), openai);
    const said = /\(OpenAI said: (x*)\)/.exec(error.message)?.[1] ?? '';
    expect(said.length).toBeGreaterThan(0);
    expect(said.length).toBeLessThanOrEqual(200);
  });

  it('sets providerCode, httpStatus and retryAfterMs only when there is one', () => {
    const error = classifyErrorPayload({ message: 'Something went wrong.' }, openai);
    expect(Object.hasOwn(error, 'providerCode')).toBe(false);
    expect(Object.hasOwn(error, 'httpStatus')).toBe(false);
    expect(Object.hasOwn(error, 'retryAfterMs')).toBe(false);
    const in200 = classifyErrorPayload({ message: 'Something went wrong.' }, openai, 200);
    expect(Object.hasOwn(in200, 'httpStatus')).toBe(false);
  });
});

describe('error bodies without a message', () => {
  it('an error object with no message still reads as an error', () => {
    expect(readErrorPayload({ error: { type: 'api_error' } })?.message).toMatch(/error/i);
  });

  it('a MiniMax base_resp with no status_msg names its code', () => {
    expect(readErrorPayload({ base_resp: { status_code: 1002 } })?.message).toContain('1002');
  });
});

describe('spending limits and plain-text bodies', () => {
  it('a 429 whose code is enforced_spend_limit_reached is a spending limit, not a rate limit', () => {
    // PROVIDERS.md, Anthropic: "a 429 with `enforced_spend_limit_reached` must not be retried". The
    // message here names no limit, so only the code can tell.
    const body = JSON.stringify({
      type: 'error',
      error: { type: 'rate_limit_error', code: 'enforced_spend_limit_reached', message: 'Request rejected.' },
    });
    const error = classifyHttpFailure(429, {}, body, { provider: 'anthropic' });
    expect(error.kind).toBe('quota_exhausted');
    expect(isRetryableKind(error.kind)).toBe(false);
  });

  it('shows a plain-text body on one line, each run of whitespace as one space', () => {
    const error = classifyHttpFailure(502, {}, 'Bad   gateway\n\n\tfrom  upstream\n', openai);
    expect(error.message).toContain('(OpenAI said: Bad gateway from upstream)');
  });

  it('a body of only whitespace says the HTTP status, as an empty body does', () => {
    for (const body of ['\n', '  \r\n  ']) {
      expect(classifyHttpFailure(502, {}, body, openai).message).toContain('(OpenAI said: HTTP 502)');
    }
  });

  it('reads only the first 4,000 characters of a plain-text body', () => {
    const error = classifyHttpFailure(502, {}, `${' '.repeat(4_000)}late words`, openai);
    expect(error.message).not.toContain('late words');
    expect(error.message).toContain('(OpenAI said: HTTP 502)');
  });
});
