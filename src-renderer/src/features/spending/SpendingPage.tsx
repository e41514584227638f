// Spending: what your runs cost, added up from the costs recorded with each answer, per day or
// month, per provider and per model; CNY bills in CNY beside the estimated USD of everything.
import { useMemo, useState } from 'react';
import type { SpendingReport } from '../../../../src-shared/history.ts';
import { CNY_PER_USD } from '../../../../src-shared/pricing.ts';
import { useNavigation } from '../../app/navigation-store.ts';
import { providerName, useProviders } from '../../lib/use-providers.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { hiddenRound, useBlind } from '../playground/blind/blind-store.ts';
import { heldSpendingTo } from './held-spending.ts';
import { formatMoneyTotal, unpricedText } from './money-total.ts';
import { Segmented } from './Segmented.tsx';
import { SpendingChart } from './SpendingChart.tsx';
import { PeriodTable, TotalsTables } from './SpendingTables.tsx';
import { chartData, type GroupBy, type SplitBy } from './spending-view.ts';
import { useSpending } from './use-spending.ts';
import './spending.css';

const GROUPS = [
  { value: 'day', label: 'Day' },
  { value: 'month', label: 'Month' },
] as const;

const SPLITS = [
  { value: 'provider', label: 'Provider' },
  { value: 'model', label: 'Model' },
] as const;

function Headline({ report, heldTo }: { report: SpendingReport; heldTo: string | null }) {
  const unpriced = unpricedText(report.total);
  return (
    <p className="sp-headline">
      {heldTo ? `Spent up to ${heldTo}: ` : 'Spent in all: '}
      <strong>{formatMoneyTotal(report.total)}</strong>
      {unpriced ? <span className="sp-unpriced"> · {unpriced} (left out of these totals)</span> : null}
    </p>
  );
}

interface ReportProps {
  report: SpendingReport;
  split: SplitBy;
  heldTo: string | null;
}

function Report({ report, split, heldTo }: ReportProps) {
  const providers = useProviders();
  // Names once the provider list is in; ids until then.
  const label = useMemo(() => (id: string) => (providers.length ? providerName(id) : id), [providers]);
  const data = useMemo(() => chartData(report, split, label), [report, split, label]);
  const period = report.groupBy === 'day' ? 'day' : 'month';
  const chartLabel = `Estimated USD spent per ${period}, stacked by ${split}. The tables below list every figure.`;
  return (
    <>
      <Headline report={report} heldTo={heldTo} />
      <section className="card sp-chart-card" aria-label="Chart">
        <SpendingChart data={data} label={chartLabel} />
        {report.total.cny > 0 ? (
          <p className="hint">
            CNY bills are drawn in USD at {CNY_PER_USD.rate} CNY per USD (rate of {CNY_PER_USD.asOf}), an
            estimate; the tables keep the exact CNY.
          </p>
        ) : null}
      </section>
      <TotalsTables report={report} providerLabel={label} />
      <PeriodTable report={report} />
    </>
  );
}

function HeldNotice({ heldTo }: { heldTo: string }) {
  return (
    <p className="banner" role="status">
      A blind round is waiting for your vote in the Playground: its costs show after you vote or reveal it.
      Until then Spending counts your runs up to {heldTo}.
    </p>
  );
}

function NothingYet() {
  return (
    <EmptyState title="Nothing spent yet">
      <p>
        Each answer you get in the Playground is added up here with its cost: per day or month, per provider
        and model, in the currency the provider bills.
      </p>
      <button type="button" className="primary" onClick={() => useNavigation.getState().go('playground')}>
        Open the Playground
      </button>
    </EmptyState>
  );
}

export function SpendingPage() {
  const [groupBy, setGroupBy] = useState<GroupBy>('day');
  const [split, setSplit] = useState<SplitBy>('provider');
  // A blind round's costs per model would say which hidden answer is whose: its days wait for the vote.
  const heldTo = useBlind((blind) => {
    const round = hiddenRound(blind);
    return round ? heldSpendingTo(round.requestedAt) : null;
  });
  const state = useSpending(groupBy, heldTo);
  const status = state.phase === 'ready' ? state.status : null;
  const trouble = status && status.state !== 'ok' ? status.message : null;
  return (
    <div className="spending-page">
      <PageHeader
        title="Spending"
        summary="What your runs cost, from the cost recorded with each answer: per day or month, per provider and model."
      />
      <div className="toolbar">
        <Segmented legend="Totals per" value={groupBy} options={GROUPS} onChange={setGroupBy} />
        <Segmented legend="Chart by" value={split} options={SPLITS} onChange={setSplit} />
      </div>
      {trouble ? (
        <p className="banner" role="alert">
          {trouble}
        </p>
      ) : null}
      {state.phase === 'loading' ? (
        <p className="hint" role="status">
          Adding up your runs…
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <p className="form-error" role="alert">
          Spending could not be added up: {state.error.message}
        </p>
      ) : null}
      {heldTo ? <HeldNotice heldTo={heldTo} /> : null}
      {state.phase === 'ready' && state.report.rows.length === 0 && !heldTo ? <NothingYet /> : null}
      {state.phase === 'ready' && state.report.rows.length > 0 ? (
        <Report report={state.report} split={split} heldTo={heldTo} />
      ) : null}
    </div>
  );
}
