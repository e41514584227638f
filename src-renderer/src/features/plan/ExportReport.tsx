// "Export report": the Markdown report (workload, ranked table, plan verdicts, chart, sources), its CSV beside it.
import { useState } from 'react';
import { getArena } from '../../lib/arena.ts';
import type { PlanChartData } from './chart-data.ts';
import { exportChoice } from './export-request.ts';
import { usePlan } from './plan-store.ts';
import { reportChartPng } from './report-chart.ts';

export function ExportReport({ chart }: { chart: PlanChartData | null }) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const exportReport = async () => {
    const arena = getArena();
    if (!arena) return;
    const { workload: typed, models, basis } = usePlan.getState();
    const { workload, basedOn } = exportChoice(typed, models ?? [], basis);
    const png = chart && chart.payg.length > 0 ? reportChartPng(chart) : undefined;
    setBusy(true);
    const result = await arena.plan.exportReport({
      workload,
      models: models ?? [],
      ...(png ? { chartPng: png } : {}),
      ...(basedOn ? { basedOn } : {}),
    });
    setBusy(false);
    if (!result.ok) setStatus({ text: `The report was not saved: ${result.error.message}`, failed: true });
    else if (!result.value.saved) setStatus({ text: 'Export cancelled: nothing was saved.', failed: false });
    else
      setStatus({
        text: `Saved the report to ${result.value.path}${result.value.companions.length ? `, with ${result.value.companions.join(' and ')}` : ''}.`,
        failed: false,
      });
  };
  return (
    <div className="plan-export">
      <button type="button" className="primary" disabled={busy} onClick={() => void exportReport()}>
        Export report
      </button>
      <span role="status" className={status?.failed ? 'form-error' : 'hint'}>
        {status?.text ?? ''}
      </span>
    </div>
  );
}
