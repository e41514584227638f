// The models to compare: every priced model of the catalog to pick from, the chosen ones removable.
import { useId, useMemo, useState } from 'react';
import type { PlanModelRef } from '../../../../src-shared/plan.ts';
import { usePriceTable } from '../playground/model-facts.ts';
import { sameModel } from './plan-store.ts';

const refText = (ref: PlanModelRef) => `${ref.provider}/${ref.model}`;

interface ModelPickerProps {
  models: readonly PlanModelRef[];
  onChange(models: PlanModelRef[]): void;
}

export function ModelPicker({ models, onChange }: ModelPickerProps) {
  const table = usePriceTable();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const options = useMemo(
    () =>
      (table?.rows ?? [])
        .filter((row) => row.inputUsdPerToken !== null && !models.some((model) => sameModel(model, row)))
        .map((row) => refText(row))
        .sort((a, b) => a.localeCompare(b)),
    [table, models],
  );
  const add = () => {
    const row = table?.rows.find((candidate) => refText(candidate) === choice);
    if (!row) return;
    onChange([...models, { provider: row.provider, model: row.model }]);
    setChoice('');
  };
  return (
    <fieldset className="card plan-models">
      <legend>Models</legend>
      {models.length === 0 ? <p className="hint">No model chosen: add one below.</p> : null}
      <ul className="plan-chosen">
        {models.map((model) => (
          <li key={refText(model)}>
            <span>{refText(model)}</span>
            <button
              type="button"
              className="ghost"
              aria-label={`Remove ${refText(model)}`}
              onClick={() => onChange(models.filter((other) => !sameModel(other, model)))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="plan-add-model">
        <label htmlFor={selectId}>Add a model</label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Choose a priced model…</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <button type="button" disabled={!choice} onClick={add}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
