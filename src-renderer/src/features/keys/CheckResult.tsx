import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { CHECK_LABELS, checkTone, REGION_LABELS } from './labels.ts';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
}

export function CheckResult({ check }: { check: KeyCheck | null }) {
  if (!check) return <p className="hint">Not checked yet.</p>;
  return (
    <div className="check-result">
      <p>
        <span className={`badge ${checkTone(check.status)}`}>{CHECK_LABELS[check.status]}</span>{' '}
        <span className="hint">
          {check.status === 'undecryptable' ? '' : `${check.latencyMs} ms · `}
          {when(check.checkedAt)}
          {check.region ? ` · ${REGION_LABELS[check.region]} host` : ''}
        </span>
      </p>
      <p className="check-message">{check.message}</p>
      {check.plan && check.plan.quotas.length > 0 ? (
        <table className="quota">
          <caption>
            {check.plan.name ? `${check.plan.name}: remaining this window` : 'Remaining this window'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Remaining</th>
              <th scope="col">Resets</th>
            </tr>
          </thead>
          <tbody>
            {check.plan.quotas.map((quota) => (
              <tr key={quota.model}>
                <td>{quota.model}</td>
                <td>
                  {quota.remaining ?? '?'} of {quota.total ?? '?'}
                </td>
                <td>{quota.resetsAt ? when(quota.resetsAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {check.balance ? (
        <p className="hint">
          Balance: {check.balance.amount.toFixed(2)} {check.balance.currency}
        </p>
      ) : null}
    </div>
  );
}
