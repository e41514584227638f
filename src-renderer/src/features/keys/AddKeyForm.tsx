import { type FormEvent, useId, useState } from 'react';
import type { Region } from '../../../../src-shared/domain.ts';
import { detectKey } from '../../../../src-shared/key-detect.ts';
import { DATA_SOURCE_IDS, DATA_SOURCES, isDataSource, type KeyOwner } from '../../../../src-shared/keys.ts';
import { useProviders } from '../../lib/use-providers.ts';
import { useKeys } from './keys-store.ts';
import { KEY_KIND_LABELS, REGION_LABELS } from './labels.ts';

/** Paste a key: its kind and likely provider are recognized as you type; nothing leaves until Add. */
export function AddKeyForm({ disabled }: { disabled: boolean }) {
  const providers = useProviders();
  const add = useKeys((state) => state.add);
  const [key, setKey] = useState('');
  const [chosenProvider, setChosenProvider] = useState<KeyOwner | ''>('');
  const [label, setLabel] = useState('');
  const [region, setRegion] = useState<Region | ''>('');
  const [reveal, setReveal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = {
    key: useId(),
    provider: useId(),
    label: useId(),
    region: useId(),
    hint: useId(),
    error: useId(),
  };

  const guess = detectKey(key);
  const provider: KeyOwner | '' = chosenProvider || guess.providers[0] || '';
  const dataSource = provider && isDataSource(provider) ? DATA_SOURCES[provider] : null;
  const providerInfo = providers.find((entry) => entry.id === provider);
  const kind = provider === 'minimax' || !key ? guess.keyKind : key.trim() ? 'standard' : 'none';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!provider) {
      setError('Pick the provider this key belongs to.');
      return;
    }
    setBusy(true);
    const result = await add({
      provider,
      key,
      ...(label.trim() ? { label: label.trim() } : {}),
      ...(region ? { region } : {}),
    });
    setBusy(false);
    if (result.ok) {
      setKey('');
      setLabel('');
      setChosenProvider('');
      setRegion('');
      setReveal(false);
      setError(null);
    } else {
      setError(result.error.message);
    }
  }

  const hint = key.trim()
    ? `${KEY_KIND_LABELS[kind]} key${guess.providers.length > 0 ? `, looks like ${guess.providers.map((id) => providers.find((entry) => entry.id === id)?.displayName ?? id).join(' or ')}` : ''}`
    : 'Paste a key: its provider and kind are recognized as you type.';

  return (
    <form className="card add-key" onSubmit={(event) => void submit(event)} aria-label="Add a key">
      <h2>Add a key</h2>
      <div className="form-grid">
        <label htmlFor={ids.key}>API key</label>
        <div className="key-input">
          <input
            id={ids.key}
            type={reveal ? 'text' : 'password'}
            value={key}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${ids.hint} ${ids.error}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setKey(event.target.value);
              setError(null);
            }}
            disabled={disabled}
          />
          <button type="button" className="quiet" onClick={() => setReveal(!reveal)} aria-pressed={reveal}>
            {reveal ? 'Hide' : 'Show'}
          </button>
        </div>
        <p id={ids.hint} className="hint" aria-live="polite">
          {hint}
        </p>

        <label htmlFor={ids.provider}>Provider</label>
        <select
          id={ids.provider}
          value={provider}
          onChange={(event) => setChosenProvider(event.target.value as KeyOwner)}
          disabled={disabled}
        >
          <option value="">Choose…</option>
          {providers.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.displayName}
            </option>
          ))}
          <optgroup label="Data sources">
            {DATA_SOURCE_IDS.map((id) => (
              <option key={id} value={id}>
                {DATA_SOURCES[id].displayName}
              </option>
            ))}
          </optgroup>
        </select>
        {dataSource ? <p className="hint">{dataSource.purpose}</p> : null}

        {providerInfo && providerInfo.regions.length > 1 ? (
          <>
            <label htmlFor={ids.region}>Region</label>
            <select
              id={ids.region}
              value={region}
              onChange={(event) => setRegion(event.target.value as Region | '')}
            >
              <option value="">Detect automatically</option>
              {providerInfo.regions.map((entry) => (
                <option key={entry} value={entry}>
                  {REGION_LABELS[entry]}
                </option>
              ))}
            </select>
          </>
        ) : null}

        <label htmlFor={ids.label}>Label</label>
        <input
          id={ids.label}
          value={label}
          placeholder={
            providerInfo
              ? `${providerInfo.displayName} key`
              : dataSource
                ? `${dataSource.displayName} key`
                : 'e.g. Work'
          }
          onChange={(event) => setLabel(event.target.value)}
          maxLength={100}
          disabled={disabled}
        />
      </div>
      <p id={ids.error} className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="primary" disabled={disabled || busy || !key.trim()}>
        {busy ? 'Adding…' : 'Add key'}
      </button>
    </form>
  );
}
