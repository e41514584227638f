// Checking every key: bounded concurrency, and a failed progress report that does not stop the others.
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../../../e2e/fake-providers/fake-provider-server.ts';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { checkAll } from './check-all.ts';

const fake = await fakeProviderForFile();
const items = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `k${index}`,
    input: { provider: 'openai' as const, key: `sk-proj-all-${index}-123456`, baseUrl: `${fake.url}/v1` },
  }));

describe('checkAll', () => {
  it('never has more checks in flight than asked', async () => {
    let inFlight = 0;
    let most = 0;
    fake.setHandler({
      handle: async (_request: RecordedRequest, res) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        // Hold each answer across a few turns of the event loop, so checks that may overlap do.
        for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
      },
    });
    const results = await checkAll(items(6), { concurrency: 2 });
    expect([...results.values()].map((check) => check.status)).toEqual(Array(6).fill('valid'));
    expect(most).toBe(2);
  });

  it('a progress report that throws is rethrown, once every key has been checked', async () => {
    fake.setHandler({ method: 'GET', path: '/v1/models', json: { data: [] } });
    const reported: string[] = [];
    const failure = new Error('could not save the result');
    const run = checkAll(items(3), {
      concurrency: 1,
      onProgress: (id) => {
        reported.push(id);
        if (id === 'k0') throw failure;
      },
    });
    await expect(run).rejects.toBe(failure);
    expect(reported).toEqual(['k0', 'k1', 'k2']);
    expect(fake.requests).toHaveLength(3);
  });
});
