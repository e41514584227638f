// A column's own settings override the request's shared ones field by field, on the wire.
import { describe, expect, it } from 'vitest';
import type { CompareParams } from '../../../src-shared/compare.ts';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { OK_STREAM, runColumn } from './client-test-support.ts';

const fake = await fakeProviderForFile({ method: 'POST', body: OK_STREAM });

/** The body one column sent; the shared params are PROMPT's: temperature 0, 256 output tokens. */
async function sentBody(provider: ProviderId, model: string, params?: CompareParams) {
  const { result } = await runColumn(provider, fake.url, { model, column: params ? { params } : {} });
  expect(result.error).toBeNull();
  return fake.requests.at(-1)?.json as Record<string, unknown>;
}

describe('per-column params', () => {
  it('uses the shared params where the column sets none', async () => {
    expect(await sentBody('openai', 'gpt-4o')).toMatchObject({ temperature: 0, max_completion_tokens: 256 });
  });

  it('overrides only the fields the column sets', async () => {
    const warmer = await sentBody('openai', 'gpt-4o', { temperature: 0.7 });
    expect(warmer).toMatchObject({ temperature: 0.7, max_completion_tokens: 256 });
    const longer = await sentBody('openai', 'gpt-4o', { maxOutputTokens: 4000 });
    expect(longer).toMatchObject({ temperature: 0, max_completion_tokens: 4000 });
  });

  it('takes the reasoning switch and the effort level from the column', async () => {
    const body = await sentBody('openai', 'gpt-5-mini', { reasoningEffort: 'high' });
    expect(body.reasoning_effort).toBe('high');
    const off = await sentBody('openai', 'gpt-5-mini', { reasoning: false, reasoningEffort: 'high' });
    expect(off.reasoning_effort).toBe('minimal');
  });

  it('two columns of one model differ only by their settings', async () => {
    await runColumn('deepseek', fake.url, {
      model: 'deepseek-v4-flash',
      column: { params: { temperature: 0.2 } },
    });
    await runColumn('deepseek', fake.url, {
      model: 'deepseek-v4-flash',
      column: { params: { temperature: 1.3 } },
    });
    const [first, second] = fake.requests.map((request) => request.json as Record<string, unknown>);
    expect(first?.temperature).toBe(0.2);
    expect(second?.temperature).toBe(1.3);
    expect({ ...first, temperature: null }).toEqual({ ...second, temperature: null });
  });
});
