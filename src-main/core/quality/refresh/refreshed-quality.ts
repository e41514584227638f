// The scores one refresh brought, as index versions of their own (origin 'refreshed').
import { z } from 'zod';
import type { QualityIndexId, QualityIndexInfo } from '../../../../src-shared/quality.ts';
import type { QualityModelScores, QualitySet } from '../quality-set.ts';
import type { AaModel } from './aa-payload.ts';
import { type AaSlugTable, BUNDLED_AA_SLUGS } from './aa-slugs.ts';
import { type CatalogMatcher, matchAaModel } from './model-match.ts';

export const AA_ATTRIBUTION = 'Data: Artificial Analysis (artificialanalysis.ai)';
export const AA_ATTRIBUTION_URL = 'https://artificialanalysis.ai/';

export interface RefreshedQuality {
  /** ISO time of the fetch. */
  fetchedAt: string;
  /** The version the payload named, or null: then `version` is "fetched YYYY-MM-DD". */
  namedVersion: string | null;
  version: string;
  /** Artificial Analysis models with a usable score (matched to the catalog or not). */
  aaModels: number;
  /** What the quality table installs: the two AA indexes at `version`, per scored model. */
  set: QualitySet;
}

const INDEXES: readonly {
  id: QualityIndexId;
  name: string;
  short: string;
  field: 'intelligence' | 'coding';
}[] = [
  {
    id: 'aa-intelligence',
    name: 'Artificial Analysis Intelligence Index',
    short: 'AA Intelligence',
    field: 'intelligence',
  },
  { id: 'aa-coding', name: 'Artificial Analysis Coding Index', short: 'AA Coding', field: 'coding' },
];

/** A version that names none gets its own: never the same as a named (bundled) version's. */
export function refreshedVersion(namedVersion: string | null, fetchedAt: string): string {
  return namedVersion ?? `fetched ${fetchedAt.slice(0, 10)}`;
}

export function buildRefreshedQuality(
  models: readonly AaModel[],
  match: CatalogMatcher,
  fetchedAt: string,
  namedVersion: string | null,
  slugs: AaSlugTable = BUNDLED_AA_SLUGS,
): RefreshedQuality {
  const version = refreshedVersion(namedVersion, fetchedAt);
  const date = fetchedAt.slice(0, 10);
  const scored = new Map<string, QualityModelScores>();
  const measured = new Map<QualityIndexId, Set<string>>();
  for (const model of models) {
    const variant = matchAaModel(model, match, slugs);
    const refs = variant.models;
    for (const index of INDEXES) {
      const score = model[index.field];
      if (score === null) continue;
      for (const ref of refs) {
        const key = `${ref.owner}/${ref.model.toLowerCase()}`;
        const target = scored.get(key) ?? { owner: ref.owner, model: ref.model, scores: [] };
        scored.set(key, target);
        target.scores.push({
          index: index.id,
          version,
          score,
          date,
          variant: variant.variant,
          reasoning: variant.reasoning,
          effort: variant.effort,
          estimated: index.field === 'intelligence' && model.estimated,
          preview: false,
          sourceModel: model.name,
          source: `${AA_ATTRIBUTION_URL}models/${encodeURIComponent(model.slug)} (API, fetched ${date})`,
        });
        const set = measured.get(index.id) ?? new Set<string>();
        set.add(key);
        measured.set(index.id, set);
      }
    }
  }
  const indexes = INDEXES.filter((index) => measured.has(index.id)).map(
    (index): QualityIndexInfo => ({
      index: index.id,
      version,
      name: index.name,
      // Short enough for the index selector to show whole; "fetched" says no version was named.
      label: namedVersion ? `${index.short} ${namedVersion}` : `${index.short} · fetched ${date}`,
      date,
      scale: '0–100',
      attribution: AA_ATTRIBUTION,
      attributionUrl: AA_ATTRIBUTION_URL,
      origin: 'refreshed',
      measuredModels: measured.get(index.id)?.size ?? 0,
      superseded: false,
    }),
  );
  return {
    fetchedAt,
    namedVersion,
    version,
    aaModels: models.length,
    set: { indexes, models: [...scored.values()] },
  };
}

// The saved copy is read back through this schema: a damaged or hand-edited file is not trusted.
const entrySchema = z.strictObject({
  index: z.enum(['aa-intelligence', 'aa-coding']),
  version: z.string().min(1).max(100),
  score: z.number().finite().min(0).max(100),
  date: z.string().max(10),
  variant: z.string().max(60).nullable(),
  reasoning: z.boolean().nullable(),
  effort: z.string().max(20).nullable(),
  estimated: z.boolean(),
  preview: z.boolean(),
  sourceModel: z.string().max(300),
  source: z.string().max(600),
});

const indexSchema = z.strictObject({
  index: z.enum(['aa-intelligence', 'aa-coding']),
  version: z.string().min(1).max(100),
  name: z.string().max(200),
  label: z.string().max(200),
  date: z.string().max(10).nullable(),
  scale: z.string().max(60),
  attribution: z.string().max(200),
  attributionUrl: z.string().max(200).nullable(),
  origin: z.literal('refreshed'),
  measuredModels: z.number().int().min(0),
  superseded: z.boolean(),
});

export const refreshedQualitySchema = z.strictObject({
  fetchedAt: z.iso.datetime(),
  namedVersion: z.string().max(40).nullable(),
  version: z.string().min(1).max(100),
  aaModels: z.number().int().min(0),
  set: z.strictObject({
    indexes: z.array(indexSchema).max(2),
    models: z
      .array(
        z.strictObject({
          owner: z.string().min(1).max(100),
          model: z.string().min(1).max(200),
          scores: z.array(entrySchema).max(100),
        }),
      )
      .max(20_000),
  }),
});
