// Turns the sourced quality data (data/quality/quality-scores.json, see its PROVENANCE.md) into the
// app's shape: index ids, short versions, parsed variants and our providers' ids. Used by
// scripts/generate-quality-snapshot.ts; the app itself reads only the generated bundled-quality.json.
import { z } from 'zod';
import type { QualityIndexId, QualityIndexInfo, QualityScoreEntry } from '../../../src-shared/quality.ts';
import type { AaSlugEntry, ModelOwner, QualityModelScores, QualitySet } from './quality-set.ts';
import { parseVariant } from './variant-labels.ts';

const sourceRowSchema = z.object({
  provider: z.string().min(1),
  model: z.string().min(1).max(200),
  index: z.string(),
  version: z.string(),
  score: z.number().finite(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  variant: z.string().nullable(),
  source: z.string().min(1),
  source_model_name: z.string().min(1),
  source_model_slug: z.string().min(1).max(200).optional(),
  estimated_by_aa: z.boolean().nullable().optional(),
  superseded_by_version: z.string().nullable().optional(),
});
export const sourceRowsSchema = z.array(sourceRowSchema).min(1);
type SourceRow = z.infer<typeof sourceRowSchema>;

export const AA_ATTRIBUTION = 'Data: Artificial Analysis (artificialanalysis.ai)';
export const AA_URL = 'https://artificialanalysis.ai';
export const LMARENA_ATTRIBUTION = 'LMArena (arena.ai)';
export const LMARENA_URL = 'https://arena.ai/leaderboard/text';

/** The data's maker names → our provider ids, or OpenRouter's prefix for makers we reach only there. */
const OWNERS: ReadonlyMap<string, ModelOwner> = new Map([
  ['MiniMax', 'minimax'],
  ['OpenAI', 'openai'],
  ['Anthropic', 'anthropic'],
  ['Google', 'gemini'],
  ['DeepSeek', 'deepseek'],
  ['Moonshot AI', 'moonshot'],
  ['Z.ai', 'z-ai'],
  ['Alibaba (Qwen)', 'qwen'],
]);

interface IndexDescription {
  id: QualityIndexId;
  name: string;
  short: string;
  scale: string;
  attribution: string;
  attributionUrl: string;
  /** The data's version text → the short version the app shows and stores. */
  version: (source: string, date: string) => string;
}

const AA_VERSION = (source: string, _date: string) => source;
const INDEXES: ReadonlyMap<string, IndexDescription> = new Map<string, IndexDescription>([
  [
    'Artificial Analysis Intelligence Index',
    {
      id: 'aa-intelligence',
      name: 'Artificial Analysis Intelligence Index',
      short: 'AA Intelligence',
      scale: '0–100',
      attribution: AA_ATTRIBUTION,
      attributionUrl: AA_URL,
      version: AA_VERSION,
    },
  ],
  [
    'Artificial Analysis Coding Index',
    {
      id: 'aa-coding',
      name: 'Artificial Analysis Coding Index',
      short: 'AA Coding',
      scale: '0–100',
      attribution: AA_ATTRIBUTION,
      attributionUrl: AA_URL,
      version: AA_VERSION,
    },
  ],
  [
    'LMArena Text Arena (overall)',
    {
      id: 'lmarena-text',
      name: 'LMArena Text Arena (overall, style control on)',
      short: 'LMArena text',
      scale: 'rating (Bradley–Terry, about 1300–1500)',
      attribution: LMARENA_ATTRIBUTION,
      attributionUrl: LMARENA_URL,
      // LMArena has no methodology versions: a snapshot is named by its date.
      version: (_source, date) => date,
    },
  ],
]);

function entryOf(row: SourceRow, index: IndexDescription): QualityScoreEntry {
  const parsed = parseVariant(row.variant, row.source_model_name, row.model);
  return {
    index: index.id,
    version: index.version(row.version, row.date),
    score: row.score,
    date: row.date,
    ...parsed,
    estimated: row.estimated_by_aa === true,
    sourceModel: row.source_model_name,
    source: row.source,
  };
}

/** Validates the sourced rows and groups them per model; throws, naming the row, on anything unknown. */
export function buildQualitySet(raw: unknown): QualitySet {
  const rows = sourceRowsSchema.parse(raw);
  const models = new Map<string, QualityModelScores>();
  const infos = new Map<string, QualityIndexInfo>();
  const measured = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const aaSlugs = new Map<string, AaSlugEntry>();
  for (const [position, row] of rows.entries()) {
    const owner = OWNERS.get(row.provider);
    const index = INDEXES.get(row.index);
    if (!owner || !index)
      throw new Error(`row ${position}: unknown provider or index (${row.provider}, ${row.index})`);
    const entry = entryOf(row, index);
    const modelKey = `${owner}/${row.model}`;
    const unique = `${modelKey}|${entry.index}|${entry.version}|${row.variant}`;
    if (seen.has(unique)) throw new Error(`row ${position}: a second score for ${unique}`);
    seen.add(unique);
    const model = models.get(modelKey) ?? { owner, model: row.model, scores: [] };
    model.scores.push(entry);
    models.set(modelKey, model);
    if (row.source_model_slug && entry.index !== 'lmarena-text')
      addAaSlug(aaSlugs, row.source_model_slug, owner, row.model, entry, position);
    const refKey = `${entry.index}@${entry.version}`;
    measured.set(refKey, (measured.get(refKey) ?? new Set()).add(modelKey));
    if (!infos.has(refKey)) {
      infos.set(refKey, {
        index: entry.index,
        version: entry.version,
        name: index.name,
        label: `${index.short} ${entry.version}`,
        date: entry.date,
        scale: index.scale,
        attribution: index.attribution,
        attributionUrl: index.attributionUrl,
        origin: 'bundled',
        measuredModels: 0,
        superseded: Boolean(row.superseded_by_version),
      });
    }
  }
  const indexes = [...infos.entries()].map(([key, info]) => ({
    ...info,
    measuredModels: measured.get(key)?.size ?? 0,
  }));
  return { indexes, models: [...models.values()], aaSlugs: [...aaSlugs.values()] };
}

/** AA's slug for one configuration of one model: what a refresh matches first (one model per slug). */
function addAaSlug(
  slugs: Map<string, AaSlugEntry>,
  slug: string,
  owner: ModelOwner,
  model: string,
  entry: QualityScoreEntry,
  position: number,
): void {
  const known = slugs.get(slug);
  if (known && (known.owner !== owner || known.model !== model || known.variant !== entry.variant))
    throw new Error(`row ${position}: the AA slug ${slug} names two models or variants`);
  slugs.set(slug, {
    slug,
    owner,
    model,
    variant: entry.variant,
    reasoning: entry.reasoning,
    effort: entry.effort,
  });
}
