// The live windows of each stored MiniMax Token Plan key (plan.quota), with their reset times, and
// what measured runs cost of them. Shown only when such a key is stored.
import { useEffect, useState } from 'react';
import type { PlanQuotaReport } from '../../../../src-shared/plan-quota.ts';
import { getArena } from '../../lib/arena.ts';
import { estimateText, windowText } from './quota-format.ts';

const clock = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

export function LiveQuota() {
  const [report, setReport] = useState<PlanQuotaReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void getArena()
      ?.plan.quota()
      .then((result) => {
        if (!current) return;
        if (result.ok) setReport(result.value);
        else setProblem(result.error.message);
      });
    return () => {
      current = false;
    };
  }, []);
  if (problem)
    return (
      <p className="hint" role="status">
        The Token Plan windows could not be read: {problem}
      </p>
    );
  if (!report || report.windows.length === 0) return null;
  const estimates = report.perRunEstimate.flatMap((estimate) => estimateText(estimate) ?? []);
  return (
    <div className="plan-live">
      <h3>Your Token Plan now (measured)</h3>
      {report.windows.map((key) => (
        <div key={key.keyId}>
          <p>
            <strong>{key.label}</strong> <span className="hint">{key.masked}</span>
            {key.plan ? ` · ${key.plan}` : ''}
            {key.problem ? <span className="form-error"> · {key.problem}</span> : null}
          </p>
          <ul>
            {key.families.map((family) => (
              <li key={family.model}>
                {family.model}: 5 hours {windowText(family.fiveHour, clock)}; week{' '}
                {windowText(family.weekly, clock)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {estimates.length > 0 ? (
        <ul>
          {estimates.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : (
        <p className="hint">
          Run a model with this key in the Playground to measure what a call costs of the plan.
        </p>
      )}
    </div>
  );
}
