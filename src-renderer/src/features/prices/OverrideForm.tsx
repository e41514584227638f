import { type FormEvent, useId, useState } from 'react';
import type { ProviderId } from '../../../../src-shared/domain.ts';
import { getArena } from '../../lib/arena.ts';
import { useProviders } from '../../lib/use-providers.ts';
import { usePrices } from './prices-store.ts';

const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));

type FieldName = 'input' | 'output' | 'cacheRead' | 'cacheWrite' | 'quality';
const NUMBER_FIELDS: readonly [FieldName, string][] = [
  ['input', 'Input $ / 1M'],
  ['output', 'Output $ / 1M'],
  ['cacheRead', 'Cache read $ / 1M'],
  ['cacheWrite', 'Cache write $ / 1M'],
  ['quality', 'Quality (0–100)'],
];

function NumberField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="number" min={0} step="any" value={props.value} onChange={props.onChange} />
    </>
  );
}

/** Your own price (a negotiated rate, a price we do not know) or quality score for a model: it wins over every other source. */
export function OverrideForm() {
  const providers = useProviders();
  const [provider, setProvider] = useState<ProviderId>('minimax');
  const [model, setModel] = useState('');
  const [fields, setFields] = useState({ input: '', output: '', cacheRead: '', cacheWrite: '', quality: '' });
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const set = (name: FieldName) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    const arena = getArena();
    if (!arena || !model.trim()) return;
    if (fields.input !== '' && fields.output !== '') {
      const cacheRead = optionalNumber(fields.cacheRead);
      const cacheWrite = optionalNumber(fields.cacheWrite);
      const result = await arena.prices.setOverride({
        provider,
        model: model.trim(),
        inputPerMillion: Number(fields.input),
        outputPerMillion: Number(fields.output),
        ...(cacheRead === undefined ? {} : { cacheReadPerMillion: cacheRead }),
        ...(cacheWrite === undefined ? {} : { cacheWritePerMillion: cacheWrite }),
      });
      if (!result.ok) return setMessage(result.error.message);
    }
    if (fields.quality !== '') {
      const result = await arena.prices.setQuality({
        provider,
        model: model.trim(),
        score: Number(fields.quality),
      });
      if (!result.ok) return setMessage(result.error.message);
    }
    await usePrices.getState().load();
    setMessage(`Saved your values for ${provider}/${model.trim()}.`);
  }

  async function clear() {
    const result = await getArena()?.prices.clearOverride({ provider, model: model.trim() });
    if (result?.ok) {
      await usePrices.getState().load();
      setMessage(`Removed your values for ${provider}/${model.trim()}.`);
    }
  }

  return (
    <details className="card">
      <summary>Your own prices and scores</summary>
      <form
        onSubmit={(event) => void save(event)}
        className="override-grid"
        aria-label="Your own prices and scores"
      >
        <label htmlFor={`${id}-provider`}>Provider</label>
        <select
          id={`${id}-provider`}
          value={provider}
          onChange={(event) => setProvider(event.target.value as ProviderId)}
        >
          {providers.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.displayName}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-model`}>Model</label>
        <input
          id={`${id}-model`}
          value={model}
          onChange={(event) => setModel(event.target.value)}
          placeholder="MiniMax-M2.7"
        />
        {NUMBER_FIELDS.map(([name, label]) => (
          <NumberField
            key={name}
            id={`${id}-${name}`}
            label={label}
            value={fields[name]}
            onChange={set(name)}
          />
        ))}
        <div className="actions">
          <button type="submit" className="primary" disabled={!model.trim()}>
            Save
          </button>
          <button type="button" onClick={() => void clear()} disabled={!model.trim()}>
            Remove mine
          </button>
        </div>
      </form>
      {message ? (
        <p className="hint" role="status">
          {message}
        </p>
      ) : null}
    </details>
  );
}
