// The settings' schemas: main parses every stored or incoming value with them, so a damaged file
// costs only the damaged part.
import { z } from 'zod';
import { MAX_COLUMNS } from './compare.ts';
import { columnParamsSchema, columnTargetSchema } from './compare-schemas.ts';
import { QUALITY_INDEX_IDS } from './quality.ts';
import { type Settings, STREAM_LIMIT_RANGES } from './settings.ts';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);

const secondsIn = ({ min, max }: { min: number; max: number }) => z.int().min(min).max(max);

export const streamLimitsSchema = z.strictObject({
  requestTimeoutSec: secondsIn(STREAM_LIMIT_RANGES.requestTimeoutSec),
  eventTimeoutSec: secondsIn(STREAM_LIMIT_RANGES.eventTimeoutSec),
});

export const columnSetupSchema = columnTargetSchema.extend({
  params: columnParamsSchema.optional(),
});

export const savedPresetSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  columns: z.array(columnSetupSchema).min(1).max(MAX_COLUMNS),
});

export const playgroundSetupSchema = z.strictObject({
  columns: z.array(columnSetupSchema).max(MAX_COLUMNS),
  defaults: columnParamsSchema,
  presets: z.array(savedPresetSchema).max(50),
  layout: z.enum(['row', 'grid']),
  syncScroll: z.boolean(),
  systemPrompt: z.string().max(200_000),
});

export const qualityIndexRefSchema = z.strictObject({
  index: z.enum(QUALITY_INDEX_IDS),
  version: z.string().trim().min(1).max(100),
});

export const settingsSchema = z.strictObject({
  theme: themePreferenceSchema,
  streamLimits: streamLimitsSchema,
  playground: playgroundSetupSchema,
  qualityIndex: qualityIndexRefSchema,
});

/** settings.update's input: any top-level part, each replaced whole. */
export const settingsPatchSchema = settingsSchema.partial();

// Compile-time guard: the schema and the hand-written type say the same thing, both ways.
type Assert<T extends true> = T;
type _SchemaMatchesType = Assert<z.output<typeof settingsSchema> extends Settings ? true : false>;
type _TypeMatchesSchema = Assert<Settings extends z.output<typeof settingsSchema> ? true : false>;
