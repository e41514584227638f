import type { CompareParams } from '../../../../../src-shared/compare.ts';
import type { ColumnSetup } from '../../../../../src-shared/settings.ts';
import { TierBadge } from '../../../ui/TierBadge.tsx';
import { shownScoreText } from '../../prices/quality-view.ts';
import { BlindColumnHeader } from '../blind/BlindColumnHeader.tsx';
import { useBlindMasked, useBlindName } from '../blind/blind-store.ts';
import { type ColumnQuality, columnQuality } from '../column-quality.ts';
import { ColumnSettingsButton } from '../column-settings/ColumnSettingsButton.tsx';
import { factsFor, usePriceTable } from '../model-facts.ts';
import { useColumnRun } from '../run-store.ts';
import { type PlaygroundColumn, usePlaygroundSetup } from '../setup-store.ts';
import { ColumnActions } from './ColumnActions.tsx';
import { AnsweredByBadge, ColumnName } from './ColumnNameParts.tsx';
import { formatCount, otherAnsweringModel } from './column-format.ts';

interface ColumnHeaderProps {
  column: PlaygroundColumn;
  label: string;
  titleId: string;
  first: boolean;
  last: boolean;
}

/** What sets this column apart from a duplicate of the same model: where it goes and how it is asked. */
export function settingsLine(column: ColumnSetup): string {
  const parts: string[] = [];
  if (column.wire === 'anthropic-messages') parts.push('Anthropic wire');
  if (column.region === 'china') parts.push('China');
  if (column.baseUrl) parts.push(column.baseUrl);
  const params: CompareParams = column.params ?? {};
  if (params.temperature !== undefined) parts.push(`temperature ${params.temperature}`);
  if (params.maxOutputTokens !== undefined) parts.push(`max ${formatCount(params.maxOutputTokens)} tokens`);
  if (params.reasoning !== undefined) parts.push(`reasoning ${params.reasoning ? 'on' : 'off'}`);
  if (params.reasoningEffort) parts.push(`effort ${params.reasoningEffort}`);
  return parts.join(' · ');
}

/** The chosen index's score for how this column calls its model; the hover names the index and lists the rest. */
function QualityBadge({ quality }: { quality: ColumnQuality }) {
  const { shown } = quality.view;
  if (!shown) return null;
  return (
    <span className="badge pg-quality" title={quality.title}>
      Quality {shownScoreText(shown)}
      <span className="visually-hidden"> ({quality.title.replaceAll('\n', '. ')})</span>
    </span>
  );
}

export function ColumnHeader({ column, label, titleId, first, last }: ColumnHeaderProps) {
  const table = usePriceTable();
  const defaults = usePlaygroundSetup((state) => state.defaults);
  const facts = factsFor(table, column.provider, column.model);
  const quality = columnQuality(table, column, defaults);
  const answeredModel = useColumnRun(column.id, (run) => run?.answeredModel ?? null);
  const settings = settingsLine(column);
  const answeredBy = otherAnsweringModel(column.model, answeredModel);
  const blindName = useBlindName(column.id);
  const masked = useBlindMasked(column.id);
  if (masked && blindName) {
    return (
      <BlindColumnHeader columnId={column.id} name={blindName} titleId={titleId} first={first} last={last} />
    );
  }
  return (
    <header className="pg-column-header">
      <div className="pg-column-title-row">
        <h2 id={titleId} className="pg-column-title" tabIndex={-1} title={label}>
          <ColumnName provider={column.provider} model={column.model} label={label} />
        </h2>
        <ColumnSettingsButton columnId={column.id} />
      </div>
      <div className="pg-column-facts">
        {blindName ? <span className="badge accent pg-blind-name">{blindName}</span> : null}
        {facts?.tier ? <TierBadge tier={facts.tier} reason={facts.tierReason} /> : null}
        {quality ? <QualityBadge quality={quality} /> : null}
        <AnsweredByBadge answeredBy={answeredBy} />
        {settings ? <span className="pg-column-settings-line">{settings}</span> : null}
      </div>
      <ColumnActions columnId={column.id} first={first} last={last} />
    </header>
  );
}
