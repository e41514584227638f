import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { AA_ORIGIN, aaDestinationProblem, aaModelUrls } from './aa-endpoint.ts';
import { fetchAaModels } from './aa-fetch.ts';
import { aaPayload } from './aa-test-support.ts';

const fake = await fakeProviderForFile();

describe('where an Artificial Analysis key goes', () => {
  it('artificialanalysis.ai by default, or a loopback fake; nowhere else', () => {
    expect(aaModelUrls()).toEqual([
      `${AA_ORIGIN}/api/v2/language/models`,
      `${AA_ORIGIN}/api/v2/data/llms/models`,
    ]);
    expect(aaDestinationProblem(`${AA_ORIGIN}/api/v2/language/models`)).toBeNull();
    expect(aaDestinationProblem('http://127.0.0.1:9/api/v2/language/models')).toBeNull();
    expect(aaDestinationProblem('https://artificialanalysis.ai.evil.example/api')).toContain(
      'only to artificialanalysis.ai',
    );
  });

  it('refuses another host before anything is sent', async () => {
    const result = await fetchAaModels('aa-key-1234567', { host: 'https://elsewhere.example' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('only to artificialanalysis.ai');
  });
});

describe('fetchAaModels', () => {
  it('refuses a body over the size cap', async () => {
    fake.enqueue({ path: '/api/v2/language/models', json: aaPayload() });
    const result = await fetchAaModels('aa-key-1234567', { host: fake.url, maxBytes: 1024 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('protocol');
    expect(!result.ok && result.error.message).toMatch(/larger than 1 KiB/);
  });
});
