import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-shared/settings.ts';
import { createTempCore } from '../core-test-support.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { SettingsService } from './settings-service.ts';

function dataDirWith(settings: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'arena-settings-'));
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ settings }));
  return dir;
}

const service = (dir: string) => new SettingsService(new JsonFileStore(join(dir, 'settings.json')), () => {});

const setup = {
  columns: [{ provider: 'minimax', model: 'MiniMax-M2.7', params: { temperature: 0.7 } }],
  defaults: { maxOutputTokens: 2048 },
  presets: [{ name: 'Mine', columns: [{ provider: 'openai', model: 'gpt-5-mini' }] }],
  layout: 'grid',
  syncScroll: true,
  systemPrompt: 'Be brief.',
};

describe('settings', () => {
  it('a file from before the Playground (theme only) gets the defaults for the rest', () => {
    expect(service(dataDirWith({ theme: 'dark' })).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('a damaged part falls back alone: a bad playground setup keeps the theme and the limits', () => {
    const limits = { requestTimeoutSec: 300, eventTimeoutSec: 60 };
    const dir = dataDirWith({
      theme: 'light',
      streamLimits: limits,
      playground: { ...setup, columns: [{ provider: 'constructor', model: 'x' }] },
    });
    expect(service(dir).get()).toEqual({
      theme: 'light',
      streamLimits: limits,
      playground: DEFAULT_SETTINGS.playground,
      qualityIndex: { index: 'aa-intelligence', version: 'v4.1' },
    });
  });

  it('a stored quality index is kept; a missing or unknown one reads as AA Intelligence v4.1, nothing else lost', () => {
    const limits = { requestTimeoutSec: 300, eventTimeoutSec: 60 };
    const coding = { index: 'aa-coding', version: 'v4.0.x' };
    expect(
      service(
        dataDirWith({ theme: 'dark', streamLimits: limits, playground: setup, qualityIndex: coding }),
      ).get(),
    ).toEqual({ theme: 'dark', streamLimits: limits, playground: setup, qualityIndex: coding });
    for (const qualityIndex of [undefined, { index: 'constructor', version: 'v1' }, 'aa-coding']) {
      expect(
        service(dataDirWith({ theme: 'dark', streamLimits: limits, playground: setup, qualityIndex })).get(),
      ).toEqual({
        theme: 'dark',
        streamLimits: limits,
        playground: setup,
        qualityIndex: { index: 'aa-intelligence', version: 'v4.1' },
      });
    }
  });

  it('settings.update replaces the playground setup whole and refuses a bad one, naming the field', async () => {
    const { call, dataDir: dir } = createTempCore();
    const saved = await call('settings.update', { playground: setup });
    expect(saved).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, playground: setup } });
    expect(service(dir).get().playground).toEqual(setup);

    const tooMany = { ...setup, columns: Array.from({ length: 17 }, () => setup.columns[0]) };
    const refused = await call('settings.update', { playground: tooMany });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', field: 'playground.columns' },
    });
    const badLimit = await call('settings.update', {
      streamLimits: { requestTimeoutSec: 0, eventTimeoutSec: 60 },
    });
    expect(badLimit).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', field: 'streamLimits.requestTimeoutSec' },
    });
    expect(service(dir).get().playground).toEqual(setup);
  });
});
