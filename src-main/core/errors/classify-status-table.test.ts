// A failure with nothing recognizable in its body is classified by its HTTP status alone. The
// expected table is written by hand, not read off the implementation:
// - kinds: RFC 9110 status meanings, Anthropic's error page (402 billing_error, 409 conflict_error,
//   413 request_too_large, 529 overloaded_error) and OpenAI's (429 rate limit, 503 overloaded);
// - retry: a new attempt can only fix a timeout, a conflict, a rate limit or a server-side failure.
//   Anthropic's error page marks 409 "retry: yes", and both official SDKs (openai-node and
//   anthropic-sdk-typescript, `shouldRetry`) retry 408, 409, 429 and every 5xx.
import { describe, expect, it } from 'vitest';
import type { ErrorKind, ProviderId } from '../../../src-shared/domain.ts';
import { runColumn } from '../client/client-test-support.ts';
import { classifyHttpFailure } from '../client/wire-codec.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { DEFAULT_RETRY_POLICY, decideRetry } from '../http/retry-policy.ts';
import { isRetryableKind } from './retryable.ts';

interface Expected {
  kind: ErrorKind;
  retryable: boolean;
}

const STATUS_TABLE: ReadonlyArray<readonly [status: number, expected: Expected]> = [
  [400, { kind: 'invalid_request', retryable: false }],
  [401, { kind: 'auth', retryable: false }],
  [402, { kind: 'insufficient_balance', retryable: false }],
  [403, { kind: 'auth', retryable: false }],
  [404, { kind: 'model_not_found', retryable: false }],
  [408, { kind: 'timeout', retryable: true }],
  [409, { kind: 'server', retryable: true }],
  [413, { kind: 'context_length', retryable: false }],
  [422, { kind: 'invalid_request', retryable: false }],
  [429, { kind: 'rate_limit', retryable: true }],
  [500, { kind: 'server', retryable: true }],
  [502, { kind: 'server', retryable: true }],
  [503, { kind: 'overloaded', retryable: true }],
  [504, { kind: 'server', retryable: true }],
  [529, { kind: 'overloaded', retryable: true }],
];

const NGINX_PAGE = (status: number) =>
  `<html>\r\n<head><title>${status} Error</title></head>\r\n<body>\r\n<center><h1>${status} Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

/** Bodies that say nothing a classifier may use: the status must decide. */
const BODIES: ReadonlyArray<readonly [name: string, body: (status: number) => string]> = [
  ['an empty body', () => ''],
  ['an HTML error page', NGINX_PAGE],
  ['unrelated JSON {"ok":false}', () => '{"ok":false}'],
  ['unrelated JSON {"foo":1}', () => '{"foo":1}'],
  ['a JSON array', () => '[1,2]'],
  ['JSON null', () => 'null'],
  ['a MiniMax success envelope', () => '{"base_resp":{"status_code":0,"status_msg":"success"}}'],
];

const CONTEXTS: ReadonlyArray<ProviderId | undefined> = [undefined, 'openai', 'anthropic', 'minimax'];

const cases = STATUS_TABLE.flatMap(([status, expected]) =>
  BODIES.flatMap(([bodyName, body]) =>
    CONTEXTS.map((provider) => ({ status, expected, bodyName, body: body(status), provider })),
  ),
);

describe('status-only classification', () => {
  it.each(cases)(
    'HTTP $status with $bodyName ($provider): $expected.kind',
    ({ status, expected, body, provider }) => {
      const error = classifyHttpFailure(status, {}, body, provider ? { provider, model: 'm' } : {});
      expect(error.kind).toBe(expected.kind);
      expect(error.httpStatus).toBe(status);
      expect(isRetryableKind(error.kind)).toBe(expected.retryable);
      expect(decideRetry({ error, attempt: 1, streamedAnyOutput: false }).retry).toBe(expected.retryable);
      expect(error.providerCode).toBeUndefined();
    },
  );

  it('an empty body still says which status came back', () => {
    for (const [status] of STATUS_TABLE) {
      expect(classifyHttpFailure(status, {}, '').message).toContain(`HTTP ${status}`);
    }
  });

  it('the page text is shown flattened to one line, never the raw markup across lines', () => {
    const error = classifyHttpFailure(502, {}, NGINX_PAGE(502));
    expect(error.message).toContain('502 Error');
    expect(error.message).not.toMatch(/[\r\n]/);
  });
});

const fake = await fakeProviderForFile();

/** Attempts the client makes in all for each kind, from the retry policy's documented defaults. */
function attemptsFor(expected: Expected): number {
  if (!expected.retryable) return 1;
  return expected.kind === 'rate_limit'
    ? DEFAULT_RETRY_POLICY.rateLimitAttempts
    : DEFAULT_RETRY_POLICY.transientAttempts;
}

describe('status-only failures through the real client on loopback', () => {
  it.each(STATUS_TABLE)(
    'HTTP %i with an HTML page: retried only when a retry can help',
    async (status, expected) => {
      fake.setHandler({
        status,
        body: NGINX_PAGE(status),
        headers: { 'content-type': 'text/html' },
      });
      const { result } = await runColumn('openai', `${fake.url}/v1`, {
        deps: { retry: { baseDelayMs: 1, maxDelayMs: 2 } },
      });
      expect(result.error).toMatchObject({ kind: expected.kind, httpStatus: status });
      expect(result.finishReason).toBe('error');
      expect(fake.requests).toHaveLength(attemptsFor(expected));
    },
  );
});
