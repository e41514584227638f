import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../../e2e/fake-providers/fake-provider-server.ts';
import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { checkAll } from './check-all.ts';
import { checkKey } from './check-key.ts';

const TOKEN_PLAN = 'sk-cp-CANARY-token-plan-key-7f3a';
const PAYG = 'sk-api-CANARY-payg-key-1234';
let global: FakeProvider;
let china: FakeProvider;
beforeAll(async () => {
  global = await startFakeProvider();
  china = await startFakeProvider();
});
afterAll(async () => {
  await global.close();
  await china.close();
});
beforeEach(() => {
  global.reset();
  china.reset();
});

function hosts(path = '/v1') {
  return { minimax: { global: `${global.url}${path}`, china: `${china.url}${path}` } };
}
const deps = () => ({
  hosts: { ...hosts(), moonshot: { global: `${global.url}/v1`, china: `${china.url}/v1` } },
  timeoutMs: 2000,
});
const minimaxError = (type: string, message: string, code: string) => ({
  type: 'error',
  error: { type, message, http_code: code },
});
const invalid = { status: 401, json: minimaxError('authorized_error', 'invalid api key (1004)', '401') };
const remains = {
  base_resp: { status_code: 0, status_msg: 'success' },
  current_subscribe_title: 'Plus',
  model_remains: [
    {
      model_name: 'MiniMax-M2.7',
      current_interval_total_count: 1500,
      current_interval_usage_count: 1420,
      end_time: 1795000000000,
    },
    { model_name: 'MiniMax-M3', current_interval_total_count: 300, current_interval_usage_count: 12 },
  ],
};

function noKeyIn(check: KeyCheck, key: string) {
  expect(JSON.stringify(check)).not.toContain(key);
}

