// Which models of the quality data an Artificial Analysis entry scores: first AA's own slug as the
// bundled snapshot recorded it (aa-slugs.ts), else found through the catalog: each catalog model's
// quality ids (model-ids.ts: its aliases, dated ids, OpenRouter's maker ids) in AA's slug form.
import type { ModelRef } from '../../../../src-shared/domain.ts';
import { qualityCandidates } from '../model-ids.ts';
import type { ModelOwner } from '../quality-set.ts';
import type { AaModel } from './aa-payload.ts';
import type { AaSlugTable } from './aa-slugs.ts';
import { aaVariant, slugOf } from './aa-variant.ts';

export interface ScoredModel {
  owner: ModelOwner;
  /** As the quality table stores it (the table compares ids case-insensitively). */
  model: string;
}

/** The quality-data models a slug (without its variant suffix) names; empty when none. */
export type CatalogMatcher = (baseSlug: string) => readonly ScoredModel[];

/** A catalog model with the other ids it answers to. */
export type CatalogModel = ModelRef & { aliases?: readonly string[] };

/** "minimax-m2.7" → "minimax-m2-7": an id in AA's slug form. */
export const idSlug = (model: string): string => slugOf(model);

/** Matches an AA slug to every catalog model's own quality ids (not ids that stand in via another). */
export function catalogMatcher(catalog: readonly CatalogModel[]): CatalogMatcher {
  const bySlug = new Map<string, ScoredModel[]>();
  for (const ref of catalog) {
    for (const candidate of qualityCandidates(ref.provider, ref.model, ref.aliases)) {
      if (candidate.via || candidate.reasoning !== undefined) continue;
      const slug = idSlug(candidate.model);
      const list = bySlug.get(slug) ?? [];
      if (!list.some((entry) => entry.owner === candidate.owner && entry.model === candidate.model))
        list.push({ owner: candidate.owner, model: candidate.model });
      bySlug.set(slug, list);
    }
  }
  return (baseSlug) => bySlug.get(baseSlug) ?? [];
}

export interface AaMatch {
  models: readonly ScoredModel[];
  variant: string | null;
  reasoning: boolean | null;
  effort: string | null;
}

/** The models and the configuration one AA entry scores: the known slug's, else the catalog's guess. */
export function matchAaModel(model: AaModel, catalog: CatalogMatcher, slugs: AaSlugTable): AaMatch {
  const known = slugs.get(model.slug);
  if (known) {
    const { owner, variant, reasoning, effort } = known;
    return { models: [{ owner, model: known.model }], variant, reasoning, effort };
  }
  const { baseSlug, ...variant } = aaVariant(model.name, model.slug);
  return { models: catalog(baseSlug), ...variant };
}
