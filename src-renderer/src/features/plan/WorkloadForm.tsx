// The workload: each figure as a number box and a slider bound to the same value.
import { useState } from 'react';
import type { Workload } from '../../../../src-shared/plan.ts';
import { shownValue, WORKLOAD_FIELDS, type WorkloadField, withField } from './workload-fields.ts';

interface FieldProps {
  field: WorkloadField;
  workload: Workload;
  onChange(workload: Workload): void;
}

function WorkloadRow({ field, workload, onChange }: FieldProps) {
  const value = shownValue(field, workload);
  // What the user is typing, kept while it is not (yet) a valid number.
  const [draft, setDraft] = useState<string | null>(null);
  const id = `plan-${field.key}`;
  const unit = field.percent ? ' %' : '';
  const apply = (text: string) => {
    const next = withField(workload, field, text);
    setDraft(next ? null : text);
    if (next) onChange(next);
  };
  const invalid = draft !== null;
  return (
    <div className="plan-field">
      <label htmlFor={id}>
        {field.label}
        {unit}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={field.min}
        max={field.max}
        step={field.step}
        value={draft ?? value}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => apply(event.target.value)}
        onBlur={() => setDraft(null)}
      />
      <input
        type="range"
        aria-label={`${field.label} slider`}
        min={field.min}
        max={Math.min(field.max, sliderMax(field))}
        step={field.step}
        value={Math.min(value, sliderMax(field))}
        onChange={(event) => apply(event.target.value)}
      />
      <span id={`${id}-hint`} className={invalid ? 'form-error' : 'hint'}>
        {invalid ? `Enter a number from ${field.min} to ${field.max}.` : field.hint}
      </span>
    </div>
  );
}

/** Sliders cover the usual range; the number box takes larger values. */
function sliderMax(field: WorkloadField): number {
  if (field.key === 'requestsPerDay') return 20_000;
  if (field.key === 'inputTokens') return 100_000;
  if (field.key === 'outputTokens') return 20_000;
  return field.max;
}

interface WorkloadFormProps extends Omit<FieldProps, 'field'> {
  /** True when some models are priced at measured tokens: the token fields apply to the others only. */
  measured: boolean;
}

export function WorkloadForm({ workload, onChange, measured }: WorkloadFormProps) {
  return (
    <fieldset className="card plan-workload">
      <legend>Workload</legend>
      {measured ? (
        <p className="hint">
          Models with a measured run use its tokens per request; the token fields below apply to the other
          models.
        </p>
      ) : null}
      <div className="plan-fields">
        {WORKLOAD_FIELDS.map((field) => (
          <WorkloadRow key={field.key} field={field} workload={workload} onChange={onChange} />
        ))}
      </div>
    </fieldset>
  );
}
