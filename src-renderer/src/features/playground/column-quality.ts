// A column's quality score: the chosen index's, in the variant that matches how the column calls its
// model (its own reasoning setting, else the shared defaults, else how the app calls that model).
import type { CompareParams } from '../../../../src-shared/compare.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import type { CallMode } from '../../../../src-shared/quality.ts';
import { defaultCallMode, pickQualityScore, qualityIndexLabel } from '../../../../src-shared/quality-pick.ts';
import type { ColumnSetup } from '../../../../src-shared/settings.ts';
import { otherScoresTitle, type QualityView, scoresView } from '../prices/quality-view.ts';
import { factsFor } from './model-facts.ts';

type ColumnCall = Pick<ColumnSetup, 'provider' | 'model' | 'params'>;

export function columnCallMode(column: ColumnCall, defaults: CompareParams): CallMode {
  const reasoning = column.params?.reasoning ?? defaults.reasoning;
  const effort = column.params?.reasoningEffort ?? defaults.reasoningEffort ?? null;
  if (reasoning === undefined) return { ...defaultCallMode(column.provider, column.model), effort };
  return { reasoning, effort };
}

export interface ColumnQuality {
  view: QualityView;
  /** The chosen index's label ("AA Intelligence v4.1"). */
  label: string;
  /** The hover: the shown score with its index, version, date and variant (or why none), then the rest. */
  title: string;
}

/** The column's score on the chosen index with the model's other scores, or null for a model the table lacks. */
export function columnQuality(
  table: PriceTable | null,
  column: ColumnCall,
  defaults: CompareParams,
): ColumnQuality | null {
  const row = factsFor(table, column.provider, column.model);
  if (!table || !row) return null;
  const label = qualityIndexLabel(table.qualityIndex, table.qualityIndexes);
  const shown = pickQualityScore(row.qualityScores, table.qualityIndex, columnCallMode(column, defaults));
  const missing = row.qualityMissing ?? `not measured on ${label}`;
  const view = scoresView(row.qualityScores, table.qualityIndex, shown, missing);
  return { view, label, title: otherScoresTitle(view, table.qualityIndexes) };
}
