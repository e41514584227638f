import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-shared/settings.ts';
import {
  playgroundSetupSchema,
  qualityIndexRefSchema,
  streamLimitsSchema,
  themePreferenceSchema,
} from '../../../src-shared/settings-schema.ts';
import type { JsonFileStore } from '../store/json-file-store.ts';

// Each part falls back to its default on its own: a damaged playground setup keeps the theme.
const storedSettingsSchema = z.object({
  theme: themePreferenceSchema.catch(DEFAULT_SETTINGS.theme),
  streamLimits: streamLimitsSchema.catch(DEFAULT_SETTINGS.streamLimits),
  playground: playgroundSetupSchema.catch(DEFAULT_SETTINGS.playground),
  // Missing in settings saved before quality indexes existed, or damaged: the default index.
  qualityIndex: qualityIndexRefSchema.catch(DEFAULT_SETTINGS.qualityIndex),
});
const KEY = 'settings';

export class SettingsService {
  private readonly store: JsonFileStore;
  private readonly onChange: (settings: Settings) => void;

  constructor(store: JsonFileStore, onChange: (settings: Settings) => void) {
    this.store = store;
    this.onChange = onChange;
  }

  get(): Settings {
    const parsed = storedSettingsSchema.safeParse(this.store.get(KEY) ?? DEFAULT_SETTINGS);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  /** Replaces each given top-level part whole; the input was parsed by the route's schema. */
  update(patch: Partial<Settings>): Settings {
    const next: Settings = { ...this.get(), ...patch };
    this.store.set(KEY, next);
    this.onChange(next);
    return next;
  }
}
