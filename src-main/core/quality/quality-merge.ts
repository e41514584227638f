// The bundled snapshot with a refresh installed over it. A refresh that names an index version the
// snapshot has ("v4.1") replaces that version model by model: a model the refresh scored gets the
// refresh's scores on it, a model it did not match keeps the bundled ones. Other versions never mix.
import type { QualityIndexInfo, QualityIndexRef, QualityScoreEntry } from '../../../src-shared/quality.ts';
import type { QualityModelScores, QualitySet } from './quality-set.ts';

export interface MergedQuality {
  /** Keyed "owner/model", the model lower-cased. */
  byModel: Map<string, QualityModelScores>;
  infos: QualityIndexInfo[];
}

export const qualityModelKey = (owner: string, model: string): string => `${owner}/${model.toLowerCase()}`;
const refKey = (ref: QualityIndexRef) => `${ref.index}@${ref.version}`;

export function mergeRefreshed(bundled: QualitySet, refreshed: QualitySet | null): MergedQuality {
  const byModel = new Map<string, QualityModelScores>();
  const modelFor = (owner: string, model: string) => {
    const key = qualityModelKey(owner, model);
    const found = byModel.get(key) ?? { owner, model, scores: [] };
    byModel.set(key, found);
    return found;
  };
  // Which (model, version) pairs the refresh scored: only those bundled scores give way.
  const refreshedPairs = new Set<string>();
  for (const { owner, model, scores } of refreshed?.models ?? []) {
    for (const entry of scores) refreshedPairs.add(`${qualityModelKey(owner, model)}|${refKey(entry)}`);
  }
  const measured = new Map<string, Set<string>>();
  const count = (key: string, entry: QualityScoreEntry) =>
    measured.set(refKey(entry), (measured.get(refKey(entry)) ?? new Set()).add(key));
  for (const { owner, model, scores } of bundled.models) {
    const key = qualityModelKey(owner, model);
    const kept = scores.filter((entry) => !refreshedPairs.has(`${key}|${refKey(entry)}`));
    if (kept.length > 0) modelFor(owner, model).scores.push(...kept);
    for (const entry of kept) count(key, entry);
  }
  for (const { owner, model, scores } of refreshed?.models ?? []) {
    modelFor(owner, model).scores.push(...scores);
    for (const entry of scores) count(qualityModelKey(owner, model), entry);
  }
  const refreshedInfos = new Map((refreshed?.indexes ?? []).map((info) => [refKey(info), info]));
  const bundledInfos = bundled.indexes.filter((info) => !refreshedInfos.has(refKey(info)));
  const infos = [...bundledInfos, ...refreshedInfos.values()].map((info) => ({
    ...info,
    measuredModels: measured.get(refKey(info))?.size ?? info.measuredModels,
  }));
  return { byModel, infos };
}
