// Which index version a view uses: the stored choice when the table has it, else the default.
import type { QualityIndexInfo, QualityIndexRef, QualityRefreshStatus } from '../../../src-shared/quality.ts';
import { DEFAULT_QUALITY_INDEX } from '../../../src-shared/quality.ts';
import { isOn } from '../../../src-shared/quality-pick.ts';

/** Versions the app once named otherwise: a choice saved under the old name still means the same scores. */
const RENAMED_VERSIONS: ReadonlyMap<string, string> = new Map([
  // LMArena's snapshot was 'text 2026-07-08' until the version became its date alone.
  ['lmarena-text@text 2026-07-08', '2026-07-08'],
]);

/** The current name of a version saved under an old one; any other choice as it is. */
export function renamedQualityIndex(stored: QualityIndexRef): QualityIndexRef {
  const version = RENAMED_VERSIONS.get(`${stored.index}@${stored.version}`);
  return version ? { index: stored.index, version } : stored;
}

/**
 * The choice a view uses: a renamed version under its new name; a version the table no longer has (a
 * refresh was dropped) reads as the default.
 */
export function effectiveQualityIndex(
  stored: QualityIndexRef,
  indexes: readonly QualityIndexInfo[],
): QualityIndexRef {
  const current = renamedQualityIndex(stored);
  return indexes.some((info) => isOn(info, current)) ? current : DEFAULT_QUALITY_INDEX;
}

/** "aa-intelligence@v4.1 (AA Intelligence v4.1, 2026-07-10)", one per index version: for errors and help. */
export function describeIndexChoices(indexes: readonly QualityIndexInfo[]): string[] {
  return indexes.map(
    (info) => `${info.index}@${info.version} (${info.label}${info.date ? `, ${info.date}` : ''})`,
  );
}

/** Before any "Refresh quality scores": what the table reports until the refresh is wired. */
export const NO_QUALITY_REFRESH: QualityRefreshStatus = {
  state: 'no_key',
  lastAttemptAt: null,
  lastSuccessAt: null,
  version: null,
  models: 0,
  message: 'Add an Artificial Analysis key on the Keys page to refresh quality scores.',
};
