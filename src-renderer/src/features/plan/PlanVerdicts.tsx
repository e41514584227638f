// Subscriptions: each plan against the workload, and your own plans to add, edit or delete.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { Plan, PlanVerdict } from '../../../../src-shared/plan.ts';
import { LiveQuota } from './LiveQuota.tsx';
import { PlanForm } from './PlanForm.tsx';
import { EMPTY_PLAN_FORM, formFromPlan, type PlanFormValues } from './plan-form-values.ts';
import { breakEvenText, fitText, moneyOrDash, planPriceText, verdictDetail } from './plan-format.ts';
import { usePlan } from './plan-store.ts';

function planSourceText(verdict: Pick<PlanVerdict, 'source' | 'asOf' | 'verified'>): string {
  return `Source: ${verdict.source}, as of ${verdict.asOf}${verdict.verified ? '' : ' (unverified)'}.`;
}

function VerdictTable({ verdicts }: { verdicts: readonly PlanVerdict[] }) {
  if (verdicts.length === 0) return <p className="hint">No plan covers the chosen models.</p>;
  return (
    <div className="plan-table-scroll">
      <table className="plan-table plan-verdict-table">
        <caption>Each plan on each model it covers, against your workload.</caption>
        <colgroup>
          <col className="plan-col-name" />
          <col className="plan-col-model" />
          <col span={4} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Model</th>
            <th scope="col">Per month</th>
            <th scope="col">Verdict</th>
            <th scope="col">Per request</th>
            <th scope="col">Break-even</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((verdict) => {
            const key = `${verdict.planId}/${verdict.model}`;
            const detail = verdictDetail(verdict);
            return (
              <Fragment key={key}>
                <tr className={detail ? 'plan-has-detail' : undefined}>
                  <th scope="row" title={planSourceText(verdict)}>
                    {verdict.planName}
                    {verdict.verified ? null : <span className="hint"> (unverified)</span>}
                  </th>
                  <td>{verdict.model}</td>
                  <td className="num plan-price">{planPriceText(verdict)}</td>
                  <td className={verdict.fits === false ? 'plan-overflow' : undefined}>
                    <strong>{fitText(verdict)}</strong>
                    <span className="plan-basis-word">
                      {verdict.basis === 'measured' ? 'Measured' : 'Assumed'}
                    </span>
                  </td>
                  <td className="num">{moneyOrDash(verdict.effectivePerRequestUsd)}</td>
                  <td className="num">{breakEvenText(verdict)}</td>
                </tr>
                {/* The reason on a row of its own, so the figures keep their columns in a narrow window. */}
                {detail ? (
                  <tr className="plan-detail-row">
                    <td colSpan={6}>{detail}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface PlanListProps {
  plans: readonly Plan[];
  onEdit(plan: Plan): void;
  onDeleted(): void;
}

function PlanList({ plans, onEdit, onDeleted }: PlanListProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const mine = plans.filter((plan) => plan.origin === 'user');
  return (
    <>
      {mine.length === 0 ? (
        <p className="hint">You have not added a plan of your own.</p>
      ) : (
        <ul className="plan-list" aria-label="Your plans">
          {mine.map((plan) => (
            <li key={plan.id}>
              <span>
                {plan.name} · {plan.models.join(', ')}
              </span>
              <button type="button" onClick={() => onEdit(plan)}>
                Edit<span className="visually-hidden"> {plan.name}</span>
              </button>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void usePlan
                    .getState()
                    .deletePlan(plan.id)
                    .then((error) => {
                      setProblem(error);
                      if (!error) onDeleted();
                    })
                }
              >
                Delete<span className="visually-hidden"> {plan.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

export function PlanVerdicts({ verdicts }: { verdicts: readonly PlanVerdict[] }) {
  const plans = usePlan((state) => state.plans);
  const plansError = usePlan((state) => state.plansError);
  const [editing, setEditing] = useState<PlanFormValues | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a save, a cancel or a delete, focus returns to where the next plan is added.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || editing) return;
    addButton.current?.focus();
    setRefocus(false);
  }, [refocus, editing]);
  const shipped = plans.filter((plan) => plan.origin === 'shipped');
  return (
    <section className="card plan-verdicts" aria-labelledby="plan-subscriptions">
      <h2 id="plan-subscriptions">Subscriptions</h2>
      <VerdictTable verdicts={verdicts} />
      {plansError ? (
        <p className="form-error" role="alert">
          {plansError}
        </p>
      ) : null}
      <p className="hint">
        {shipped.length} shipped plan{shipped.length === 1 ? '' : 's'}, dated with their sources (hover a
        plan's name). "Assumed" uses the published quota and one request per call; "Measured" uses what your
        Token Plan key reported before and after your runs.
      </p>
      <LiveQuota />
      <h3>Your plans</h3>
      <PlanList
        plans={plans}
        onEdit={(plan) => setEditing(formFromPlan(plan))}
        onDeleted={() => setRefocus(true)}
      />
      {editing ? (
        <PlanForm
          key={editing.id ?? 'new'}
          initial={editing}
          onDone={() => {
            setEditing(null);
            setRefocus(true);
          }}
        />
      ) : (
        <button type="button" ref={addButton} onClick={() => setEditing(EMPTY_PLAN_FORM)}>
          Add your plan
        </button>
      )}
    </section>
  );
}
