// The shape of a set of quality scores as the app stores it: the bundled snapshot, a refreshed copy.
import type { QualityIndexInfo, QualityScoreEntry } from '../../../src-shared/quality.ts';

/**
 * Who makes a model, as the quality data names it: one of our providers' ids, or a maker the app
 * reaches only through OpenRouter ('z-ai', 'qwen'), in OpenRouter's spelling.
 */
export type ModelOwner = string;

/** Every score one model has, under the model id its maker's API uses. */
export interface QualityModelScores {
  owner: ModelOwner;
  model: string;
  scores: QualityScoreEntry[];
}

export interface QualitySet {
  indexes: QualityIndexInfo[];
  models: QualityModelScores[];
  /** Bundled only: Artificial Analysis' slug for each configuration the snapshot scored. */
  aaSlugs?: AaSlugEntry[];
}

/** "claude-4-5-haiku-reasoning" → anthropic claude-haiku-4-5, variant "Reasoning". */
export interface AaSlugEntry {
  slug: string;
  owner: ModelOwner;
  /** As the maker's API spells it. */
  model: string;
  variant: string | null;
  reasoning: boolean | null;
  effort: string | null;
}

/** Same index and version. */
export const sameIndexVersion = (
  a: { index: string; version: string },
  b: { index: string; version: string },
): boolean => a.index === b.index && a.version === b.version;
