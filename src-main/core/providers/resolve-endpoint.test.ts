import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../linear-time-test-support.ts';
import { PROVIDERS } from './registry.ts';
import { resolveEndpoint } from './resolve-endpoint.ts';

describe('resolving an endpoint', () => {
  it("a base URL on a region's own host means that region (it decides the price and currency)", () => {
    expect(
      resolveEndpoint(PROVIDERS.minimax, { baseUrl: 'https://api.minimaxi.com/anthropic' }),
    ).toMatchObject({
      region: 'china',
      wire: 'anthropic-messages',
      chatUrl: 'https://api.minimaxi.com/anthropic/v1/messages',
    });
    expect(resolveEndpoint(PROVIDERS.moonshot, { baseUrl: 'https://api.moonshot.cn' })).toMatchObject({
      region: 'china',
    });
  });

  it('any other base URL keeps the chosen region, else the default', () => {
    expect(resolveEndpoint(PROVIDERS.minimax, { baseUrl: 'http://127.0.0.1:9000/v1' }).region).toBe('global');
    expect(
      resolveEndpoint(PROVIDERS.minimax, { baseUrl: 'http://127.0.0.1:9000/v1', region: 'china' }).region,
    ).toBe('china');
  });

  it('drops trailing slashes from a base URL, in linear time however many there are', () => {
    expect(resolveEndpoint(PROVIDERS.openai, { baseUrl: 'http://127.0.0.1:9000/v1///' }).chatUrl).toBe(
      'http://127.0.0.1:9000/v1/chat/completions',
    );
    expectLinearTime(
      (size) => `http://127.0.0.1:9000/${'/'.repeat(size)}v1`,
      (baseUrl) => resolveEndpoint(PROVIDERS.openai, { baseUrl }),
    );
  });
});
