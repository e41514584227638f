// What the app remembers between runs (settings.json in the app's data folder). Types and defaults
// only, so the window can use them without the schema library; the schemas are in settings-schema.ts.
import type { ColumnSpec, CompareParams } from './compare.ts';
import { DEFAULT_QUALITY_INDEX, type QualityIndexRef } from './quality.ts';

export type ThemePreference = 'system' | 'light' | 'dark';

/** How long a column may take: the whole request, and the longest gap without a decoded event. */
export interface StreamLimits {
  requestTimeoutSec: number;
  eventTimeoutSec: number;
}

/** Each stream limit's range in whole seconds: settings-schema.ts enforces it, the window says it as you type. */
export const STREAM_LIMIT_RANGES: Readonly<Record<keyof StreamLimits, { min: number; max: number }>> = {
  requestTimeoutSec: { min: 10, max: 3600 },
  eventTimeoutSec: { min: 5, max: 3600 },
};

/** One remembered column: a run's column without its id and its conversation. */
export type ColumnSetup = Omit<ColumnSpec, 'columnId' | 'history'>;

export interface SavedPreset {
  name: string;
  columns: ColumnSetup[];
}

/** The Playground as the user left it: its columns, the shared defaults, saved presets and layout. */
export interface PlaygroundSetup {
  columns: ColumnSetup[];
  defaults: CompareParams;
  presets: SavedPreset[];
  layout: 'row' | 'grid';
  syncScroll: boolean;
  systemPrompt: string;
}

export interface Settings {
  theme: ThemePreference;
  streamLimits: StreamLimits;
  playground: PlaygroundSetup;
  /** The quality index version Models & Prices, tiers, the Playground and the advisor use. */
  qualityIndex: QualityIndexRef;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  streamLimits: { requestTimeoutSec: 600, eventTimeoutSec: 120 },
  playground: {
    columns: [],
    defaults: {},
    presets: [],
    layout: 'row',
    syncScroll: false,
    systemPrompt: '',
  },
  qualityIndex: DEFAULT_QUALITY_INDEX,
};
