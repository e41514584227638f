import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './cli-test-support.ts';

interface JsonRow {
  provider: string;
  model: string;
  inputUsdPerToken: number | null;
  outputUsdPerToken: number | null;
  aliasOf?: string;
}

async function prices(...args: string[]) {
  const { code, out } = await runCliCaptured(['prices', ...args]);
  expect(code).toBe(0);
  return out;
}

describe('arena prices', () => {
  it('never cuts a model id: each one starts a line, whole, as typed into --model', async () => {
    const rows: JsonRow[] = JSON.parse(await prices('--json'));
    const lines = (await prices()).split('\n');
    const ids = new Set(lines.map((line) => line.split(' ')[0]));
    const longest = rows.reduce((a, b) => (a.model.length >= b.model.length ? a : b));
    expect(`${longest.provider}/${longest.model}`.length).toBeGreaterThan(46);
    for (const row of rows) expect(ids).toContain(`${row.provider}/${row.model}`);
  });

  it('lists deepseek/deepseek-v4-flash, the name in the README, at DeepSeek V4 Flash prices', async () => {
    const line = (await prices('--provider', 'deepseek'))
      .split('\n')
      .find((text) => text.startsWith('deepseek/deepseek-v4-flash '));
    expect(line).toMatch(/^deepseek\/deepseek-v4-flash\s+\$0\.30\s+\$1\.20\s+\$0\.006\s/);
    expect(line).toContain('same as deepseek-flash');

    const rows: JsonRow[] = JSON.parse(await prices('--provider', 'deepseek', '--json'));
    expect(rows.find((row) => row.model === 'deepseek-v4-flash')).toMatchObject({
      provider: 'deepseek',
      inputUsdPerToken: 0.3e-6,
      outputUsdPerToken: 1.2e-6,
      aliasOf: 'deepseek-flash',
    });
  });

  it('lists every other name a price answers to (MiniMax -lightning ids) beside its model', async () => {
    const rows: JsonRow[] = JSON.parse(await prices('--provider', 'minimax', '--json'));
    const models = rows.map((row) => row.model);
    const at = models.indexOf('MiniMax-M2.5-highspeed');
    expect(models[at + 1]).toBe('MiniMax-M2.5-lightning');
    expect(rows[at + 1]?.aliasOf).toBe('MiniMax-M2.5-highspeed');
  });

  it('writes prices per 1M tokens with meaningful digits, never float noise', async () => {
    const out = await prices('--provider', 'minimax');
    expect(out).toMatch(/^minimax\/MiniMax-M2\.7\s+\$0\.30\s+\$1\.20\s+\$0\.06\s+\$0\.375\s+204,800\s/m);
    expect(out).not.toMatch(/\d{9}/);
  });

  it('--index chooses the quality column: AA Intelligence v4.1 by default, AA Coding, LMArena, a version', async () => {
    const m27 = async (...args: string[]) =>
      (
        JSON.parse(await prices('--provider', 'minimax', '--json', ...args)) as (JsonRow & {
          quality: number | null;
        })[]
      ).find((row) => row.model === 'MiniMax-M2.7')?.quality;
    // PROVENANCE.md's "MiniMax at a glance" table.
    expect(await m27()).toBe(38.13);
    expect(await m27('--index', 'aa-intelligence@v4.0.x')).toBe(49.62);
    expect(await m27('--index', 'aa-coding')).toBe(52.62);
    expect(await m27('--index', 'lmarena-text')).toBe(1417);
  });

  it('--json lists every score a model has, with index, version, date, variant and source', async () => {
    const rows = JSON.parse(await prices('--provider', 'minimax', '--json'));
    const m3 = rows.find((row: JsonRow) => row.model === 'MiniMax-M3');
    expect(m3.qualityScores).toHaveLength(5);
    expect(m3.qualityScores).toContainEqual({
      index: 'lmarena-text',
      version: '2026-07-08',
      date: '2026-07-08',
      variant: 'default',
      score: 1447,
      estimated: false,
      source: expect.stringContaining('fa9be565e060ecc024b963d1cf2b16c533b4697c'),
      attribution: 'LMArena (arena.ai)',
    });
  });

  it('--json rows name the index their quality is on and the attribution it requires', async () => {
    const m3 = (rows: JsonRow[]) =>
      rows.find((row) => row.model === 'MiniMax-M3') as JsonRow & {
        qualityIndex: unknown;
        attribution: string;
        qualityScores: { index: string; attribution: string }[];
      };
    const onDefault = m3(JSON.parse(await prices('--provider', 'minimax', '--json')));
    expect(onDefault.qualityIndex).toEqual({ index: 'aa-intelligence', version: 'v4.1' });
    expect(onDefault.attribution).toBe('Data: Artificial Analysis (artificialanalysis.ai)');
    for (const score of onDefault.qualityScores)
      expect(score.attribution).toBe(
        score.index === 'lmarena-text'
          ? 'LMArena (arena.ai)'
          : 'Data: Artificial Analysis (artificialanalysis.ai)',
      );
    const onArena = m3(
      JSON.parse(await prices('--provider', 'minimax', '--index', 'lmarena-text', '--json')),
    );
    expect(onArena.qualityIndex).toEqual({ index: 'lmarena-text', version: '2026-07-08' });
    expect(onArena.attribution).toBe('LMArena (arena.ai)');
  });

  it('the text table names the quality index and its attribution', async () => {
    expect(await prices('--provider', 'minimax')).toContain(
      'Quality: AA Intelligence v4.1 of 2026-07-10 (0–100), in the variant the app calls the model by default; — = not measured on it. Data: Artificial Analysis (artificialanalysis.ai).',
    );
    expect(await prices('--provider', 'minimax', '--index', 'lmarena-text')).toContain('LMArena (arena.ai)');
  });

  it('an unknown --index is a usage error listing the choices', async () => {
    const { code, err } = await runCliCaptured(['prices', '--index', 'aa-intelligence@v9']);
    expect(code).toBe(2);
    expect(err).toContain('unknown quality index "aa-intelligence@v9"');
    expect(err).toContain('aa-intelligence@v4.1 (AA Intelligence v4.1, 2026-07-10)');
    expect(err).toContain('lmarena-text@2026-07-08');
  });
});
