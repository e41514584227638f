// A column's quality score: the chosen index's, in the variant that matches how the column calls its
// model (its own reasoning setting, else the shared defaults, else how the app calls that model).
import type { CompareParams } from '../../../../src-shared/compare.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import type { CallMode } from '../../../../src-shared/quality.ts';
import {
  defaultCallMode,
  isOn,
  pickQualityScore,
  qualityIndexLabel,
  qualityMissingReason,
} from '../../../../src-shared/quality-pick.ts';
import type { ColumnSetup } from '../../../../src-shared/settings.ts';
import { otherScoresTitle, type QualityView, scoresView } from '../prices/quality-view.ts';
import { factsFor } from './price-row-index.ts';

type ColumnCall = Pick<ColumnSetup, 'provider' | 'model' | 'params'>;

/** The column's reasoning and effort, else the shared defaults, else how the app calls the model. */
export function columnCallMode(column: ColumnCall, defaults: CompareParams): CallMode {
  const model = defaultCallMode(column.provider, column.model);
  const reasoning = column.params?.reasoning ?? defaults.reasoning ?? model.reasoning;
  const effort = column.params?.reasoningEffort ?? defaults.reasoningEffort ?? model.effort ?? null;
  return model.alwaysReasons ? { reasoning, effort, alwaysReasons: true } : { reasoning, effort };
}

export interface ColumnQuality {
  view: QualityView;
  /** The chosen index's label ("AA Intelligence v4.1"). */
  label: string;
  /**
   * The hover: the shown score with its index, version, date and variant (or why none), then the rest,
   * then the index's required attribution ("Data: Artificial Analysis (artificialanalysis.ai)").
   */
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
  const mode = columnCallMode(column, defaults);
  const shown = pickQualityScore(row.qualityScores, table.qualityIndex, mode);
  const missing = qualityMissingReason(row.qualityScores, table.qualityIndex, mode, label);
  const view = scoresView(row.qualityScores, table.qualityIndex, shown, missing);
  const credit = table.qualityIndexes.find((info) => isOn(info, table.qualityIndex))?.attribution;
  const title = otherScoresTitle(view, table.qualityIndexes);
  return { view, label, title: credit ? `${title}\n${credit}` : title };
}
