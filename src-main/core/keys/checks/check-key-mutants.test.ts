// What a live key check concludes and says, checked against loopback fakes of the providers' hosts.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { checkKey } from './check-key.ts';

const global = await fakeProviderForFile();
const china = await fakeProviderForFile();

const PAYG = 'sk-api-mutants-payg-key-1234';
const TOKEN_PLAN = 'sk-cp-mutants-token-plan-key-7f3a';
const hosts = () => ({
  minimax: { global: `${global.url}/v1`, china: `${china.url}/v1` },
  openai: { global: `${global.url}/v1` },
  deepseek: { global: global.url },
  artificialanalysis: { global: global.url },
});
const deps = () => ({ hosts: hosts(), timeoutMs: 5000 });

// A MiniMax error reply, as recorded in PROVIDERS.md "MiniMax" (error shape with http_code).
const invalidKey = {
  status: 401,
  json: {
    type: 'error',
    error: { type: 'authorized_error', message: 'invalid api key (1004)', http_code: '401' },
  },
};
const rateLimited = {
  status: 429,
  json: {
    type: 'error',
    error: { type: 'rate_limit_error', message: 'rate limit (1002)', http_code: '429' },
  },
};
// PROVIDERS.md "Key checks": a Token Plan key's GET {host}/v1/token_plan/remains answers
// base_resp.status_code 0 with model_remains[].
const remains = {
  base_resp: { status_code: 0, status_msg: 'success' },
  current_subscribe_title: 'Plus',
  model_remains: [
    { model_name: 'MiniMax-M2.7', current_interval_total_count: 1500, current_interval_usage_count: 1420 },
  ],
};
const completion = {
  choices: [{ finish_reason: 'length', message: { content: '' } }],
  base_resp: { status_code: 0 },
};

/** A clock that reads 1000 ms at the start and 1250 ms ever after. */
const clock = () => {
  let calls = 0;
  return () => (calls++ === 0 ? 1000 : 1250);
};

/** The fields every check result has; anything more must mean something. */
const BASE_FIELDS = ['checkedAt', 'keyKind', 'latencyMs', 'message', 'status'];
const fieldsOf = (check: KeyCheck) => Object.keys(check).sort();

describe('the message of a valid key', () => {
  it.each([
    [{ data: [{ id: 'gpt-5' }, { id: 'gpt-4o' }] }, 'Valid key. 2 models available.'],
    [{ data: [{ id: 'gpt-5' }] }, 'Valid key. 1 model available.'],
    [{ object: 'list' }, 'Valid key.'],
  ])('OpenAI answering %j: %s, and no region or balance', async (json, message) => {
    global.setHandler({ method: 'GET', path: '/v1/models', json });
    const check = await checkKey({ provider: 'openai', key: 'sk-proj-mutants-1234' }, deps());
    expect(check).toMatchObject({ status: 'valid', message });
    // OpenAI has one region and no balance endpoint: the result names neither.
    expect(fieldsOf(check)).toEqual(BASE_FIELDS);
  });

  it('DeepSeek: the models and the balance (PROVIDERS.md "DeepSeek": GET /models, GET /user/balance)', async () => {
    global.setHandler({ path: '/models', json: { data: [{ id: 'deepseek-v4-flash' }] } });
    global.setHandler({
      path: '/user/balance',
      json: { is_available: true, balance_infos: [{ currency: 'CNY', total_balance: '110.5' }] },
    });
    const check = await checkKey({ provider: 'deepseek', key: 'sk-deepseek-mutants-1234' }, deps());
    expect(check.message).toBe('Valid key. 1 model available. Balance: 110.50 CNY.');
  });
});

describe('a MiniMax pay-as-you-go key', () => {
  it('is checked with a 1-token chat request holding one user message', async () => {
    global.setHandler({ method: 'POST', path: '/v1/chat/completions', json: completion });
    const check = await checkKey({ provider: 'minimax', key: PAYG }, deps());
    expect(check).toMatchObject({
      status: 'valid',
      region: 'global',
      message: 'Valid key: a 1-token request to MiniMax-M2.7 succeeded.',
    });
    const sent = global.requests[0]?.json as { messages: { role: string; content: string }[] };
    expect(sent.messages).toHaveLength(1);
    expect(sent.messages[0]?.role).toBe('user');
    expect(sent.messages[0]?.content.length).toBeGreaterThan(0);
  });

  it('a message up to 1000 characters is whole; a longer one is cut there with an ellipsis', async () => {
    global.setHandler({ method: 'POST', path: '/v1/chat/completions', json: completion });
    const whole = `Valid key: a 1-token request to ${'m'.repeat(957)} succeeded.`;
    expect(whole).toHaveLength(1000);
    const exact = await checkKey({ provider: 'minimax', key: PAYG, model: 'm'.repeat(957) }, deps());
    expect(exact.message).toBe(whole);
    const longer = await checkKey({ provider: 'minimax', key: PAYG, model: 'm'.repeat(958) }, deps());
    // 32 + 958 + 10 characters: the cut falls right before the final full stop.
    expect(longer.message).toBe(`Valid key: a 1-token request to ${'m'.repeat(958)} succeeded…`);
  });

  it('a key the user pasted into the model name never reaches the message', async () => {
    const key = 'unshapedkey0123456789abcdefghij';
    global.setHandler({ method: 'POST', path: '/v1/chat/completions', json: completion });
    const check = await checkKey({ provider: 'minimax', key, model: `model-${key}` }, deps());
    expect(check.status).toBe('valid');
    expect(JSON.stringify(check)).not.toContain(key);
  });
});

