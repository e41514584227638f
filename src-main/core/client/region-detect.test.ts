import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import type { ProviderId, Region } from '../../../src-shared/domain.ts';
import { runColumn, sse, textChunk } from './client-test-support.ts';

let globalHost: FakeProvider;
let chinaHost: FakeProvider;
beforeAll(async () => {
  globalHost = await startFakeProvider();
  chinaHost = await startFakeProvider();
});
afterAll(async () => {
  await globalHost.close();
  await chinaHost.close();
});

const invalidKey = {
  status: 401,
  json: {
    type: 'error',
    error: { type: 'authorized_error', message: 'invalid api key (1004)', http_code: '401' },
  },
};

function hosts() {
  return { minimax: { global: `${globalHost.url}/v1`, china: `${chinaHost.url}/v1` } };
}

describe('MiniMax region auto-detect', () => {
  it('on an auth failure at the global host, tries the China host and remembers it', async () => {
    globalHost.reset();
    chinaHost.reset();
    globalHost.enqueue(invalidKey);
    chinaHost.setHandler({
      body: sse(textChunk('你好'), { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
    });
    const memory = new Map<ProviderId, Region>();
    const detected: Region[] = [];
    const deps = {
      hosts: hosts(),
      regionMemory: memory,
      onRegionDetected: (_column: unknown, region: Region) => detected.push(region),
    };
    const first = await runColumn('minimax', '', { column: { baseUrl: undefined }, deps });
    expect(first.result).toMatchObject({ text: '你好', error: null });
    expect(globalHost.requests).toHaveLength(1);
    expect(chinaHost.requests).toHaveLength(1);
    expect(memory.get('minimax')).toBe('china');
    expect(detected).toEqual(['china']);

    // The next run goes straight to the remembered region.
    await runColumn('minimax', '', { column: { baseUrl: undefined }, deps });
    expect(globalHost.requests).toHaveLength(1);
    expect(chinaHost.requests).toHaveLength(2);
  });

  it('says so when both hosts refuse the key', async () => {
    globalHost.reset();
    chinaHost.reset();
    globalHost.setHandler(invalidKey);
    chinaHost.setHandler(invalidKey);
    const { result } = await runColumn('minimax', '', {
      column: { baseUrl: undefined },
      deps: { hosts: hosts() },
    });
    expect(result.error).toMatchObject({ kind: 'auth', providerCode: 1004 });
    expect(result.error?.message).toContain('Both the global and the China host refused it.');
  });

  it('an explicit region or base URL is used alone', async () => {
    globalHost.reset();
    chinaHost.reset();
    globalHost.setHandler(invalidKey);
    const { result } = await runColumn('minimax', '', {
      column: { baseUrl: undefined, region: 'global' },
      deps: { hosts: hosts() },
    });
    expect(result.error?.kind).toBe('auth');
    expect(chinaHost.requests).toHaveLength(0);
  });
});
