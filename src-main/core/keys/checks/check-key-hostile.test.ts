// Key checks against replies that are valid JSON but odd or hostile: every key still gets a result.
import { describe, expect, it } from 'vitest';
import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { checkAll } from './check-all.ts';
import { checkKey } from './check-key.ts';

const TOKEN_PLAN = 'sk-cp-hostile-token-plan-key-7f3a';
const HUGE = 'x'.repeat(1_000_000);
const fake = await fakeProviderForFile();

const deps = () => ({
  hosts: { minimax: { global: `${fake.url}/v1`, china: `${fake.url}/v1` } },
  timeoutMs: 2000,
});

/** A Token Plan "remains" reply with one model entry made of the given fields. */
function remains(entry: Record<string, unknown>, root: Record<string, unknown> = {}) {
  return {
    method: 'GET',
    path: '/v1/token_plan/remains',
    json: { base_resp: { status_code: 0 }, model_remains: [entry], ...root },
  };
}

const checkTokenPlan = () => checkKey({ provider: 'minimax', key: TOKEN_PLAN, region: 'global' }, deps());

/** A result the UI and the store can hold: plain, small, and with nothing that is not what it claims. */
function expectSane(check: KeyCheck) {
  const json = JSON.stringify(check);
  expect(json.length).toBeLessThan(20_000);
  expect(check.message.length).toBeLessThan(2_000);
  for (const quota of check.plan?.quotas ?? []) {
    expect(typeof quota.model).toBe('string');
    expect(quota.model.length).toBeLessThanOrEqual(101);
    for (const count of [quota.total, quota.remaining]) {
      if (count !== null) expect(Number.isFinite(count) && count >= 0).toBe(true);
    }
    if (quota.resetsAt !== null) expect(Number.isNaN(Date.parse(quota.resetsAt))).toBe(false);
  }
  if (check.balance) {
    expect(Number.isFinite(check.balance.amount)).toBe(true);
    expect(check.balance.currency).toMatch(/^[A-Z]{3}$/);
  }
  if (check.providerCode !== undefined) expect(String(check.providerCode).length).toBeLessThanOrEqual(65);
}

describe('a Token Plan reply with odd fields', () => {
  it.each([
    ['end_time 1e300', { end_time: 1e300 }],
    ['end_time -1', { end_time: -1 }],
    ['end_time "NaN"', { end_time: 'NaN' }],
    ['end_time as an object', { end_time: { ms: 1 } }],
    ['counts of 1e300 and -1', { current_interval_total_count: 1e300, current_interval_usage_count: -1 }],
    ['counts as "NaN" strings', { current_interval_total_count: 'NaN', current_interval_usage_count: 'NaN' }],
    ['a model name that is an object', { model_name: { toString: 'x', valueOf: 'y' } }],
    ['a 1 MB model name', { model_name: HUGE }],
    ['prototype names as keys', { __proto__: { polluted: true }, constructor: 'x', model_name: 'M' }],
  ])('%s: a result, never an exception', async (_name, fields) => {
    fake.setHandler(remains({ model_name: 'MiniMax-M2.7', end_time: 1795000000000, ...fields }));
    const check = await checkTokenPlan();
    expect(check.status).toBe('valid');
    expect(check.plan?.quotas).toHaveLength(1);
    expectSane(check);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a far-off or absurd end time as "no reset time", not as a date', async () => {
    fake.setHandler(remains({ model_name: 'M', end_time: 1e300, current_interval_total_count: 1e300 }));
    const check = await checkTokenPlan();
    expect(check.plan?.quotas[0]).toMatchObject({ resetsAt: null, total: null });
  });

  it('a 1 MB plan name and 20,000 models are cut to something a page can show', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({
      model_name: `model-${index}`,
      current_interval_total_count: 10,
      current_interval_usage_count: 5,
    }));
    fake.setHandler({
      method: 'GET',
      path: '/v1/token_plan/remains',
      json: { base_resp: { status_code: 0 }, current_subscribe_title: HUGE, model_remains: many },
    });
    const check = await checkTokenPlan();
    expect(check.status).toBe('valid');
    expect(check.plan?.name?.length).toBeLessThanOrEqual(101);
    expect(check.plan?.quotas.length).toBeLessThanOrEqual(50);
    expect(check.message).toContain('more');
    expectSane(check);
  });
});

describe('a Token Plan reply that echoes the key in names cut to fit', () => {
  it('holds no part of the key, wherever the cut falls in it', async () => {
    // The key starts before the 100-character cut and ends after it, at every offset.
    for (let before = 70; before < 100; before += 3) {
      fake.setHandler(
        remains(
          { model_name: `${'M'.repeat(before)}${TOKEN_PLAN}`, current_interval_total_count: 5 },
          { current_subscribe_title: `${'P'.repeat(before)}${TOKEN_PLAN}` },
        ),
      );
      const check = await checkTokenPlan();
      expect(check.status).toBe('valid');
      expect(check.plan?.name).toContain('P'.repeat(before));
      expect(check.plan?.quotas[0]?.model).toContain('M'.repeat(before));
      // The key's first 8 characters ("sk-cp-ho") are already more than the cut may leave.
      expect(JSON.stringify(check)).not.toContain(TOKEN_PLAN.slice(0, 8));
      expectSane(check);
    }
  });
});

