import { useId, useState } from 'react';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import type { QualityIndexInfo } from '../../../../src-shared/quality.ts';
import { qualityIndexLabel } from '../../../../src-shared/quality-pick.ts';
import { usePrices } from './prices-store.ts';
import { describeQualityIndex, indexInfo, indexKey, parseIndexKey } from './quality-view.ts';
import { NO_VOTES_OPTION, votesOptionLabel } from './votes-view.ts';

/** A refreshed version says so, unless its label already does ("AA Intelligence · fetched 2026-11-27"). */
function optionLabel(info: QualityIndexInfo): string {
  if (info.origin === 'votes') return votesOptionLabel(info);
  if (info.superseded) return `${info.label} (superseded)`;
  const dated = info.date !== null && info.label.includes(info.date);
  if (info.origin === 'refreshed' && !dated) return `${info.label} (refreshed)`;
  return info.label;
}

/** "Quality index": the index version every view scores with (saved in the settings). */
export function QualityIndexSelect({ table }: { table: PriceTable }) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const selectId = useId();
  const chosenKey = indexKey(table.qualityIndex);
  const known = indexInfo(table.qualityIndex, table.qualityIndexes) !== undefined;

  async function choose(key: string) {
    const ref = parseIndexKey(key);
    if (!ref) return;
    setSaving(true);
    const failure = await usePrices.getState().setQualityIndex(ref);
    setSaving(false);
    setError(failure ? `Could not switch the quality index: ${failure.message}` : null);
  }

  return (
    <>
      <span className="toolbar-group">
        <label htmlFor={selectId}>Quality index</label>
        <select
          id={selectId}
          className="quality-index"
          value={chosenKey}
          disabled={saving}
          onChange={(event) => void choose(event.target.value)}
        >
          {known ? null : <option value={chosenKey}>{qualityIndexLabel(table.qualityIndex, [])}</option>}
          {table.qualityIndexes.map((info) => (
            <option key={indexKey(info)} value={indexKey(info)}>
              {optionLabel(info)}
            </option>
          ))}
          {/* Before the first blind vote, the option says how to get it without being choosable. */}
          {table.qualityIndexes.some((info) => info.origin === 'votes') ? null : (
            <option value="" disabled>
              {NO_VOTES_OPTION}
            </option>
          )}
        </select>
      </span>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** What the chosen index is, and the credit its source requires wherever its scores appear. */
export function QualityAttribution({ table }: { table: PriceTable }) {
  const chosen = indexInfo(table.qualityIndex, table.qualityIndexes);
  return (
    <p className="hint quality-attribution" aria-live="polite">
      {chosen ? (
        <>
          Quality: {describeQualityIndex(chosen)} · <CreditLink info={chosen} />
        </>
      ) : (
        `No scores on ${qualityIndexLabel(table.qualityIndex, [])}: choose another quality index.`
      )}
    </p>
  );
}

/** The credit, linked to its source (main opens allow-listed https links in the browser). */
function CreditLink({ info }: { info: QualityIndexInfo }) {
  if (!info.attributionUrl) return <span>{info.attribution}</span>;
  return (
    <a href={info.attributionUrl} target="_blank" rel="noreferrer">
      {info.attribution}
    </a>
  );
}
