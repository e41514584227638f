// "Export report": the Markdown report (workload, ranked table, plan verdicts, chart, sources), its CSV beside it.
import { type RefObject, useState } from 'react';
import { MAX_CHART_PNG_DATA_URL } from '../../../../src-shared/plan.ts';
import { getArena } from '../../lib/arena.ts';
import { exportChoice } from './export-request.ts';
import { usePlan } from './plan-store.ts';

/** The chart as a PNG data URL, or undefined when there is none or it is too large to send. */
function chartPng(canvas: HTMLCanvasElement | null): string | undefined {
  if (!canvas) return undefined;
  const url = canvas.toDataURL('image/png');
  return url.length <= MAX_CHART_PNG_DATA_URL && url.startsWith('data:image/png;base64,') ? url : undefined;
}

export function ExportReport({ canvasRef }: { canvasRef: RefObject<HTMLCanvasElement | null> }) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const exportReport = async () => {
    const arena = getArena();
    if (!arena) return;
    const { workload: typed, models, basis } = usePlan.getState();
    const { workload, basedOn } = exportChoice(typed, models ?? [], basis);
    const png = chartPng(canvasRef.current);
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
