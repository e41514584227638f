// Error bodies as the providers document them, read by hand: what each one states (message, code,
// type, HTTP status). Shapes are copied from PROVIDERS.md ("Errors arrive in four shapes" for MiniMax,
// the Anthropic and OpenRouter sections) and from the recorded fixtures under e2e/fixtures/.
import { describe, expect, it } from 'vitest';
import { type ErrorPayload, readErrorPayload } from './error-payload.ts';

interface Expected {
  message: string;
  code?: number | string;
  type?: string;
  statedStatus?: number;
}

/** Compares only the fields that carry meaning, and checks that an absent one is not even a key. */
function expectPayload(actual: ErrorPayload | undefined, expected: Expected): void {
  expect(actual).toBeDefined();
  const payload = actual as ErrorPayload;
  expect(payload.message).toBe(expected.message);
  expect(payload.type).toBe(expected.type);
  for (const field of ['code', 'statedStatus'] as const) {
    if (expected[field] === undefined) expect(Object.hasOwn(payload, field)).toBe(false);
    else expect(payload[field]).toBe(expected[field]);
  }
}

describe('documented error bodies', () => {
  const bodies: ReadonlyArray<readonly [name: string, body: unknown, expected: Expected]> = [
    [
      // e2e/fixtures/openai/error-404-model-not-found.json
      'OpenAI, string code',
      {
        error: {
          code: 'model_not_found',
          message: 'The model `gpt-5.2-proo` does not exist or you do not have access to it.',
          param: null,
          type: 'invalid_request_error',
        },
      },
      {
        message: 'The model `gpt-5.2-proo` does not exist or you do not have access to it.',
        code: 'model_not_found',
        type: 'invalid_request_error',
      },
    ],
    [
      // e2e/fixtures/anthropic/error-400-invalid-request.json: no code, so the type is the code.
      'Anthropic',
      {
        error: { message: 'This model does not support effort level.', type: 'invalid_request_error' },
        request_id: 'req_011Ca7jT9AHpgXgdv8igm4z9',
        type: 'error',
      },
      {
        message: 'This model does not support effort level.',
        code: 'invalid_request_error',
        type: 'invalid_request_error',
      },
    ],
    [
      // e2e/fixtures/minimax-via-openrouter/stream-m2-free-midstream-error.sse: OpenRouter's numeric
      // code is the HTTP status of the failure.
      'OpenRouter, numeric code 400',
      { error: { code: 400, message: 'Token limit reached' } },
      { message: 'Token limit reached', code: 400, statedStatus: 400 },
    ],
    [
      // PROVIDERS.md, MiniMax errors, shape 1: http_code is a string holding the HTTP status.
      'MiniMax, Anthropic-compatible with http_code',
      {
        type: 'error',
        error: { type: 'authorized_error', message: 'invalid api key (1004)', http_code: '401' },
        request_id: 'abc',
      },
      {
        message: 'invalid api key (1004)',
        code: 'authorized_error',
        type: 'authorized_error',
        statedStatus: 401,
      },
    ],
    [
      // PROVIDERS.md, MiniMax errors, shapes 2 and 3: base_resp with a non-zero status_code.
      'MiniMax, base_resp only',
      { choices: null, base_resp: { status_code: 1008, status_msg: 'insufficient balance' } },
      { message: 'insufficient balance', code: 1008 },
    ],
    [
      // PROVIDERS.md: chatcompletion_v2 is the OpenAI shape plus base_resp; the business code decides.
      'MiniMax, error object and base_resp together',
      {
        error: { message: 'insufficient balance', type: 'server_error' },
        base_resp: { status_code: 1008, status_msg: 'insufficient balance' },
      },
      { message: 'insufficient balance', code: 1008, type: 'server_error' },
    ],
    [
      'a body whose error is plain text',
      { error: 'Invalid API key provided.' },
      { message: 'Invalid API key provided.' },
    ],
    [
      'an error object with no type and no code',
      { error: { message: 'Something went wrong.' } },
      { message: 'Something went wrong.' },
    ],
  ];
  it.each(bodies)('%s', (_, body, expected) => {
    expectPayload(readErrorPayload(body), expected);
  });
});

describe('a numeric code is a stated HTTP status only from 400 to 599', () => {
  // OpenRouter's error.code is an HTTP status; MiniMax's business codes (1008, 2013…) are not.
  const codes: ReadonlyArray<readonly [code: number, stated: boolean]> = [
    [200, false],
    [399, false],
    [400, true],
    [429, true],
    [599, true],
    [600, false],
    [1008, false],
    [2013, false],
  ];
  it.each(codes)('code %i → stated status: %s', (code, stated) => {
    const payload = readErrorPayload({ error: { code, message: 'x' } });
    expect(payload?.code).toBe(code);
    expect(payload?.statedStatus).toBe(stated ? code : undefined);
  });

  it('a MiniMax http_code states a status only when it is a whole number of at least 400', () => {
    const stated = (httpCode: unknown) =>
      readErrorPayload({ error: { message: 'x', http_code: httpCode } })?.statedStatus;
    expect(stated('400')).toBe(400);
    expect(stated(500)).toBe(500);
    expect(stated('200')).toBeUndefined();
    expect(stated('399')).toBeUndefined();
    expect(stated('')).toBeUndefined();
    expect(stated(null)).toBeUndefined();
    expect(stated('401.5')).toBeUndefined();
  });
});

describe('empty text is no message and no code', () => {
  it('falls back to the top-level message, then to a generic sentence', () => {
    expect(readErrorPayload({ error: { message: '' }, message: 'Top-level message.' })?.message).toBe(
      'Top-level message.',
    );
    expect(readErrorPayload({ error: { message: '', code: '', type: '' } })?.message).toBe(
      'The provider reported an error.',
    );
  });

  it('an error given as empty text still reads as an error, with the generic sentence', () => {
    expectPayload(readErrorPayload({ error: '' }), { message: 'The provider reported an error.' });
  });

  it('an empty code gives way to the type', () => {
    expectPayload(readErrorPayload({ error: { message: 'x', code: '', type: 'server_error' } }), {
      message: 'x',
      code: 'server_error',
      type: 'server_error',
    });
  });
});

describe('values that carry no error', () => {
  const none: ReadonlyArray<readonly [name: string, value: unknown]> = [
    ['null', null],
    ['a string', 'error'],
    ['a number', 500],
    ['an array of error objects', [{ error: { message: 'x' } }]],
    ['an error that is an array', { error: [{ message: 'x' }] }],
    ['an error that is a number', { error: 500 }],
    ['an error that is null', { error: null }],
    ['a successful MiniMax base_resp', { base_resp: { status_code: 0, status_msg: 'success' } }],
    ['a successful chat completion', { choices: [{ message: { content: 'hi' } }] }],
  ];
  it.each(none)('%s', (_, value) => {
    expect(readErrorPayload(value)).toBeUndefined();
  });
});