describe('MiniMax key checks', () => {
  it('a Token Plan key reads its remaining quota per model', async () => {
    global.setHandler({ method: 'GET', path: '/v1/token_plan/remains', json: remains });
    const check = await checkKey({ provider: 'minimax', key: TOKEN_PLAN }, deps());
    expect(check).toMatchObject({
      status: 'valid',
      keyKind: 'token_plan',
      region: 'global',
      plan: { name: 'Plus' },
    });
    expect(check.plan?.quotas).toEqual([
      {
        model: 'MiniMax-M2.7',
        total: 1500,
        remaining: 1420,
        resetsAt: new Date(1795000000000).toISOString(),
      },
      { model: 'MiniMax-M3', total: 300, remaining: 12, resetsAt: null },
    ]);
    expect(check.message).toContain('MiniMax-M2.7 1420 of 1500 left');
    expect(global.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN_PLAN}`);
    expect(check.latencyMs).toBeGreaterThanOrEqual(0);
    noKeyIn(check, TOKEN_PLAN);
  });

  it('falls back to the coding_plan endpoint when token_plan answers 404', async () => {
    global.setHandler({
      method: 'GET',
      path: '/v1/token_plan/remains',
      status: 404,
      json: { error: 'not found' },
    });
    global.setHandler({ method: 'GET', path: '/v1/api/openplatform/coding_plan/remains', json: remains });
    const check = await checkKey({ provider: 'minimax', key: TOKEN_PLAN }, deps());
    expect(check.status).toBe('valid');
    expect(global.requests.map((request) => request.path)).toEqual([
      '/v1/token_plan/remains',
      '/v1/api/openplatform/coding_plan/remains',
    ]);
  });

  it('a pay-as-you-go key sends a 1-token completion', async () => {
    global.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      json: {
        choices: [{ finish_reason: 'length', message: { content: '' } }],
        base_resp: { status_code: 0 },
      },
    });
    const check = await checkKey({ provider: 'minimax', key: PAYG }, deps());
    expect(check).toMatchObject({ status: 'valid', keyKind: 'pay_as_you_go' });
    expect(global.requests[0]!.json).toMatchObject({
      model: 'MiniMax-M2.7',
      max_completion_tokens: 1,
      stream: false,
    });
    expect(global.requests[0]!.headers.authorization).toBe(`Bearer ${PAYG}`);
  });

  it('wrong region: the global host refuses, the China host accepts', async () => {
    global.setHandler(invalid);
    china.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      json: { choices: [], base_resp: { status_code: 0 } },
    });
    const check = await checkKey({ provider: 'minimax', key: PAYG }, deps());
    expect(check).toMatchObject({ status: 'wrong_region', region: 'china' });
    expect(check.message).toContain("switch the key's region to China");
  });

  it('both regions refuse → invalid, saying so', async () => {
    global.setHandler(invalid);
    china.setHandler(invalid);
    const check = await checkKey({ provider: 'minimax', key: PAYG }, deps());
    expect(check).toMatchObject({ status: 'invalid', providerCode: 1004, httpStatus: 401 });
    expect(check.message).toContain('Both the global and the China host refused it.');
    noKeyIn(check, PAYG);
  });

  it.each([
    [
      '1008 in an HTTP 200 base_resp',
      { json: { base_resp: { status_code: 1008, status_msg: 'insufficient balance' } } },
      'insufficient_balance',
    ],
    [
      '1008 as HTTP 500',
      { status: 500, json: minimaxError('api_error', 'insufficient balance (1008)', '500') },
      'insufficient_balance',
    ],
    [
      '2061',
      { json: { base_resp: { status_code: 2061, status_msg: 'model not in plan' } } },
      'plan_excludes_model',
    ],
    [
      '429',
      { status: 429, json: minimaxError('rate_limit_error', 'rate limit (1002)', '429') },
      'rate_limited',
    ],
  ] as const)('%s → %s', async (_name, response, status) => {
    global.setHandler({ method: 'POST', path: '/v1/chat/completions', ...response });
    const check = await checkKey({ provider: 'minimax', key: PAYG, region: 'global' }, deps());
    expect(check.status).toBe(status);
    expect(check.message.length).toBeGreaterThan(20);
  });

  it('offline: a closed port, and a host that never answers within the timeout', async () => {
    const closed = await checkKey(
      { provider: 'minimax', key: PAYG, baseUrl: 'http://127.0.0.1:9/v1' },
      { timeoutMs: 2000 },
    );
    expect(closed.status).toBe('offline');
    global.setHandler({ stallBeforeHeaders: true });
    const stalled = await checkKey(
      { provider: 'minimax', key: PAYG, region: 'global' },
      { ...deps(), timeoutMs: 300 },
    );
    expect(stalled).toMatchObject({ status: 'offline' });
    expect(stalled.message).toContain('did not answer within 0.3 s');
  });
});

describe('other providers', () => {
  it('OpenAI lists models with Bearer auth', async () => {
    global.setHandler({ json: { data: [{ id: 'gpt-4o' }, { id: 'gpt-5' }] } });
    const check = await checkKey({
      provider: 'openai',
      key: 'sk-proj-openai-key-1234',
      baseUrl: `${global.url}/v1`,
    });
    expect(check).toMatchObject({ status: 'valid', keyKind: 'standard' });
    expect(check.message).toContain('2 models');
    expect(global.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(global.requests[0]!.headers.authorization).toBe('Bearer sk-proj-openai-key-1234');
  });

  it('Anthropic uses x-api-key and the version header', async () => {
    global.setHandler({ json: { data: [] } });
    await checkKey({ provider: 'anthropic', key: 'sk-ant-key-123456', baseUrl: global.url });
    expect(global.requests[0]!.path).toBe('/v1/models');
    expect(global.requests[0]!.headers['x-api-key']).toBe('sk-ant-key-123456');
    expect(global.requests[0]!.headers['anthropic-version']).toBe('2023-06-01');
  });

  it('DeepSeek reports its balance', async () => {
    global.setHandler({ path: '/models', json: { data: [{ id: 'deepseek-v4-flash' }] } });
    global.setHandler({
      path: '/user/balance',
      json: { is_available: true, balance_infos: [{ currency: 'CNY', total_balance: '110.50' }] },
    });
    const check = await checkKey({ provider: 'deepseek', key: 'sk-deepseek-123456', baseUrl: global.url });
    expect(check).toMatchObject({ status: 'valid', balance: { amount: 110.5, currency: 'CNY' } });
  });

  it('Moonshot reports its balance; a failed balance call does not fail the check', async () => {
    global.setHandler({ path: '/v1/models', json: { data: [] } });
    global.setHandler({ path: '/v1/users/me/balance', json: { data: { available_balance: 49.5 } } });
    expect(
      await checkKey({ provider: 'moonshot', key: 'sk-moon-123456', region: 'global' }, deps()),
    ).toMatchObject({
      balance: { amount: 49.5, currency: 'USD' },
    });
    global.reset();
    global.setHandler({ path: '/v1/models', json: { data: [] } });
    global.setHandler({ path: '/v1/users/me/balance', status: 500, body: 'x' });
    expect(
      await checkKey({ provider: 'moonshot', key: 'sk-moon-123456', region: 'global' }, deps()),
    ).toMatchObject({
      status: 'valid',
      balance: null,
    });
  });

  it('OpenRouter checks the key endpoint; a custom server with no key sends no auth', async () => {
    global.setHandler({ json: { data: { label: 'x' } } });
    await checkKey({ provider: 'openrouter', key: 'sk-or-v1-123456', baseUrl: `${global.url}/api/v1` });
    expect(global.requests[0]!.path).toBe('/api/v1/key');
    await checkKey({ provider: 'custom', key: '', baseUrl: `${global.url}/v1` });
    expect(global.requests[1]!.path).toBe('/v1/models');
    expect(global.requests[1]!.headers.authorization).toBeUndefined();
  });
});

describe('a key echoed by the server', () => {
  it('never survives in the check result, even across the point where the message is shortened', async () => {
    const key = 'unshapedkey0123456789abcdefghij';
    global.setHandler({
      status: 401,
      json: {
        error: { message: `${'x'.repeat(280)} key ${key} is not valid`, type: 'invalid_request_error' },
      },
    });
    const check = await checkKey({ provider: 'custom', key, baseUrl: `${global.url}/v1` });
    expect(check.status).not.toBe('valid');
    expect(JSON.stringify(check)).not.toContain(key.slice(0, 8));
  });
});

describe('check all', () => {
  it('checks in parallel with bounded concurrency and reports progress', async () => {
    global.setHandler({ json: { data: [] }, headersDelayMs: 30 });
    const progress: string[] = [];
    const items = Array.from({ length: 5 }, (_, index) => ({
      id: `k${index}`,
      input: { provider: 'openai' as const, key: `sk-proj-key-${index}-123456`, baseUrl: `${global.url}/v1` },
    }));
    const results = await checkAll(items, {
      concurrency: 2,
      onProgress: (id, _result, done, total) => progress.push(`${id}:${done}/${total}`),
    });
    expect([...results.values()].every((check) => check.status === 'valid')).toBe(true);
    expect(progress).toHaveLength(5);
    expect(progress.at(-1)).toMatch(/5\/5$/);
  });
});
