// The balance a key check shows, where the provider has an endpoint for it.
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { moonshotCurrency } from './balance.ts';
import { checkKey } from './check-key.ts';

const fake = await fakeProviderForFile({ path: '/models', json: { data: [] } });

describe('DeepSeek balance (PROVIDERS.md "DeepSeek": GET /user/balance)', () => {
  it.each([
    // A balance entry without a currency is in US dollars (the rule balance.ts documents for DeepSeek).
    [{ total_balance: '5.00' }, { amount: 5, currency: 'USD' }],
    [
      { currency: 'cny', total_balance: '12.3' },
      { amount: 12.3, currency: 'CNY' },
    ],
    [{ currency: null, total_balance: '5.00' }, null],
  ])('%j → %j', async (info, balance) => {
    fake.setHandler({ path: '/user/balance', json: { is_available: true, balance_infos: [info] } });
    const result = await checkKey({
      provider: 'deepseek',
      key: 'sk-deepseek-balance-1234',
      baseUrl: fake.url,
    });
    expect(result).toMatchObject({ status: 'valid', balance });
  });
});

describe('Moonshot balance currency (PROVIDERS.md "Moonshot (Kimi)": api.moonshot.ai global, api.moonshot.cn China)', () => {
  it.each([
    ['https://api.moonshot.cn/v1', 'CNY'],
    ['https://api.moonshot.cn:8443/v1', 'CNY'],
    ['https://api.moonshot.ai/v1', 'USD'],
    // A host that only starts like a China one, or names .cn elsewhere, is not the China platform.
    ['https://cn.moonshot.ai/v1', 'USD'],
    ['https://api.moonshot.ai/cn/v1', 'USD'],
  ])('%s bills in %s', (base, currency) => {
    expect(moonshotCurrency(base)).toBe(currency);
  });
});
