import { describe, expect, it } from 'vitest';
import type { PriceTable, PromptAdvice } from '../../../src-shared/pricing.ts';
import { createTempCore } from '../core-test-support.ts';

type Core = ReturnType<typeof createTempCore>;
/** A prices route's table; fails the test on an error reply. */
async function tableFrom(core: Core, route: string, input?: unknown): Promise<PriceTable> {
  const result = await core.call(route, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as PriceTable;
}

const m27 = (table: PriceTable) =>
  table.rows.find((row) => row.provider === 'minimax' && row.model === 'MiniMax-M2.7');

describe('prices routes and the quality index', () => {
  it('prices.list uses AA Intelligence v4.1 by default and lists every index version with its attribution', async () => {
    const listed = { value: await tableFrom(createTempCore(), 'prices.list') };
    expect(listed.value.qualityIndex).toEqual({ index: 'aa-intelligence', version: 'v4.1' });
    expect(m27(listed.value)?.quality).toBe(38.13);
    expect(
      listed.value.qualityIndexes.map((info) => `${info.label}|${info.attribution}|${info.superseded}`),
    ).toEqual([
      'AA Intelligence v4.1|Data: Artificial Analysis (artificialanalysis.ai)|false',
      'AA Coding v4.1|Data: Artificial Analysis (artificialanalysis.ai)|false',
      'AA Intelligence v4.0.x|Data: Artificial Analysis (artificialanalysis.ai)|true',
      'AA Coding v4.0.x|Data: Artificial Analysis (artificialanalysis.ai)|true',
      'LMArena text 2026-07-08|LMArena (arena.ai)|false',
    ]);
  });

  it('prices.setQualityIndex saves the choice and answers with the table on that index', async () => {
    const core = createTempCore();
    const chosen = await tableFrom(core, 'prices.setQualityIndex', {
      index: 'lmarena-text',
      version: '2026-07-08',
    });
    expect(m27(chosen)?.quality).toBe(1417);
    expect(await core.call('settings.get', undefined)).toMatchObject({
      value: { qualityIndex: { index: 'lmarena-text', version: '2026-07-08' } },
    });
    expect(m27(await tableFrom(core, 'prices.list'))?.quality).toBe(1417);
  });

  it('refuses a version there are no scores for, listing the choices, and keeps the old choice', async () => {
    const { call } = createTempCore();
    const refused = await call('prices.setQualityIndex', { index: 'aa-intelligence', version: 'v3' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'version' } });
    expect(refused.ok ? '' : refused.error.message).toContain(
      'aa-intelligence@v4.1 (AA Intelligence v4.1, 2026-07-10)',
    );
    expect(await call('settings.get', undefined)).toMatchObject({
      value: { qualityIndex: { index: 'aa-intelligence', version: 'v4.1' } },
    });
  });

  it('prices.recommend measures minQuality on the chosen index (an LMArena rating)', async () => {
    const { call } = createTempCore();
    await call('prices.setQualityIndex', { index: 'lmarena-text', version: '2026-07-08' });
    const advice = await call('prices.recommend', { prompt: 'Prove it.', minQuality: 1440 });
    expect(advice.ok).toBe(true);
    const recommendation = advice.ok ? (advice.value as PromptAdvice).recommendation : null;
    if (recommendation) expect(recommendation.quality).toBeGreaterThanOrEqual(1440);
  });
});