describe('a balance reply with odd fields', () => {
  const base = () => ({
    hosts: {
      deepseek: { global: fake.url, china: fake.url },
      moonshot: { global: `${fake.url}/v1`, china: `${fake.url}/v1` },
    },
    timeoutMs: 2000,
  });

  it.each([
    ['a currency that is an object', { currency: { code: 'USD' }, total_balance: '10' }],
    ['a 1 MB currency', { currency: HUGE, total_balance: '10' }],
    ['a currency named __proto__', { currency: '__proto__', total_balance: '10' }],
    ['a balance of 1e300', { currency: 'USD', total_balance: '1e300' }],
    ['a balance of "NaN"', { currency: 'USD', total_balance: 'NaN' }],
    ['a balance that is an object', { currency: 'USD', total_balance: { value: 1 } }],
  ])('DeepSeek, %s: the key is valid and the balance is left out', async (_name, info) => {
    fake.setHandler({ path: '/models', json: { data: [] } });
    fake.setHandler({ path: '/user/balance', json: { balance_infos: [info] } });
    const check = await checkKey({ provider: 'deepseek', key: 'sk-deepseek-hostile-1234' }, base());
    expect(check).toMatchObject({ status: 'valid', balance: null });
    expectSane(check);
  });

  it.each([
    ['balance_infos that is a string', { balance_infos: 'abc' }],
    ['balance_infos that is an object', { balance_infos: { 0: { currency: 'USD', total_balance: '5' } } }],
  ])('DeepSeek, %s: no balance', async (_name, json) => {
    fake.setHandler({ path: '/models', json: { data: [] } });
    fake.setHandler({ path: '/user/balance', json });
    const check = await checkKey({ provider: 'deepseek', key: 'sk-deepseek-hostile-1234' }, base());
    expect(check).toMatchObject({ status: 'valid', balance: null });
  });

  it('Moonshot, a balance of 1e300: no balance', async () => {
    fake.setHandler({ path: '/v1/models', json: { data: [] } });
    fake.setHandler({ path: '/v1/users/me/balance', json: { data: { available_balance: 1e300 } } });
    const check = await checkKey(
      { provider: 'moonshot', key: 'sk-moon-hostile-1234', region: 'global' },
      base(),
    );
    expect(check).toMatchObject({ status: 'valid', balance: null });
  });
});

describe('an error reply with odd fields', () => {
  it.each([
    ['a 1 MB error code', { error: { message: 'no', code: HUGE } }],
    ['a prototype name as the error type', { error: { message: 'no', type: 'constructor' } }],
    ['a prototype name as the error code', { error: { message: 'no', code: '__proto__' } }],
    ['a 1 MB message', { error: { message: HUGE } }],
  ])('%s: a result with a short message and a short code', async (_name, json) => {
    fake.setHandler({ status: 400, json });
    const check = await checkKey({
      provider: 'openai',
      key: 'sk-proj-hostile-1234',
      baseUrl: `${fake.url}/v1`,
    });
    expect(check.status).not.toBe('valid');
    expectSane(check);
  });
});

describe('check all', () => {
  it('one key with a hostile reply does not stop the others: every key gets a result', async () => {
    fake.setHandler(remains({ model_name: 'MiniMax-M2.7', end_time: 1e300 }));
    fake.setHandler({ path: '/v1/models', json: { data: [{ id: 'gpt-5' }] } });
    const progress: string[] = [];
    const results = await checkAll(
      [
        { id: 'bad', input: { provider: 'minimax', key: TOKEN_PLAN, region: 'global' } },
        {
          id: 'good',
          input: { provider: 'openai', key: 'sk-proj-good-key-1234', baseUrl: `${fake.url}/v1` },
        },
      ],
      { ...deps(), onProgress: (id) => progress.push(id) },
    );
    expect(results.get('good')?.status).toBe('valid');
    // status_code 0 with a model_remains entry: a live Token Plan key; the impossible end_time is no date.
    expect(results.get('bad')).toMatchObject({
      status: 'valid',
      keyKind: 'token_plan',
      plan: { quotas: [{ model: 'MiniMax-M2.7', resetsAt: null }] },
    });
    expect(progress.sort()).toEqual(['bad', 'good']);
  });

  it('a check that throws anyway becomes that key’s result, and the others still run', async () => {
    fake.setHandler({ path: '/v1/models', json: { data: [] } });
    let calls = 0;
    const results = await checkAll(
      [
        {
          id: 'first',
          input: { provider: 'openai', key: 'sk-proj-first-key-1234', baseUrl: `${fake.url}/v1` },
        },
        {
          id: 'second',
          input: { provider: 'openai', key: 'sk-proj-second-key-1234', baseUrl: `${fake.url}/v1` },
        },
      ],
      {
        concurrency: 1,
        // A clock that fails once: the only way left to make the check itself throw.
        now: () => {
          calls += 1;
          if (calls === 1) throw new Error('clock broke');
          return 0;
        },
      },
    );
    expect(results.get('first')).toMatchObject({ status: 'error' });
    expect(results.get('first')?.message).toContain('could not be read');
    expect(results.get('second')?.status).toBe('valid');
  });
});
