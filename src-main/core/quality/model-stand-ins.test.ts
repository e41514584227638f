// Models scored under another id: the scores are that id's, each marked with a "via" saying so.
// Expectations come from the copied data (by maker and model id), not from the mapping code.
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { createDefaultCatalog } from '../pricing/default-catalog.ts';
import { sourcedScoreRows } from './quality-data-test-support.ts';
import { QualityTable } from './quality-scores.ts';

const SOURCE = sourcedScoreRows();
const indexId = (name: string) =>
  name.startsWith('LMArena') ? 'lmarena-text' : name.includes('Coding') ? 'aa-coding' : 'aa-intelligence';
/** "aa-intelligence|v4.1|32.7" for each row of the data's maker and model, AA rows only when asked. */
const dataScores = (maker: string, model: string, only?: 'aa') =>
  SOURCE.filter((row) => row.provider === maker && row.model === model)
    .filter((row) => only !== 'aa' || !row.index.startsWith('LMArena'))
    .map((row) => `${indexId(row.index)}|${row.score}`)
    .sort();

const table = new QualityTable();
const aliases = (provider: ProviderId, model: string) =>
  createDefaultCatalog()
    .all()
    .find((entry) => entry.provider === provider && entry.model === model)?.aliases ?? [];
const scores = (provider: ProviderId, model: string) =>
  table.scoresFor(provider, model, aliases(provider, model));
const lines = (entries: ReturnType<typeof scores>) =>
  entries.map((entry) => `${entry.index}|${entry.score}`).sort();

describe('models scored under another id', () => {
  it("kimi-k2-thinking-turbo keeps its own LMArena rating and gets kimi-k2-thinking's AA scores, via", () => {
    const found = scores('moonshot', 'kimi-k2-thinking-turbo');
    const own = found.filter((entry) => !entry.via);
    const via = found.filter((entry) => entry.via);
    expect(lines(own)).toEqual(dataScores('Moonshot AI', 'kimi-k2-thinking-turbo'));
    expect(lines(via)).toEqual(dataScores('Moonshot AI', 'kimi-k2-thinking', 'aa'));
    for (const entry of via) expect(entry.via).toMatch(/^kimi-k2-thinking: the same model, served faster/);
  });

  it("kimi-k2-turbo-preview shows kimi-k2-0905-preview's scores, via", () => {
    const found = scores('moonshot', 'kimi-k2-turbo-preview');
    expect(lines(found)).toEqual(dataScores('Moonshot AI', 'kimi-k2-0905-preview'));
    for (const entry of found) expect(entry.via).toContain('kimi-k2-0905-preview');
  });

  it('deepseek-flash (V4.1-Flash) marks every score as measured on deepseek-v4-flash (V4-Flash)', () => {
    const found = scores('deepseek', 'deepseek-flash');
    expect(lines(found)).toEqual(dataScores('DeepSeek', 'deepseek-v4-flash'));
    for (const entry of found) {
      expect(entry.via).toContain('deepseek-v4-flash');
      expect(entry.via).toContain('V4.1');
    }
  });

  it("a faster-served MiniMax model names its base in the catalog's spelling", () => {
    const found = scores('minimax', 'MiniMax-M2.1-highspeed');
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) expect(entry.via).toMatch(/^MiniMax-M2\.1: /);
  });
});
