// Plan: what a month of your traffic costs on each model pay-as-you-go, whether each subscription
// holds it, and the report to keep. The core computes every figure; this page asks and shows.
import { useEffect, useMemo } from 'react';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { usePlaygroundSetup } from '../playground/setup-store.ts';
import { planChartData } from './chart-data.ts';
import { ExportReport } from './ExportReport.tsx';
import { ModelPicker } from './ModelPicker.tsx';
import { PlanChart } from './PlanChart.tsx';
import { PlanVerdicts } from './PlanVerdicts.tsx';
import { ProjectionTable } from './ProjectionTable.tsx';
import { usePlan } from './plan-store.ts';
import { TokenBasisPicker } from './TokenBasisPicker.tsx';
import { WorkloadForm } from './WorkloadForm.tsx';
import './plan.css';

const CHART_LABEL =
  'Monthly cost against requests per day: pay-as-you-go lines per model, plans as flat lines ending where they stop fitting, break-even points and your workload. The tables list every figure.';

export function PlanPage() {
  const workload = usePlan((state) => state.workload);
  const models = usePlan((state) => state.models);
  const report = usePlan((state) => state.report);
  const projectError = usePlan((state) => state.projectError);
  const plans = usePlan((state) => state.plans);
  const measured = usePlan((state) => state.basis.kind !== 'hand');

  const setupLoaded = usePlaygroundSetup((state) => state.loaded);
  useEffect(() => {
    void usePlan.getState().loadPlans();
  }, []);
  // The first visit compares the Playground's columns, once they have arrived from main.
  useEffect(() => {
    const plan = usePlan.getState();
    if (plan.models !== null) void plan.project();
    else if (setupLoaded)
      plan.setModels(
        usePlaygroundSetup.getState().columns.map(({ provider, model, region }) => ({
          provider,
          model,
          ...(region ? { region } : {}),
        })),
      );
  }, [setupLoaded]);

  const chart = useMemo(() => (report ? planChartData(report, plans) : null), [report, plans]);
  return (
    <div className="plan-page">
      <PageHeader
        title="Plan"
        summary="What a month of your traffic would cost on each provider and plan: pay-as-you-go against subscriptions."
      />
      <div className="plan-inputs">
        <WorkloadForm
          workload={workload}
          measured={measured}
          onChange={(next) => usePlan.getState().setWorkload(next)}
        />
        <div className="plan-side">
          <ModelPicker models={models ?? []} onChange={(next) => usePlan.getState().setModels(next)} />
          <TokenBasisPicker />
        </div>
      </div>
      {projectError ? (
        <p className="form-error" role="alert">
          The projection failed: {projectError}
        </p>
      ) : null}
      <section className="card" aria-labelledby="plan-payg">
        <h2 id="plan-payg">Pay-as-you-go</h2>
        <ProjectionTable projections={report?.projections ?? []} days={workload.activeDaysPerMonth} />
        {report?.notes.length ? (
          <ul className="plan-notes">
            {report.notes.map((note) => (
              <li key={note} className="hint">
                {note}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <PlanVerdicts verdicts={report?.verdicts ?? []} />
      <section className="card plan-chart-card" aria-labelledby="plan-chart-title">
        <h2 id="plan-chart-title">Cost against volume</h2>
        {chart && chart.payg.length > 0 ? (
          <PlanChart data={chart} label={CHART_LABEL} />
        ) : (
          <p className="hint">Choose a priced model to draw the chart.</p>
        )}
        <ExportReport chart={chart} />
      </section>
    </div>
  );
}
