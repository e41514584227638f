import { ChevronDown, ChevronUp } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { formatMoney } from '../../../../../src-shared/format-money.ts';
import { isOn, qualityIndexLabel } from '../../../../../src-shared/quality-pick.ts';
import { formatScore } from '../../prices/quality-view.ts';
import { formatMoneyTotal } from '../../spending/money-total.ts';
import { useRoundHidden } from '../blind/blind-store.ts';
import { formatDuration } from '../column/column-format.ts';
import { summaryLabels } from '../column-labels.ts';
import { columnQuality } from '../column-quality.ts';
import { usePriceTable } from '../model-facts.ts';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { type RunSummary, summarizeRun, type Winner } from './summary-model.ts';
import './summary.css';

function Fact({
  label,
  winner,
  value,
}: {
  label: string;
  winner: Winner | null;
  value: (n: number) => string;
}) {
  if (!winner) return null;
  return (
    <div className="pg-summary-fact">
      <dt>{label}</dt>
      <dd>
        <strong>{winner.label}</strong> <span className="pg-summary-value">{value(winner.value)}</span>
      </dd>
    </div>
  );
}

/**
 * Scores of one index only: "Highest AA Intelligence v4.1: MiniMax-M3 44.44", or why there is none;
 * the hover carries the attribution the index requires.
 */
function HighestQuality({
  summary,
  indexLabel,
  credit,
}: {
  summary: RunSummary;
  indexLabel: string;
  credit: string | null;
}) {
  const { highestQuality: best, qualityUnscored: unscored } = summary;
  if (!best && unscored === 0) return null;
  const leftOut = unscored > 0 && best ? ` (${unscored} unscored left out)` : '';
  return (
    <div className="pg-summary-fact" title={credit ? `${indexLabel}. ${credit}` : undefined}>
      <dt>Highest {indexLabel}</dt>
      <dd>
        {best ? (
          <>
            <strong>{best.label}</strong>{' '}
            <span className="pg-summary-value">
              {formatScore(best.value)}
              {leftOut}
            </span>
          </>
        ) : (
          <span className="pg-summary-value">no model here is scored on it</span>
        )}
      </dd>
    </div>
  );
}

const unpricedNote = (count: number) =>
  count > 0 ? ` (and ${count} answer${count === 1 ? '' : 's'} at an unknown price)` : '';

function Totals({ summary }: { summary: RunSummary }) {
  const conversation = usePlaygroundRun((state) => state.conversationCost);
  const run = summary.total;
  // More than this run's answers were paid for: the conversation (or a retry) had earlier ones.
  const earlier =
    conversation.estimatedUsd - run.estimatedUsd > 1e-12 || conversation.unknownColumns > run.unknownColumns;
  return (
    <p className="pg-summary-totals">
      This run cost <strong>{formatMoneyTotal(run)}</strong>
      {unpricedNote(run.unknownColumns)}
      {earlier ? (
        <>
          {' · '}the conversation so far <strong>{formatMoneyTotal(conversation)}</strong>
          {unpricedNote(conversation.unknownColumns)}
        </>
      ) : null}
      .
    </p>
  );
}

function RetryFailed() {
  const failed = usePlaygroundRun((state) => {
    let count = 0;
    for (const run of state.columns.values()) if (run.phase === 'failed') count += 1;
    return count;
  });
  if (failed === 0) return null;
  return (
    <button type="button" onClick={() => void usePlaygroundRun.getState().retryFailed()}>
      Retry failed ({failed})
    </button>
  );
}

/** Once every answer is in: who was cheapest, fastest and best, and what each cost against the cheapest. */
export function SummaryBar() {
  // While anything runs the summary is not shown, so tokens arriving do not re-render it.
  const runs = usePlaygroundRun((state) => (state.running ? null : state.columns));
  const columns = usePlaygroundSetup((state) => state.columns);
  const defaults = usePlaygroundSetup((state) => state.defaults);
  const table = usePriceTable();
  const summary = useMemo(() => {
    if (!runs) return null;
    const labels = summaryLabels(columns);
    return summarizeRun(
      columns.map((column) => ({
        label: labels.get(column.id) ?? column.model,
        run: runs.get(column.id),
        quality: columnQuality(table, column, defaults)?.view.shown?.score ?? null,
      })),
    );
  }, [runs, columns, table, defaults]);
  const indexLabel = table
    ? qualityIndexLabel(table.qualityIndex, table.qualityIndexes)
    : 'the quality index';
  const credit = table?.qualityIndexes.find((info) => isOn(info, table.qualityIndex))?.attribution ?? null;
  const [open, setOpen] = useState(true);
  const detailsId = useId();
  // A blind round names the cheapest and fastest only after the vote.
  const blindHidden = useRoundHidden();
  if (!summary || blindHidden) return null;
  const Chevron = open ? ChevronDown : ChevronUp;
  return (
    <section className="pg-summary" aria-label="Summary">
      <div className="pg-summary-actions">
        <RetryFailed />
        <button
          type="button"
          className="quiet pg-icon-button"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label="Summary details"
          title={open ? 'Fold the summary to one line' : 'Show who was cheapest, fastest and best'}
          onClick={() => setOpen(!open)}
        >
          <Chevron aria-hidden="true" size={16} />
        </button>
      </div>
      <h2>Summary</h2>
      <div id={detailsId} className="pg-summary-details" hidden={!open}>
        <dl className="pg-summary-facts">
          <Fact label="Cheapest" winner={summary.cheapest} value={formatMoney} />
          <Fact
            label="Fastest first token"
            winner={summary.fastestFirstToken}
            value={(ms) => formatDuration(ms) ?? ''}
          />
          <Fact
            label="Fastest total"
            winner={summary.fastestTotal}
            value={(ms) => formatDuration(ms) ?? ''}
          />
          <HighestQuality summary={summary} indexLabel={indexLabel} credit={credit} />
        </dl>{' '}
        {summary.multiples.length > 1 ? (
          <p className="pg-summary-multiples">
            <span className="pg-summary-label">Cost against the cheapest: </span>
            {summary.multiples.map(({ label, multiple }) => `${label} ${multiple}`).join(', ')}
          </p>
        ) : null}{' '}
      </div>
      <Totals summary={summary} />
    </section>
  );
}
