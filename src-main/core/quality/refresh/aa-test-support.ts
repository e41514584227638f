// Artificial Analysis payloads for tests: the recorded sample (e2e/fixtures/artificialanalysis) plus
// entries in its shape for catalog models. The added entries' numbers are test values, not AA's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourcedScoreRows } from '../quality-data-test-support.ts';

const SAMPLE_FILE = fileURLToPath(
  new URL('../../../../e2e/fixtures/artificialanalysis/llms-models-sample.json', import.meta.url),
);

export interface AaPayload {
  data: unknown[];
  [field: string]: unknown;
}

export function aaSample(): AaPayload {
  return JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as AaPayload;
}

/** An entry shaped like the sample's. */
export function aaEntry(
  name: string,
  slug: string,
  creator: string,
  intelligence: number | null,
  coding: number | null,
): Record<string, unknown> {
  return {
    id: `test-${slug}`,
    name,
    slug,
    release_date: '2026-03-18',
    model_creator: { id: `test-${creator}`, name: creator, slug: creator },
    evaluations: {
      artificial_analysis_intelligence_index: intelligence,
      artificial_analysis_coding_index: coding,
      artificial_analysis_math_index: null,
    },
    pricing: { price_1m_blended_3_to_1: 0.525, price_1m_input_tokens: 0.3, price_1m_output_tokens: 1.2 },
    median_output_tokens_per_second: 50,
    median_time_to_first_token_seconds: 1,
  };
}

/**
 * The sample plus MiniMax-M2.7 (50.5 / 60.25) and GPT-5 mini, high (47.25 / null), under the slugs AA
 * itself uses for them (minimax-m2-7, gpt-5-mini: source_model_slug in data/quality/quality-scores.json).
 */
export function aaPayload(extra: Record<string, unknown> = {}): AaPayload {
  const sample = aaSample();
  return {
    ...sample,
    ...extra,
    data: [
      ...sample.data,
      aaEntry('MiniMax-M2.7', 'minimax-m2-7', 'minimax', 50.5, 60.25),
      aaEntry('GPT-5 mini (high)', 'gpt-5-mini', 'openai', 47.25, null),
    ],
  };
}

/**
 * The sourced data's AA rows of one version fed back as AA's own list: the real names and slugs AA
 * used ("Claude 4.5 Haiku (Reasoning)", "claude-4-5-haiku-reasoning"), with their scores.
 */
export function aaPayloadFromData(version: string): AaPayload {
  const bySlug = new Map<string, Record<string, unknown> & { evaluations: Record<string, unknown> }>();
  for (const row of sourcedScoreRows()) {
    if (!row.index.startsWith('Artificial Analysis') || row.version !== version || !row.source_model_slug)
      continue;
    const entry = bySlug.get(row.source_model_slug) ?? {
      ...aaEntry(row.source_model_name, row.source_model_slug, row.provider.toLowerCase(), null, null),
      evaluations: {},
    };
    if (row.index.includes('Intelligence')) {
      entry.evaluations.artificial_analysis_intelligence_index = row.score;
      entry.evaluations.artificial_analysis_intelligence_index_is_estimated = row.estimated_by_aa === true;
    } else entry.evaluations.artificial_analysis_coding_index = row.score;
    bySlug.set(row.source_model_slug, entry);
  }
  return { data: [...bySlug.values()] };
}
