// Add or edit one of your own plans.
import { type FormEvent, useId, useState } from 'react';
import { PROVIDER_IDS, type ProviderId } from '../../../../src-shared/domain.ts';
import { type PlanFormValues, planFromForm } from './plan-form-values.ts';
import { usePlan } from './plan-store.ts';

interface PlanFormProps {
  initial: PlanFormValues;
  onDone(): void;
}

export function PlanForm({ initial, onDone }: PlanFormProps) {
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const set =
    <K extends keyof PlanFormValues>(key: K) =>
    (value: PlanFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const text = (
    key: Exclude<keyof PlanFormValues, 'provider' | 'currency' | 'unit' | 'id'>,
    label: string,
    hint?: string,
  ) => (
    <div className="plan-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={values[key]}
        onChange={(event) => set(key)(event.target.value)}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
      />
      {hint ? (
        <span id={`${id}-${key}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const plan = planFromForm(values, new Date().toISOString().slice(0, 10));
    if (typeof plan === 'string') return setProblem(plan);
    setSaving(true);
    const error = await usePlan.getState().savePlan(plan);
    setSaving(false);
    if (error) setProblem(error);
    else onDone();
  };
  const unitWord = values.unit === 'requests' ? 'requests' : 'USD of pay-as-you-go usage';
  return (
    <form
      className="card plan-form"
      aria-label={values.id ? `Edit ${initial.name}` : 'Add your plan'}
      onSubmit={(event) => void submit(event)}
    >
      <h3>{values.id ? `Edit ${initial.name}` : 'Add your plan'}</h3>
      <div className="plan-fields">
        {text('name', 'Name')}
        <div className="plan-field">
          <label htmlFor={`${id}-provider`}>Provider</label>
          <select
            id={`${id}-provider`}
            value={values.provider}
            onChange={(event) => set('provider')(event.target.value as ProviderId)}
          >
            {PROVIDER_IDS.map((provider) => (
              <option key={provider} value={provider}>
                {provider}
              </option>
            ))}
          </select>
        </div>
        {text('monthlyPrice', 'Monthly price')}
        <div className="plan-field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            id={`${id}-currency`}
            value={values.currency}
            onChange={(event) => set('currency')(event.target.value === 'CNY' ? 'CNY' : 'USD')}
          >
            <option value="USD">USD</option>
            <option value="CNY">CNY</option>
          </select>
        </div>
        {text('models', 'Models', 'Model ids, separated by commas.')}
        <div className="plan-field">
          <label htmlFor={`${id}-unit`}>Quota counted in</label>
          <select
            id={`${id}-unit`}
            value={values.unit}
            onChange={(event) => set('unit')(event.target.value === 'usd' ? 'usd' : 'requests')}
          >
            <option value="requests">Requests</option>
            <option value="usd">Pay-as-you-go-equivalent USD</option>
          </select>
        </div>
        {text('fiveHour', 'Quota per 5 hours', `In ${unitWord}; blank when not published.`)}
        {text('weekly', 'Quota per week', `In ${unitWord}; blank for no weekly window.`)}
        {text(
          'requestsPerCall',
          'Requests per call',
          'For models that count more than 1, e.g. MiniMax-M2.7-highspeed=2.',
        )}
      </div>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="plan-actions">
        <button type="submit" className="primary" disabled={saving}>
          Save plan
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
