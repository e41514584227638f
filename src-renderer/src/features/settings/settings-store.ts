import { create } from 'zustand';
import type { ArenaError, Result, Settings, ThemePreference } from '../../../../src-shared/domain.ts';
import { DEFAULT_SETTINGS, type StreamLimits } from '../../../../src-shared/settings.ts';
import { getArena } from '../../lib/arena.ts';

interface SettingsState {
  settings: Settings;
  /** True once the settings arrived from main (until then `settings` holds the defaults). */
  loaded: boolean;
  error: ArenaError | null;
  load: () => Promise<void>;
  setTheme: (theme: ThemePreference) => Promise<void>;
  /** Saves how long a column may take; the result says why main refused them. */
  setStreamLimits: (streamLimits: StreamLimits) => Promise<Result<Settings> | undefined>;
  receive: (settings: Settings) => void;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  error: null,
  load: async () => {
    const arena = getArena();
    if (!arena) return;
    const result = await arena.settings.get();
    set(result.ok ? { settings: result.value, loaded: true, error: null } : { error: result.error });
  },
  setTheme: async (theme) => {
    const arena = getArena();
    if (!arena) return;
    const result = await arena.settings.update({ theme });
    set(result.ok ? { settings: result.value, loaded: true, error: null } : { error: result.error });
  },
  setStreamLimits: async (streamLimits) => {
    const result = await getArena()?.settings.update({ streamLimits });
    if (result?.ok) set({ settings: result.value, loaded: true, error: null });
    return result;
  },
  receive: (settings) => set({ settings, loaded: true }),
}));
