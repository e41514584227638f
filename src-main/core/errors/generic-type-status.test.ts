// A generic error type ("invalid_request_error") must not hide what a specific status says. OpenAI's
// error codes page: a request without a key, or with a key in the wrong header, gets 401 with
// {"error":{"type":"invalid_request_error","code":null,"message":"You didn't provide an API key…"}}.
import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../../src-shared/domain.ts';
import { classifyHttpFailure } from './classify.ts';

const MISSING_KEY_BODY = JSON.stringify({
  error: {
    message:
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.",
    type: 'invalid_request_error',
    param: null,
    code: null,
  },
});

function genericBody(type: string): string {
  return JSON.stringify({ error: { message: 'Something about the request.', type, code: null } });
}

describe('a generic error type against the status', () => {
  it("OpenAI's 401 for a missing key is an auth failure", () => {
    expect(classifyHttpFailure(401, {}, MISSING_KEY_BODY, { provider: 'openai' }).kind).toBe('auth');
  });

  const table: ReadonlyArray<readonly [number, ErrorKind]> = [
    [400, 'invalid_request'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'model_not_found'],
    [413, 'context_length'],
    [422, 'invalid_request'],
    [429, 'rate_limit'],
    [500, 'server'],
  ];
  for (const type of ['invalid_request_error', 'bad_request_error']) {
    for (const [status, kind] of table) {
      it(`${status} with type ${type} is ${kind}`, () => {
        expect(classifyHttpFailure(status, {}, genericBody(type), { provider: 'openai' }).kind).toBe(kind);
      });
    }
  }

  it('a specific code still wins over the status', () => {
    const body = JSON.stringify({
      error: {
        message: 'Incorrect API key provided',
        type: 'invalid_request_error',
        code: 'invalid_api_key',
      },
    });
    expect(classifyHttpFailure(400, {}, body, { provider: 'openai' }).kind).toBe('auth');
  });
});
