import { z } from 'zod';
import { themePreferenceSchema } from '../../../src-shared/contract.ts';
import type { Settings } from '../../../src-shared/domain.ts';
import type { JsonFileStore } from '../store/json-file-store.ts';

const settingsSchema = z.object({ theme: themePreferenceSchema.catch('system') });
const DEFAULTS: Settings = { theme: 'system' };
const KEY = 'settings';

export class SettingsService {
  private readonly store: JsonFileStore;
  private readonly onChange: (settings: Settings) => void;

  constructor(store: JsonFileStore, onChange: (settings: Settings) => void) {
    this.store = store;
    this.onChange = onChange;
  }

  get(): Settings {
    const parsed = settingsSchema.safeParse(this.store.get(KEY) ?? DEFAULTS);
    return parsed.success ? parsed.data : DEFAULTS;
  }

  update(patch: Partial<Settings>): Settings {
    const next: Settings = { ...this.get(), ...patch };
    this.store.set(KEY, next);
    this.onChange(next);
    return next;
  }
}
