import { type ReactNode, useEffect, useId, useState } from 'react';
import { useBlindMasked } from '../blind/blind-store.ts';
import { isActivePhase } from '../run-state.ts';
import { useColumnRun } from '../run-store.ts';
import {
  costDetails,
  costText,
  formatDuration,
  formatRate,
  formatTokens,
  liveMetrics,
  statusText,
} from './column-format.ts';

/** A labelled value: screen readers and tests find it by its label ("Time to first token"). */
function Metric({
  label,
  value,
  title,
  live,
  ended = false,
}: {
  label: string;
  value: ReactNode;
  title?: string;
  live?: boolean;
  /** The column's answer is over: a missing value will not come any more. */
  ended?: boolean;
}) {
  const id = useId();
  return (
    <div className="pg-metric">
      <dt id={id}>{label}</dt>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: ARIA 1.2 lets a definition take its name from its term; screen readers and tests find the value by it. */}
      <dd aria-labelledby={id} title={title} aria-description={title} aria-live={live ? 'polite' : undefined}>
        {value ?? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{ended ? 'not reported' : 'not known yet'}</span>
          </>
        )}
      </dd>
    </div>
  );
}

/** The time, re-read every second while `ticking` (a retry's countdown, the live total time). */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(performance.now());
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

const LIVE_TITLE = 'Measured in this window while the answer streams; the exact figure comes when it ends.';

export function ColumnFooter({ columnId }: { columnId: string }) {
  // The whole run: the footer follows the stream (live figures), for this column only.
  const run = useColumnRun(columnId, (value) => value);
  const active = run !== undefined && isActivePhase(run.phase);
  const tick = useNow(active);
  // Renders come with every frame of tokens too: the live figures read the clock then, not the last tick.
  const now = active ? performance.now() : tick;
  const summary = run?.summary ?? null;
  const timing = summary?.timing;
  const live = run && active ? liveMetrics(run, now) : null;
  const liveTitle = live ? LIVE_TITLE : undefined;
  const ended = summary !== null;
  // A blind round's cost would tell the models apart: it shows after the vote.
  const masked = useBlindMasked(columnId);
  return (
    <footer className="pg-column-footer">
      <dl className="pg-metrics">
        <Metric label="Status" value={statusText(run, now)} live />
        <Metric
          label="Time to first token"
          ended={ended}
          value={timing ? formatDuration(timing.ttftMs) : (live?.ttft ?? null)}
          title={liveTitle}
        />
        <Metric
          label="Tokens per second"
          ended={ended}
          value={timing ? formatRate(timing) : (live?.rate ?? null)}
          title={liveTitle}
        />
        <Metric
          label="Total time"
          ended={ended}
          value={timing ? formatDuration(timing.totalMs) : (live?.total ?? null)}
          title={liveTitle}
        />
        <Metric
          label="Tokens"
          ended={ended}
          value={
            run?.usage ? formatTokens(run.usage, timing?.tokensEstimated ?? false) : (live?.tokens ?? null)
          }
          title={run?.usage ? undefined : liveTitle}
        />
        {masked ? null : (
          <Metric
            label="Cost"
            ended={ended}
            value={summary && (summary.cost || summary.usage) ? costText(summary.cost) : null}
            title={summary?.cost ? costDetails(summary.cost) : undefined}
          />
        )}
      </dl>
    </footer>
  );
}
