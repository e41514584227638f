// Which models of the quality data an Artificial Analysis entry scores, found through the catalog:
// each catalog model's quality ids (model-ids.ts: aliases, dated ids, OpenRouter's maker ids) in
// AA's slug form.
import type { ModelRef } from '../../../../src-shared/domain.ts';
import { qualityCandidates } from '../model-ids.ts';
import type { ModelOwner } from '../quality-set.ts';
import { slugOf } from './aa-variant.ts';

export interface ScoredModel {
  owner: ModelOwner;
  /** Lower-cased, as the quality table keys it. */
  model: string;
}

/** The quality-data models a slug (without its variant suffix) names; empty when none. */
export type CatalogMatcher = (baseSlug: string) => readonly ScoredModel[];

/** "minimax-m2.7" → "minimax-m2-7": an id in AA's slug form. */
export const idSlug = (model: string): string => slugOf(model);

/** Matches an AA slug to every catalog model's own quality ids (not ids that stand in via another). */
export function catalogMatcher(catalog: readonly ModelRef[]): CatalogMatcher {
  const bySlug = new Map<string, ScoredModel[]>();
  for (const ref of catalog) {
    for (const candidate of qualityCandidates(ref.provider, ref.model)) {
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
