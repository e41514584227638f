// Artificial Analysis' own slugs for the configurations the bundled snapshot scored, generated from
// the data (source_model_slug): AA names models its own way ("claude-4-5-haiku-reasoning",
// "kimi-k2-0905", "gpt-4o" for the Nov '24 snapshot), so a refresh looks a slug up here first and
// guesses from the catalog only for models the snapshot did not have.
import bundledJson from '../bundled-quality.json' with { type: 'json' };
import type { AaSlugEntry, QualitySet } from '../quality-set.ts';

export type AaSlugTable = ReadonlyMap<string, AaSlugEntry>;

export function aaSlugTable(entries: readonly AaSlugEntry[]): AaSlugTable {
  return new Map(entries.map((entry) => [entry.slug, entry]));
}

export const BUNDLED_AA_SLUGS: AaSlugTable = aaSlugTable((bundledJson as QualitySet).aaSlugs ?? []);
