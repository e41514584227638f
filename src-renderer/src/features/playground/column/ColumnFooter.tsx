import { type ReactNode, useEffect, useId, useState } from 'react';
import { useColumnRun } from '../run-store.ts';
import {
  costDetails,
  costText,
  formatDuration,
  formatRate,
  formatTokens,
  statusText,
} from './column-format.ts';

/** A labelled value: screen readers and tests find it by its label ("Time to first token"). */
function Metric({
  label,
  value,
  title,
  live,
}: {
  label: string;
  value: ReactNode;
  title?: string;
  live?: boolean;
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
            <span className="visually-hidden">not known yet</span>
          </>
        )}
      </dd>
    </div>
  );
}

/** The time, re-read every second while `ticking` (for a retry's countdown). */
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

function Status({ columnId }: { columnId: string }) {
  const run = useColumnRun(columnId, (value) => value);
  const retrying = run?.phase === 'retrying';
  const now = useNow(retrying);
  return <Metric label="Status" value={statusText(run, now)} live />;
}

export function ColumnFooter({ columnId }: { columnId: string }) {
  const summary = useColumnRun(columnId, (run) => run?.summary ?? null);
  const usage = useColumnRun(columnId, (run) => run?.usage ?? null);
  const timing = summary?.timing;
  return (
    <footer className="pg-column-footer">
      <dl className="pg-metrics">
        <Status columnId={columnId} />
        <Metric label="Time to first token" value={timing ? formatDuration(timing.ttftMs) : null} />
        <Metric label="Tokens per second" value={timing ? formatRate(timing) : null} />
        <Metric label="Total time" value={timing ? formatDuration(timing.totalMs) : null} />
        <Metric label="Tokens" value={usage ? formatTokens(usage, timing?.tokensEstimated ?? false) : null} />
        <Metric
          label="Cost"
          value={summary && (summary.cost || summary.usage) ? costText(summary.cost) : null}
          title={summary?.cost ? costDetails(summary.cost) : undefined}
        />
      </dl>
    </footer>
  );
}
