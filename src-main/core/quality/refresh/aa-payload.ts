// Artificial Analysis' model list, validated: tolerant of extra fields, an unusable entry is skipped.
import { z } from 'zod';

/** More entries than any real list has (≈500 today): a bigger one is not the list we know. */
export const AA_MAX_MODELS = 5_000;

const score = z.number().finite().min(0).max(100).nullish();

const modelSchema = z.looseObject({
  name: z.string().trim().min(1).max(300),
  slug: z.string().trim().min(1).max(200),
  model_creator: z.looseObject({ slug: z.string().max(200).nullish() }).nullish(),
  evaluations: z.looseObject({
    artificial_analysis_intelligence_index: score,
    artificial_analysis_coding_index: score,
    artificial_analysis_intelligence_index_is_estimated: z.boolean().nullish(),
  }),
});

/**
 * An index version as AA names one ("v4.1", "v4.3.1"): a "v" and a digit first, so an API version
 * ("2") or any other top-level "version" is not taken for the index's.
 */
const versionSchema = z
  .string()
  .trim()
  .regex(/^v\d[0-9A-Za-z.-]{0,38}$/);

const envelopeSchema = z.looseObject({
  data: z.array(z.unknown()),
  version: z.unknown().optional(),
  index_version: z.unknown().optional(),
  intelligence_index_version: z.unknown().optional(),
});

export interface AaModel {
  /** "GPT-5 mini (high)" */
  name: string;
  /** "gpt-5-mini" */
  slug: string;
  creator: string | null;
  intelligence: number | null;
  coding: number | null;
  estimated: boolean;
}

export type AaParseResult =
  | { ok: true; models: AaModel[]; skipped: number; version: string | null }
  | { ok: false; reason: string };

/** The index version the payload names at its top level, or null when it names none. */
function namedVersion(envelope: z.infer<typeof envelopeSchema>): string | null {
  for (const value of [envelope.intelligence_index_version, envelope.index_version, envelope.version]) {
    const parsed = versionSchema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function parseAaPayload(payload: unknown): AaParseResult {
  const envelope = envelopeSchema.safeParse(payload);
  if (!envelope.success) return { ok: false, reason: 'the answer has no model list ("data")' };
  const { data } = envelope.data;
  if (data.length > AA_MAX_MODELS)
    return {
      ok: false,
      reason: `the list has ${data.length} entries, more than the ${AA_MAX_MODELS} expected`,
    };
  const models: AaModel[] = [];
  for (const entry of data) {
    const parsed = modelSchema.safeParse(entry);
    if (!parsed.success) continue;
    const { name, slug, model_creator, evaluations } = parsed.data;
    const intelligence = evaluations.artificial_analysis_intelligence_index ?? null;
    const coding = evaluations.artificial_analysis_coding_index ?? null;
    if (intelligence === null && coding === null) continue;
    models.push({
      name,
      slug,
      creator: model_creator?.slug ?? null,
      intelligence,
      coding,
      estimated: evaluations.artificial_analysis_intelligence_index_is_estimated === true,
    });
  }
  if (models.length === 0) return { ok: false, reason: 'the list has no model with a usable score' };
  return { ok: true, models, skipped: data.length - models.length, version: namedVersion(envelope.data) };
}
