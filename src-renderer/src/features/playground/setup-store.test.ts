import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result, Settings } from '../../../../src-shared/domain.ts';
import { DEFAULT_SETTINGS } from '../../../../src-shared/settings.ts';
import { settingsPatchSchema } from '../../../../src-shared/settings-schema.ts';
import { usePlaygroundSetup } from './setup-store.ts';

/** settings.update as main answers it: the patch parsed with main's own schema, refused as data. */
function settingsBridge() {
  const calls: unknown[] = [];
  let stored: Settings = DEFAULT_SETTINGS;
  const update = async (patch: unknown): Promise<Result<Settings>> => {
    calls.push(patch);
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: { kind: 'invalid_input', field: issue?.path.join('.'), message: issue?.message ?? 'invalid' },
      };
    }
    stored = { ...stored, ...parsed.data };
    return { ok: true, value: stored };
  };
  return { calls, stored: () => stored, arena: { settings: { update } } };
}

let bridge: ReturnType<typeof settingsBridge>;

beforeEach(() => {
  vi.useFakeTimers();
  bridge = settingsBridge();
  vi.stubGlobal('window', { arena: bridge.arena });
  usePlaygroundSetup.setState({ loaded: false, saveError: null });
  usePlaygroundSetup.getState().load(DEFAULT_SETTINGS.playground);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets the save timer fire and the bridge answer. */
async function settle() {
  await vi.advanceTimersByTimeAsync(1000);
}

describe('the Playground setup store', () => {
  it('saves once, a moment after a burst of changes', async () => {
    const store = usePlaygroundSetup.getState();
    store.add({ provider: 'minimax', model: 'MiniMax-M2.7' });
    store.setSystemPrompt('Be brief.');
    store.setDefaults({ temperature: 0.5 });
    await settle();
    expect(bridge.calls).toHaveLength(1);
    expect(bridge.stored().playground).toMatchObject({
      columns: [{ provider: 'minimax', model: 'MiniMax-M2.7' }],
      systemPrompt: 'Be brief.',
      defaults: { temperature: 0.5 },
    });
  });

  it('removes a field set to undefined, so the column inherits it again and main accepts the setup', async () => {
    const store = usePlaygroundSetup.getState();
    store.add({ provider: 'minimax', model: 'MiniMax-M2.7' });
    const id = usePlaygroundSetup.getState().columns[0]!.id;
    store.update(id, { baseUrl: 'http://127.0.0.1:11434/v1', keyId: 'k1', params: { temperature: 0.2 } });
    store.update(id, { baseUrl: undefined, keyId: undefined, params: undefined });
    const column = usePlaygroundSetup.getState().columns[0]!;
    expect(Object.keys(column).sort()).toEqual(['id', 'model', 'provider']);
    await settle();
    expect(usePlaygroundSetup.getState().saveError).toBeNull();
    expect(bridge.stored().playground.columns).toEqual([{ provider: 'minimax', model: 'MiniMax-M2.7' }]);
  });

  it('says why a save was refused, and does not try again until something changes', async () => {
    const store = usePlaygroundSetup.getState();
    store.setSystemPrompt('x'.repeat(200_001));
    await settle();
    expect(usePlaygroundSetup.getState().saveError).toMatch(/^The Playground setup was not saved: /);
    const attempts = bridge.calls.length;
    await settle();
    expect(bridge.calls).toHaveLength(attempts);
    store.setSystemPrompt('short');
    await settle();
    expect(usePlaygroundSetup.getState().saveError).toBeNull();
  });

  it('saves no preset without columns (main refuses an empty one)', async () => {
    expect(usePlaygroundSetup.getState().savePreset('Nothing')).toBe(false);
    usePlaygroundSetup.getState().add({ provider: 'openai', model: 'gpt-5-mini' });
    expect(usePlaygroundSetup.getState().savePreset('One')).toBe(true);
    await settle();
    expect(bridge.stored().playground.presets).toEqual([
      { name: 'One', columns: [{ provider: 'openai', model: 'gpt-5-mini' }] },
    ]);
  });
});