describe('regions', () => {
  it('a China-region choice whose key works on the global host: wrong region, saying global', async () => {
    china.setHandler(invalidKey);
    global.setHandler({ method: 'POST', path: '/v1/chat/completions', json: completion });
    const check = await checkKey({ provider: 'minimax', key: PAYG, region: 'china' }, deps());
    expect(check).toMatchObject({ status: 'wrong_region', region: 'global' });
    expect(check.message).toBe(
      `This key belongs to the global region (${new URL(global.url).host}): switch the key's region to global. Valid key: a 1-token request to MiniMax-M2.7 succeeded.`,
    );
  });

  it('a Token Plan key found on the China host keeps its plan', async () => {
    global.setHandler(invalidKey);
    china.setHandler({ method: 'GET', path: '/v1/token_plan/remains', json: remains });
    const check = await checkKey({ provider: 'minimax', key: TOKEN_PLAN }, deps());
    expect(check).toMatchObject({
      status: 'wrong_region',
      region: 'china',
      plan: { name: 'Plus', quotas: [{ model: 'MiniMax-M2.7', total: 1500, remaining: 1420 }] },
    });
  });

  it('a Token Plan endpoint refusing the key is not retried on the older coding_plan path', async () => {
    global.setHandler(invalidKey);
    china.setHandler(invalidKey);
    const check = await checkKey({ provider: 'minimax', key: TOKEN_PLAN, region: 'global' }, deps());
    expect(check.status).toBe('invalid');
    expect(global.requests.map((request) => request.path)).toEqual(['/v1/token_plan/remains']);
  });

  it('with a base URL, a refused key is tried once and no region is blamed', async () => {
    global.setHandler(invalidKey);
    const check = await checkKey({ provider: 'minimax', key: PAYG, baseUrl: `${global.url}/v1` }, deps());
    expect(check).toMatchObject({ status: 'invalid', providerCode: 1004, httpStatus: 401 });
    expect(check.message).not.toContain('Both');
    expect(check).not.toHaveProperty('region');
    expect(global.requests).toHaveLength(1);
    expect(china.requests).toHaveLength(0);
  });

  it('refused on the global host, rate limited on the China host: rate limited, not "both refused"', async () => {
    global.setHandler(invalidKey);
    china.setHandler(rateLimited);
    const check = await checkKey({ provider: 'minimax', key: PAYG, region: 'global' }, deps());
    expect(check.status).toBe('rate_limited');
    expect(check.message).not.toContain('Both');
  });

  it('rate limited on the first host: no retry, and not "both refused"', async () => {
    global.setHandler(rateLimited);
    const check = await checkKey({ provider: 'minimax', key: PAYG, region: 'global' }, deps());
    expect(check.status).toBe('rate_limited');
    expect(check.message).not.toContain('Both');
  });
});

describe('the result holds only what it means', () => {
  it('a host that refuses the connection: offline, with no provider code or HTTP status', async () => {
    const check = await checkKey({
      provider: 'openai',
      key: 'sk-proj-mutants-1234',
      baseUrl: 'http://127.0.0.1:9/v1',
    });
    expect(check.status).toBe('offline');
    expect(fieldsOf(check)).toEqual(BASE_FIELDS);
  });
});

describe('time, cancelling and clean-up', () => {
  it('the latency is the time between start and finish on the given clock', async () => {
    global.setHandler({ method: 'GET', path: '/v1/models', json: { data: [] } });
    const check = await checkKey(
      { provider: 'openai', key: 'sk-proj-mutants-1234' },
      { ...deps(), now: clock() },
    );
    expect(check.latencyMs).toBe(250);
  });

  it('cancelling ends a check that is waiting on a silent host', async () => {
    global.setHandler({ stallBeforeHeaders: true });
    const controller = new AbortController();
    const pending = checkKey(
      { provider: 'openai', key: 'sk-proj-mutants-1234' },
      { ...deps(), timeoutMs: 600_000, signal: controller.signal },
    );
    await global.waitForRequests(1);
    controller.abort();
    expect((await pending).status).not.toBe('valid');
  });

  it('leaves no abort listener on the caller’s signal and no timer running', async () => {
    global.setHandler({ method: 'GET', path: '/v1/models', json: { data: [] } });
    const controller = new AbortController();
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    const before = timers();
    const check = await checkKey(
      { provider: 'openai', key: 'sk-proj-mutants-1234' },
      { ...deps(), timeoutMs: 3_600_000, signal: controller.signal },
    );
    expect(check.status).toBe('valid');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(timers()).toBe(before);
  });
});

describe('an Artificial Analysis key', () => {
  it('is bounded by the given timeout', async () => {
    global.setHandler({ stallBeforeHeaders: true });
    const check = await checkKey(
      { provider: 'artificialanalysis', key: 'aa-mutants-key-1234' },
      { ...deps(), timeoutMs: 300 },
    );
    expect(check.status).toBe('offline');
  });

  it('is ended by cancelling', async () => {
    global.setHandler({ stallBeforeHeaders: true });
    const controller = new AbortController();
    const pending = checkKey(
      { provider: 'artificialanalysis', key: 'aa-mutants-key-1234' },
      { ...deps(), timeoutMs: 600_000, signal: controller.signal },
    );
    await global.waitForRequests(1);
    controller.abort();
    expect((await pending).status).not.toBe('valid');
  });

  it('measures its latency on the given clock', async () => {
    global.setHandler({ status: 401, json: { error: 'invalid key' } });
    const check = await checkKey(
      { provider: 'artificialanalysis', key: 'aa-mutants-key-1234' },
      { ...deps(), now: clock() },
    );
    expect(check).toMatchObject({ status: 'invalid', latencyMs: 250 });
  });
});
